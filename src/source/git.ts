/**
 * Reading plans at a git revision without a checkout (issue 6: `gongwen diff HEAD~1 -- plans/x.yaml`).
 * git runs with an argument array, never a shell, and a revision or path that git would read as an
 * option is refused first; what git says on failure becomes a GitError the CLI reports.
 */
import { execFile } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class GitError extends Error {}

/** Plans are at most 1 MiB (source/read.ts); a little more leaves room for git's own output. */
const MAX_BUFFER = 4 * 1024 * 1024;

async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new GitError(detail.split('\n')[0] ?? detail);
  }
}

/** A revision as the user typed it; one starting with - would be read by git as an option. */
function checkRevision(revision: string): void {
  if (revision === '' || revision.startsWith('-') || /[\s\0]/.test(revision))
    throw new GitError(`not a revision: ${revision}`);
}

/** The top folder of the repository holding `cwd`. */
export async function repositoryRoot(cwd = process.cwd()): Promise<string> {
  return (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
}

/** True when git knows `revision` as a commit here. */
export async function isRevision(revision: string, cwd = process.cwd()): Promise<boolean> {
  try {
    checkRevision(revision);
    await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], cwd);
    return true;
  } catch {
    return false;
  }
}

/** A path relative to the repository root, with forward slashes (git's form). */
export function repositoryPath(root: string, path: string): string {
  const rel = relative(root, resolve(path));
  if (rel.startsWith('..') || resolve(root, rel) !== resolve(path))
    throw new GitError(`outside the repository: ${path}`);
  return rel.split(sep).join('/');
}

/** The file's text at the revision, or undefined when the revision does not have it. */
export async function showFile(root: string, revision: string, path: string): Promise<string | undefined> {
  checkRevision(revision);
  const type = await git(['cat-file', '-t', `${revision}:${path}`], root).catch(() => undefined);
  if (type?.trim() !== 'blob') return undefined;
  return git(['show', `${revision}:${path}`], root);
}

/**
 * Every YAML file under `folder` at the revision (or in the working tree: tracked and untracked,
 * ignored ones left out). A registry changed alone changes the plans that name it, so a comparison
 * without paths looks at every plan, not only the files that differ.
 */
export async function yamlFiles(root: string, revision?: string, folder = ''): Promise<string[]> {
  if (revision !== undefined) checkRevision(revision);
  const under = folder === '' ? [] : [folder];
  // Plain paths, not pathspec magic: ls-tree takes no magic; the extension is filtered here.
  const out =
    revision !== undefined
      ? await git(['ls-tree', '-r', '-z', '--name-only', revision, '--', ...under], root)
      : await git(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...under], root);
  return [...new Set(out.split('\0').filter((path) => /\.ya?ml$/i.test(path)))].sort();
}

/** Author and date of the commit, for the redline's revision marks. */
export async function commitSignature(
  root: string,
  revision: string,
): Promise<{ author: string; date: string }> {
  checkRevision(revision);
  const [author = '', date = ''] = (await git(['log', '-1', '--format=%an%x00%aI', revision, '--'], root))
    .trim()
    .split('\0');
  return { author, date: new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z') };
}
