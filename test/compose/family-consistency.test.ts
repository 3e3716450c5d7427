/**
 * Issue 5's promise: one computation feeds every document, so they cannot disagree. Each example
 * plan's family is written (DOCX, and the ledger's XLSX) and read back as a reader would: the
 * report's figures are parsed from its text and counted again from the XLSX's status cells; the
 * ledger DOCX, the report's 附件 and the XLSX have the same rows; every overdue row of the XLSX is
 * in exactly one reminder; every row of the responsibility list is the ledger row of its 台账序号,
 * with the same time limit and status, and names its unit in the ledger's unit columns. The
 * rectification plan is also read as of dates across its campaign.
 */
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compose, type ComposedDocument } from '../../src/compose/index.js';
import { loadTemplates, type TemplateSet } from '../../src/compose/prose/templates.js';
import { checkFiles } from '../../src/pipeline.js';
import type { Unit } from '../../src/plan/types.generated.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { writeXlsx } from '../../src/writers/xlsx/index.js';
import { plansDir } from '../helpers/diagnostics.js';

const PLANS = ['inspection-cross-check', 'rectification', 'self-assessment', 'special-action'];

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The visible text of a WordprocessingML fragment: runs' text, line breaks as \n. */
const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[1] === undefined ? '\n' : decode(m[1])))
    .join('');

interface Docx {
  /** Paragraph texts outside tables, in order. */
  text: string;
  /** Each table as rows of cell texts (header row included). */
  tables: string[][][];
}

async function readDocx(document: ComposedDocument): Promise<Docx> {
  const xml = strFromU8(unzipSync(await writeDocx(document.tree))['word/document.xml']!);
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...table[1]!.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => textOf(cell[1]!)),
    ),
  );
  const text = textOf(xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')).replace(/\n/g, '');
  return { text, tables };
}

interface SheetRow {
  [header: string]: string | number | Date | null;
}

async function readXlsx(document: ComposedDocument): Promise<SheetRow[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await writeXlsx(document.ledger!, document.tree.meta)) as never);
  const sheet = book.worksheets[0]!;
  const headers = (sheet.getRow(3).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
  const rows: SheetRow[] = [];
  for (let r = 4; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as unknown[];
    const row: SheetRow = {};
    headers.forEach((header, i) => {
      if (header) row[header] = (values[i] as SheetRow[string] | undefined) ?? null;
    });
    rows.push(row);
  }
  return rows;
}

interface Family {
  documents: ComposedDocument[];
  units: ReadonlyMap<string, Unit>;
}

let templates: TemplateSet;
beforeAll(async () => {
  templates = (await loadTemplates()).templates;
});

async function family(plan: string, asOf?: string): Promise<Family> {
  const checked = await checkFiles([join(plansDir, `${plan}.yaml`)]);
  const loaded = checked.loaded[0];
  if (loaded?.kind !== 'plan') throw new Error(`${plan} did not load`);
  const result = compose(loaded, templates, asOf ? { asOf } : {});
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { documents: result.documents, units: loaded.units };
}

const byKind = (documents: readonly ComposedDocument[], kind: string) =>
  documents.filter((document) => document.tree.kind === kind);

const flat = (value: unknown): string => String(value ?? '').replace(/\n/g, '');

async function assertConsistent({ documents, units }: Family) {
  const [ledgerDoc] = byKind(documents, 'ledger');
  expect(ledgerDoc, 'every example plan has a ledger').toBeDefined();
  const ledger = ledgerDoc!.ledger!;
  const issues = ledger.kind === 'issues';
  const sheet = await readXlsx(ledgerDoc!);
  const ledgerDocx = await readDocx(ledgerDoc!);

  // The ledger DOCX and the XLSX: the same rows, in the same order, with the same cells.
  const [table] = ledgerDocx.tables;
  const body = table!.slice(1);
  expect(body).toHaveLength(sheet.length);
  const numberHeader = '序号';
  const problemHeader = issues ? '反馈问题' : '工作事项';
  const statusHeader = '状态';
  const problemColumn = ledger.columns.findIndex((c) => c.header === problemHeader);
  const statusColumn = ledger.columns.findIndex((c) => c.header === statusHeader);
  const deadlineColumn = ledger.columns.findIndex((c) => c.key === 'deadline');
  body.forEach((cells, i) => {
    expect(Number(cells[0]), `row ${i + 1}`).toBe(sheet[i]![numberHeader]);
    expect(cells[problemColumn]).toBe(sheet[i]![problemHeader]);
    expect(cells[statusColumn]).toBe(sheet[i]![statusHeader]);
  });
  const numbers = body.map((cells) => Number(cells[0]));
  expect(numbers).toEqual(numbers.map((_, i) => i + 1));

  // What the XLSX says about each row, as a unit updating it would read it.
  const done = sheet.filter((row) => /^已(完成|销号)/.test(flat(row[statusHeader])));
  const overdue = sheet.filter((row) => flat(row[statusHeader]).endsWith('已逾期'));
  const count = (status: string) => sheet.filter((row) => flat(row[statusHeader]).startsWith(status)).length;

  // The report: its figures, parsed from its text, equal the XLSX's; its 附件 is the ledger.
  for (const reportDoc of byKind(documents, 'report')) {
    const report = await readDocx(reportDoc);
    const noun = issues ? '个' : '项';
    const summary = new RegExp(
      `(\\d+)类(\\d+)${issues ? '个' : '项'}.*?截至(\\d+)年(\\d+)月(\\d+)日，已完成(\\d+)${noun}(?:（其中已销号(\\d+)${noun}）)?，完成率([\\d.]+)%.*?正在推进(\\d+)${noun}；尚未启动(\\d+)${noun}。(?:已超过时限仍未完成的(\\d+)${noun}|没有超过时限仍未完成)`,
    ).exec(report.text);
    expect(summary, report.text.slice(0, 400)).not.toBeNull();
    const [, categories, total, , , , doneText, closed, rate, inProgress, notStarted, overdueText] = summary!;
    expect(Number(total)).toBe(sheet.length);
    expect(Number(categories)).toBe(new Set(sheet.map((row) => row[issues ? '问题类别' : '类别'])).size);
    expect(Number(doneText)).toBe(done.length);
    expect(Number(closed ?? 0)).toBe(count('已销号'));
    expect(Number(inProgress)).toBe(count('推进中'));
    expect(Number(notStarted)).toBe(count('未启动'));
    expect(Number(overdueText ?? 0)).toBe(overdue.length);
    expect(Number(rate)).toBeCloseTo((done.length / sheet.length) * 100, 1);
    const attachment = report.tables.find((t) => t[0]!.join('|') === table![0]!.join('|'))!;
    expect(attachment.slice(1).map((cells) => cells.join('|'))).toEqual(body.map((cells) => cells.join('|')));
  }

  // Reminders: every overdue row in exactly one, and nothing else in any.
  const reminded = new Map<number, number>();
  for (const reminderDoc of byKind(documents, 'reminder')) {
    const reminder = await readDocx(reminderDoc);
    const [rows] = reminder.tables;
    for (const cells of rows!.slice(1)) {
      const n = Number(cells[0]);
      reminded.set(n, (reminded.get(n) ?? 0) + 1);
      const row = sheet[n - 1]!;
      expect(flat(row[statusHeader]), `reminded row ${n}`).toMatch(/已逾期$/);
      expect(cells[2]).toBe(body[n - 1]![deadlineColumn]);
    }
  }
  expect([...reminded.keys()].sort((a, b) => a - b)).toEqual(overdue.map((row) => row[numberHeader]));
  expect([...reminded.values()].every((times) => times === 1)).toBe(true);

  // Responsibility list: each row is a ledger row, as the ledger states it, and names its unit there.
  const byName = new Map([...units.values()].map((unit) => [unit.name, unit]));
  for (const listDoc of byKind(documents, 'responsibilities')) {
    const list = await readDocx(listDoc);
    const headings = [
      ...list.text.matchAll(/[一二三四五六七八九十]+、(.+?)（((?:牵头|责任|配合)\d+项[^）]*)）/g),
    ];
    expect(headings).toHaveLength(list.tables.length);
    list.tables.forEach((rows, t) => {
      const unit = byName.get(headings[t]![1]!)!;
      expect(unit, headings[t]![1]).toBeDefined();
      for (const cells of rows.slice(1)) {
        const n = Number(cells[0]);
        const ledgerRow = body[n - 1];
        expect(ledgerRow, `row ${n} of ${unit.name}`).toBeDefined();
        expect(cells[3]).toBe(ledgerRow![deadlineColumn]);
        expect(cells[4]).toBe(ledgerRow![statusColumn]);
        const role = cells[2];
        const column = ledger.columns.findIndex((c) => c.key === (role === '牵头' ? 'lead' : 'responsible'));
        expect(ledgerRow![column], `${unit.name} ${role} row ${n}`).toContain(unit.short ?? unit.name);
      }
    });
    // Every row that names a unit is in some unit's list.
    const listed = new Set(list.tables.flatMap((rows) => rows.slice(1).map((cells) => Number(cells[0]))));
    const withUnits = ledger.rows.filter(
      (row) => row.lead.length + row.responsible.length + row.support.length > 0,
    );
    expect([...listed].sort((a, b) => a - b)).toEqual(withUnits.map((row) => row.number));
  }
}

describe.each(PLANS)('the family of %s', (plan) => {
  it('agrees with itself: report, ledger, XLSX, reminders, responsibility list', async () => {
    await assertConsistent(await family(plan));
  });
});

describe('the rectification plan read as of dates across its campaign', () => {
  it.each(['2018-05-20', '2018-06-11', '2018-06-30', '2018-09-30', '2018-10-31', '2018-12-31'])(
    'agrees with itself as of %s',
    async (asOf) => {
      const result = await family('rectification', asOf);
      await assertConsistent(result);
      expect(byKind(result.documents, 'report')).toHaveLength(1);
    },
  );

  it('has reminders exactly for the units whose issues are late on the day', async () => {
    const names = (documents: readonly ComposedDocument[]) =>
      byKind(documents, 'reminder').map((document) => document.name);
    expect(names((await family('rectification', '2018-05-20')).documents)).toEqual([]);
    // Issues due 7月31日 (finance), 9月30日 (planning) and 10月31日 (agri-center) are open on the
    // report's date, 11月5日; reminders go out in the registry's order of units.
    expect(names((await family('rectification')).documents)).toEqual([
      '督办通知-finance',
      '督办通知-agri-center',
      '督办通知-planning',
    ]);
    expect(names((await family('rectification', '2018-08-01')).documents)).toEqual(['督办通知-finance']);
  });
});
