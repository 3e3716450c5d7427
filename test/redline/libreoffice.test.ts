/**
 * The redline DOCX in LibreOffice: on three documents of an edited example plan — the scheme
 * (words, removed and renumbered headings, a removed section), the ledger (landscape, rows added
 * and removed, 序号 renumbered, a moved deadline) and a reminder no longer needed (every block
 * removed: the red header, 发文字号, title, 署名 …) — LibreOffice's "accept all" gives the text of
 * the new document and "reject all" the text of the old one, line by line (blank lines aside).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsChanged, redlineDocument, type DocumentChange } from '../../src/redline/index.js';
import type { DocumentTree } from '../../src/tree/types.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { composeEdited, loadExamples } from './plans.js';
import { redlineTexts, sofficeAvailable, type Job } from './soffice-redline.js';

const revision = { author: '审核人', date: '2025-03-01T08:00:00+08:00' };
const printed = (lines: readonly string[]) => lines.filter((line) => line.trim() !== '');

describe.skipIf(!sofficeAvailable)(
  `LibreOffice accepting and rejecting all changes${sofficeAvailable ? '' : ' — SKIPPED: soffice not installed'}`,
  () => {
    let dir: string;
    const results = new Map<string, { accept: string[]; reject: string[]; new: string[]; old: string[] }>();

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'gongwen-redline-'));
      const [example] = await loadExamples(['rectification']);
      const next = composeEdited(example!, (plan) => {
        const items = plan.issues![0]!.items;
        items[1]!.problem = items[1]!.problem.replace('竣工验收不及时', '竣工验收严重滞后');
        items[1]!.deadline = '2018-11-30';
        items.splice(0, 1);
        plan.sections!.splice(2, 1);
      });
      const changes = documentsChanged(example!.documents, next);
      const picked: [string, DocumentChange][] = [
        ['scheme', changes.find((c) => c.name === '工作方案')!],
        ['ledger', changes.find((c) => c.name === '台账')!],
        ['reminder', changes.find((c) => c.change === 'delete')!],
      ];
      const jobs: Job[] = [];
      const write = async (name: string, tree: DocumentTree) => {
        const path = join(dir, `${name}.docx`);
        await writeFile(path, await writeDocx(tree));
        return path;
      };
      for (const [name, change] of picked) {
        expect(change, name).toBeDefined();
        const redline = await write(`${name}-redline`, redlineDocument(change, revision));
        jobs.push({ docx: redline, mode: 'accept' }, { docx: redline, mode: 'reject' });
        jobs.push({
          docx: await write(
            `${name}-new`,
            change.change === 'delete' ? { ...change.old, children: [] } : change.new,
          ),
          mode: 'none',
        });
        jobs.push({
          docx: await write(
            `${name}-old`,
            change.change === 'insert' ? { ...change.new, children: [] } : change.old,
          ),
          mode: 'none',
        });
      }
      const texts = await redlineTexts(jobs, dir);
      picked.forEach(([name], i) => {
        const [accept, reject, neu, old] = texts.slice(4 * i, 4 * i + 4).map(printed);
        results.set(name, { accept: accept!, reject: reject!, new: neu!, old: old! });
      });
    }, 240_000);

    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it.each(['scheme', 'ledger', 'reminder'])(
      '%s: accept all gives the new text, reject all the old',
      (name) => {
        const result = results.get(name)!;
        expect(result.old.length).toBeGreaterThan(0);
        expect(result.accept).toEqual(result.new);
        expect(result.reject).toEqual(result.old);
        if (name !== 'reminder') expect(result.accept).not.toEqual(result.reject);
      },
    );
  },
);
