/**
 * LibreOffice accepting or rejecting every tracked change of a DOCX, headless, and saving the result
 * as text. No Python-UNO here (Debian's python3-uno is a separate package): a LibreOffice Basic
 * macro in a throwaway profile's Standard library (user macros run without a security prompt)
 * loads the document hidden, dispatches .uno:AcceptAllTrackedChanges or
 * .uno:RejectAllTrackedChanges, and stores it with the "Text (encoded)" filter in UTF-8 — one
 * paragraph (or table cell paragraph) per line. Every job runs in one soffice process: start-up
 * dominates (engineering-notes.md §2).
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const sofficeAvailable = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** What to do with the changes before saving as text ('none': the document as it is). */
export type Mode = 'accept' | 'reject' | 'none';

const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Redline(inUrl As String, outUrl As String, mode As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, load())
  dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  frame = doc.getCurrentController().getFrame()
  If mode = &quot;accept&quot; Then
    dispatcher.executeDispatch(frame, &quot;.uno:AcceptAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  ElseIf mode = &quot;reject&quot; Then
    dispatcher.executeDispatch(frame, &quot;.uno:RejectAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  End If
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = &quot;Text (encoded)&quot;
  store(1).Name = &quot;FilterOptions&quot;
  store(1).Value = &quot;UTF8,LF&quot;
  doc.storeToURL(outUrl, store())
  doc.close(True)
End Sub
</script:module>
`;

export interface Job {
  docx: string;
  mode: Mode;
}

/** The text of each document after its mode, one string per line, in the jobs' order. */
export async function redlineTexts(jobs: readonly Job[], outDir: string): Promise<string[][]> {
  const profile = await mkdtemp(join(tmpdir(), 'gongwen-lo-redline-'));
  const options = { env: { ...process.env, HOME: profile }, timeout: 180_000 };
  const installation = `-env:UserInstallation=${pathToFileURL(profile).href}`;
  try {
    // The first start creates the profile, with an empty Standard library the macro then replaces.
    await run('soffice', [installation, '--headless', '--norestore', '--terminate_after_init'], options);
    await writeFile(join(profile, 'user', 'basic', 'Standard', 'Module1.xba'), MACRO);
    const outputs = jobs.map((_, i) => join(outDir, `job-${i}.txt`));
    const calls = jobs.map(
      (job, i) =>
        `macro:///Standard.Module1.Redline("${pathToFileURL(job.docx).href}","${pathToFileURL(outputs[i]!).href}","${job.mode}")`,
    );
    await run('soffice', [installation, '--headless', '--norestore', ...calls], options);
    return await Promise.all(
      outputs.map(async (path) => (await readFile(path, 'utf8')).replace(/^\uFEFF/, '').split('\n')),
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
