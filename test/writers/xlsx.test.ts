/**
 * The XLSX ledger read back with exceljs (and as raw package XML where exceljs does not say): the
 * same cells as the DOCX ledger, typed 序号 and dates, the sheet furniture units rely on, formula
 * injection kept inert, and the same bytes whatever the clock and the time zone.
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cellText } from '../../src/tracking/cells.js';
import type { Ledger, LedgerColumn, TrackedRow } from '../../src/tracking/types.js';
import { writeXlsx, type XlsxMeta } from '../../src/writers/xlsx/index.js';
import { excelWidth } from '../../src/writers/xlsx/sheet.js';
import { lineCount } from '../../src/writers/xlsx/fit-rows.js';
import { formulaLikeStrings } from '../../src/writers/xlsx/quote-prefix.js';
import { MAX_CELL_CHARS } from '../../src/writers/xlsx/text.js';

const HOSTILE = '=HYPERLINK("http://x","y")';

function row(fields: Partial<TrackedRow> & Pick<TrackedRow, 'id' | 'number' | 'problem'>): TrackedRow {
  return {
    groupId: 'g1',
    category: '思想认识方面',
    measures: ['建立问题台账'],
    leader: '王海燕（镇党委副书记）',
    lead: ['dzb'],
    responsible: ['zzb'],
    support: [],
    deadline: { text: '6月10日前', due: '2020-06-10' },
    status: '推进中',
    completed: null,
    note: '',
    reason: null,
    evidence: [],
    overdue: false,
    daysOverdue: 0,
    late: false,
    path: ['issues', 0],
    ...fields,
    summary: fields.summary ?? fields.problem,
  };
}

const rows: TrackedRow[] = [
  row({
    id: 'sx-1',
    number: 1,
    problem: '学习制度落实不到位',
    measures: ['制定学习计划', '每月集中学习一次', '建立学习档案'],
    support: ['jjgw'],
    deadline: { text: '6月10日前', due: '2020-06-10' },
    note: '已制定计划，学习档案尚未建立',
    overdue: true,
    daysOverdue: 20,
  }),
  row({
    id: 'sx-2',
    number: 2,
    problem: '理论学习流于形式',
    deadline: { text: '长期坚持', due: null },
  }),
  row({
    id: 'zf-1',
    number: 3,
    groupId: 'g2',
    category: '作风建设方面',
    problem: '会议文件过多',
    deadline: { text: '6月30日前', due: '2020-06-30' },
    status: '已完成',
    completed: '2020-06-05',
    note: '已精简会议',
    evidence: ['会议记录'],
  }),
  row({
    id: 'zf-2',
    number: 4,
    groupId: 'g2',
    category: '作风建设方面',
    problem: HOSTILE,
    leader: null,
    responsible: ['zzb', 'dzb'],
    deadline: { text: '5月21日至5月26日', due: '2020-05-26' },
    note: '进展\u0007顺利\uFFFF _x0041_\uD800',
    status: '未启动',
  }),
  row({
    id: 'zf-3',
    number: 5,
    groupId: 'g2',
    category: '作风建设方面',
    problem: '+转办事项无人跟踪',
    deadline: { text: '2021年1月15日前', due: '2021-01-15' },
  }),
  row({
    id: 'zf-4',
    number: 6,
    groupId: 'g2',
    category: '作风建设方面',
    problem: '专题会议未召开',
    deadline: { text: '6月11日', due: '2020-06-11' },
  }),
];

// The columns as a literal: the writer is under test here, not the ledger's choice of columns.
const issueColumns: LedgerColumn[] = [
  { key: 'number', header: '序号', width: 2.8 },
  { key: 'category', header: '问题类别', width: 3.6 },
  { key: 'problem', header: '反馈问题', width: 9 },
  { key: 'measures', header: '整改措施', width: 11.2 },
  { key: 'leader', header: '责任领导', width: 4 },
  { key: 'lead', header: '牵头单位', width: 3.7 },
  { key: 'responsible', header: '责任部门', width: 4.2 },
  { key: 'deadline', header: '整改时限', width: 4.6 },
  { key: 'note', header: '进展情况', width: 8.6 },
  { key: 'status', header: '状态', width: 3.8 },
];
const itemColumns: LedgerColumn[] = [
  { key: 'number', header: '序号', width: 2.8 },
  { key: 'category', header: '类别', width: 5 },
  { key: 'problem', header: '工作事项', width: 16.4 },
  { key: 'lead', header: '牵头单位', width: 4.5 },
  { key: 'responsible', header: '责任单位', width: 5.5 },
  { key: 'deadline', header: '完成时限', width: 4.6 },
  { key: 'note', header: '进展情况', width: 10.8 },
  { key: 'status', header: '状态', width: 3.8 },
];

const ledger: Ledger = {
  kind: 'issues',
  asOf: '2020-06-30',
  columns: issueColumns,
  rows,
  unitNames: { dzb: '党政办', zzb: '组织办', jjgw: '纪检监察室' },
};

const meta: XlsxMeta = { title: '关于巡察反馈问题的整改台账\u0001', date: '2020-05-20', author: '某镇党委' };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function read(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer (its own `Buffer` declaration).
  await workbook.xlsx.load(bytes.slice().buffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

const part = (bytes: Uint8Array, name: string): string => {
  const data = unzipSync(bytes)[name];
  if (data === undefined) throw new Error(`no ${name}`);
  return strFromU8(data);
};

/** How Excel prints a date under the formats the writer uses (quoted literals, yyyy, m, d). */
function printed(date: Date, numFmt: string): string {
  const fields: Record<string, number> = {
    yyyy: date.getUTCFullYear(),
    m: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
  };
  return numFmt.replace(/"([^"]*)"|yyyy|m|d/g, (token, literal: string | undefined) =>
    literal !== undefined ? literal : String(fields[token]),
  );
}

const HEADERS = [
  '序号',
  '问题类别',
  '反馈问题',
  '整改措施',
  '责任领导',
  '牵头单位',
  '责任部门',
  '整改时限',
  '进展情况',
  '状态',
  '完成日期',
  '编号',
];

describe('writeXlsx: the ledger as units update it', () => {
  it('names the sheet after the ledger and prints title, as-of line and headers', async () => {
    const sheet = await read(await writeXlsx(ledger, meta));
    expect(sheet.name).toBe('整改台账');
    expect(sheet.getCell('A1').value).toBe('关于巡察反馈问题的整改台账');
    expect(sheet.getCell('A1').font).toMatchObject({ name: '黑体', size: 16, bold: true });
    expect(sheet.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(sheet.getCell('A2').value).toBe('截至2020年6月30日');
    expect(sheet.getCell('A2').alignment).toMatchObject({ horizontal: 'right' });
    expect(sheet.model.merges).toEqual(['A1:L1', 'A2:L2']);
    const header = sheet.getRow(3);
    expect(HEADERS.map((_, i) => header.getCell(i + 1).value)).toEqual(HEADERS);
    expect(header.getCell(13).value).toBeNull();
    for (let c = 1; c <= HEADERS.length; c++) {
      const cell = header.getCell(c);
      expect(cell.font).toMatchObject({ name: '黑体', size: 12, bold: true });
      expect(cell.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
      expect(cell.border.left?.style).toBe('thin');
    }
  });

  it('fills every data cell with the DOCX ledger text, typed where a spreadsheet needs it', async () => {
    const sheet = await read(await writeXlsx(ledger, meta));
    expect(sheet.rowCount).toBe(3 + rows.length);
    rows.forEach((tracked, r) => {
      const line = sheet.getRow(4 + r);
      ledger.columns.forEach((column, c) => {
        const cell = line.getCell(c + 1);
        const text = cellText(ledger, tracked, column.key);
        expect(cell.font, `${tracked.id} ${column.key}`).toMatchObject({ name: '仿宋_GB2312', size: 12 });
        expect(cell.alignment).toMatchObject({ vertical: 'top', wrapText: true });
        expect(cell.border).toMatchObject({
          top: { style: 'thin' },
          left: { style: 'thin' },
          bottom: { style: 'thin' },
          right: { style: 'thin' },
        });
        if (column.key === 'number') {
          expect(cell.type).toBe(ExcelJS.ValueType.Number);
          expect(cell.value).toBe(tracked.number);
        } else if (column.key === 'deadline' && cell.type === ExcelJS.ValueType.Date) {
          const date = cell.value as Date;
          expect(date.getTime()).toBe(Date.parse(`${tracked.deadline.due}T00:00:00Z`));
          expect(printed(date, cell.numFmt), tracked.id).toBe(text);
        } else {
          // The fixture's XML-illegal characters are dropped; an empty text is a blank cell.
          const legal = ['\u0007', '\uFFFF', '\uD800'].reduce((t, bad) => t.replaceAll(bad, ''), text);
          expect(cell.value ?? '', `${tracked.id} ${column.key}`).toBe(legal);
        }
      });
      // Category in every row: no merged data cells for the filters to trip on.
      expect(line.getCell(2).isMerged).toBe(false);
    });
  });

  it('types the time limits: by-dates and single days as dates, windows and 长期坚持 as text', async () => {
    const sheet = await read(await writeXlsx(ledger, meta));
    const deadline = (r: number) => sheet.getCell(`H${3 + r}`);
    expect(deadline(1).value).toEqual(new Date(Date.UTC(2020, 5, 10)));
    expect(deadline(1).numFmt).toBe('m"月"d"日前"');
    expect(deadline(2).value).toBe('长期坚持');
    expect(deadline(3).numFmt).toBe('m"月"d"日前"');
    expect(deadline(4).value).toBe('5月21日至5月26日');
    expect(deadline(5).value).toEqual(new Date(Date.UTC(2021, 0, 15)));
    expect(deadline(5).numFmt).toBe('yyyy"年"m"月"d"日前"');
    expect(deadline(6).value).toEqual(new Date(Date.UTC(2020, 5, 11)));
    expect(deadline(6).numFmt).toBe('m"月"d"日"');
    // The window 5月21日至5月26日 is too long to centre the column (the DOCX rule); its dates go left
    // with its text, not right as numbers would. 序号 and 状态 are short and centred.
    expect([1, 2, 4].map((r) => deadline(r).alignment.horizontal)).toEqual(['left', 'left', 'left']);
    expect(sheet.getCell('A4').alignment.horizontal).toBe('center');
    expect(sheet.getCell('J4').alignment.horizontal).toBe('center');
    expect(sheet.getCell('C4').alignment.horizontal).toBe('left');
    // The stored serials, independent of how exceljs converts them back.
    const xml = part(await writeXlsx(ledger, meta), 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<c r="H4" s="\d+"><v>43992<\/v><\/c>/);
    expect(xml).toMatch(/<c r="H8" s="\d+"><v>44211<\/v><\/c>/);
    expect(xml).toMatch(/<c r="K6" s="\d+"><v>43987<\/v><\/c>/);
  });

  it('adds 完成日期 as a date cell (blank but formatted when open) and 编号', async () => {
    const sheet = await read(await writeXlsx(ledger, meta));
    rows.forEach((tracked, r) => {
      const completed = sheet.getCell(`K${4 + r}`);
      expect(completed.numFmt).toBe('yyyy"年"m"月"d"日"');
      expect(completed.border.bottom?.style).toBe('thin');
      expect(sheet.getCell(`L${4 + r}`).value).toBe(tracked.id);
    });
    expect(sheet.getCell('K6').value).toEqual(new Date(Date.UTC(2020, 5, 5)));
    expect(printed(sheet.getCell('K6').value as Date, sheet.getCell('K6').numFmt)).toBe('2020年6月5日');
    expect(sheet.getCell('K4').value).toBeNull();
  });

  it('freezes the header, filters it, sizes the columns and prints landscape A4 with titles', async () => {
    const sheet = await read(await writeXlsx(ledger, meta));
    expect(sheet.views).toEqual([expect.objectContaining({ state: 'frozen', ySplit: 3, topLeftCell: 'A4' })]);
    expect(sheet.autoFilter).toBe('A3:L9');
    const widths = sheet.columns.map((column) => column.width);
    expect(widths).toEqual([2.8, 3.6, 9, 11.2, 4, 3.7, 4.2, 4.6, 8.6, 3.8, 7, 4].map(excelWidth));
    // (16 px a 字 + 6 px) / 7 px: 11.2 字 of 12 pt text take 26.46 widths of "0".
    expect(widths[3]).toBe(26.46);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: '1:3',
      margins: { top: 1.102, bottom: 1.024, left: 1.378, right: 1.457 },
    });
    expect(sheet.headerFooter.oddFooter).toBe('&C— &P —');
    const workbook = part(await writeXlsx(ledger, meta), 'xl/workbook.xml');
    expect(workbook).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;整改台账&apos;!$1:$3</definedName>',
    );
    // LibreOffice shows no filter buttons without the name Excel writes beside <autoFilter>.
    expect(workbook).toContain(
      '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">&apos;整改台账&apos;!$A$3:$L$9</definedName>',
    );
  });

  it('sizes rows to their tallest cell, as fitted heights that grow again when edited', async () => {
    expect(lineCount('配合：纪检监察室', 3.95)).toBe(3);
    expect(lineCount('2020年12月31日', 6.75)).toBe(2);
    expect(lineCount('2020年12月31日', 7)).toBe(1);
    expect(lineCount('', 5)).toBe(1);
    expect(lineCount('组织办\n配合：纪检监察室', 3.95)).toBe(4);
    const bytes = await writeXlsx(ledger, meta);
    const sheet = await read(bytes);
    // 问题类别 wraps in 3.6 字; row 4's 组织办 / 配合：纪检监察室 in 4.2 字 and row 5's 责任领导 in
    // 4 字 (3 a line) take 4 lines of 18 pt, plus 4 pt.
    expect([1, 2, 3, 4, 5, 6].map((r) => sheet.getRow(r).height)).toEqual([32, 20, 40, 76, 76, 76]);
    const xml = part(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<row r="1" ht="32" customHeight="1" ');
    expect(xml).toContain('<row r="3" ht="40" spans=');
    expect(xml).toContain('<row r="4" ht="76" spans=');
    expect(xml.match(/customHeight/g)).toHaveLength(2);
  });

  it('keeps formula-like text as text, quote-prefixed so that editing it cannot make a formula', async () => {
    const bytes = await writeXlsx(ledger, meta);
    const sheet = await read(bytes);
    const hostile = sheet.getCell('C7');
    expect(hostile.type).toBe(ExcelJS.ValueType.String);
    expect(hostile.value).toBe(HOSTILE);
    expect(hostile.formula).toBeUndefined();
    expect(sheet.getCell('C8').value).toBe('+转办事项无人跟踪');

    const xml = part(bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).not.toContain('<f>');
    const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)" t="s">`).exec(xml)![1]);
    const xfs = part(bytes, 'xl/styles.xml')
      .match(/<cellXfs count="\d+">(.*)<\/cellXfs>/)![1]!
      .match(/<xf\b[^>]*>/g)!;
    expect(xfs[styleOf('C7')]).toContain('quotePrefix="1"');
    expect(xfs[styleOf('C8')]).toContain('quotePrefix="1"');
    expect(xfs[styleOf('C4')]).not.toContain('quotePrefix');
    expect(xfs.filter((xf) => xf.includes('quotePrefix'))).toHaveLength(1);
    // The quoted copy differs from the original style only by the prefix.
    expect(xfs[styleOf('C7')]!.replace(' quotePrefix="1"', '')).toBe(xfs[styleOf('C4')]);
    expect(part(bytes, 'xl/sharedStrings.xml')).toContain(
      '<t>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t>',
    );
  });

  it('recognises the starts of a formula, full-width ones included', () => {
    const strings = ['=1', '+1', '-1', '@A1', '\tx', '＝1', '＋1', '－1', '＠A1', 'a=1', ' =1', '（=1）'];
    const sst = strings.map((text, i) => `<si><t${i % 2 ? ' xml:space="preserve"' : ''}>${text}</t></si>`);
    expect([...formulaLikeStrings(`<sst>${sst.join('')}</sst>`)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('writes an empty ledger: the header and its filter only', async () => {
    const sheet = await read(await writeXlsx({ ...ledger, rows: [] }, meta));
    expect(sheet.rowCount).toBe(3);
    expect(sheet.autoFilter).toBe('A3:L3');
    expect(sheet.getCell('L3').value).toBe('编号');
  });

  it('drops XML-illegal characters and keeps _xHHHH_ literal', async () => {
    const bytes = await writeXlsx(ledger, meta);
    const sheet = await read(bytes);
    expect(sheet.getCell('I7').value).toBe('进展顺利 _x0041_');
    expect(part(bytes, 'xl/sharedStrings.xml')).toContain('<t>进展顺利 _x005F_x0041_</t>');
    expect(part(bytes, 'docProps/core.xml')).toContain('<dc:title>关于巡察反馈问题的整改台账</dc:title>');
  });

  it("cuts a cell at Excel's limit", async () => {
    const long: Ledger = { ...ledger, rows: [{ ...rows[0]!, note: '进'.repeat(MAX_CELL_CHARS + 10) }] };
    const note = (await read(await writeXlsx(long, meta))).getCell('I4').value as string;
    expect(note).toHaveLength(MAX_CELL_CHARS);
    expect(note.endsWith('进…')).toBe(true);
  });

  it('names the items ledger 工作台账 with its own columns', async () => {
    const items: Ledger = {
      ...ledger,
      kind: 'items',
      columns: itemColumns,
      rows: rows.slice(0, 2),
    };
    const sheet = await read(await writeXlsx(items, meta));
    expect(sheet.name).toBe('工作台账');
    const header = sheet.getRow(3);
    expect(Array.from({ length: 10 }, (_, i) => header.getCell(i + 1).value)).toEqual([
      '序号',
      '类别',
      '工作事项',
      '牵头单位',
      '责任单位',
      '完成时限',
      '进展情况',
      '状态',
      '完成日期',
      '编号',
    ]);
    expect(sheet.autoFilter).toBe('A3:J5');
    expect(sheet.model.merges).toEqual(['A1:J1', 'A2:J2']);
    expect(sheet.getCell('C5').value).toBe('理论学习流于形式');
  });
});

describe('writeXlsx: the same bytes for the same ledger', () => {
  const saved = { tz: process.env['TZ'], epoch: process.env['SOURCE_DATE_EPOCH'] };
  const restore = (name: string, value: string | undefined) => {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  };
  beforeEach(() => {
    delete process.env['SOURCE_DATE_EPOCH'];
  });
  afterEach(() => {
    vi.useRealTimers();
    restore('TZ', saved.tz);
    restore('SOURCE_DATE_EPOCH', saved.epoch);
  });

  it('does not depend on the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-03-04T05:06:07Z'));
    const later = await writeXlsx(ledger, meta);
    vi.setSystemTime(new Date('2019-01-02T03:04:05Z'));
    const earlier = await writeXlsx(ledger, meta);
    expect(sha256(earlier)).toBe(sha256(later));
  });

  it('does not depend on the time zone, and reads back the same dates in each', async () => {
    const hashes = new Set<string>();
    const offsets = new Set<number>();
    for (const tz of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles']) {
      process.env['TZ'] = tz;
      // Node resets its zone when TZ is assigned; the offset proves this run really is in `tz`.
      offsets.add(new Date(2020, 4, 20).getTimezoneOffset());
      const bytes = await writeXlsx(ledger, meta);
      hashes.add(sha256(bytes));
      const sheet = await read(bytes);
      expect(sheet.getCell('H4').value, tz).toEqual(new Date(Date.UTC(2020, 5, 10)));
      expect(sheet.getCell('K6').value, tz).toEqual(new Date(Date.UTC(2020, 5, 5)));
    }
    expect(offsets).toEqual(new Set([0, -480, 420]));
    expect(hashes.size).toBe(1);
  });

  it('stamps the document date in core.xml and the zip, or SOURCE_DATE_EPOCH', async () => {
    const bytes = await writeXlsx(ledger, meta);
    const core = part(bytes, 'docProps/core.xml');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2020-05-20T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2020-05-20T00:00:00Z</dcterms:modified>',
    );
    expect(core).toContain('<dc:creator>某镇党委</dc:creator>');
    expect(core).not.toContain('lastPrinted');
    // Every local header carries the DOS date of 2020-05-20 at 00:00 (zip APPNOTE 4.4.6).
    const dosDate = ((2020 - 1980) << 9) | (5 << 5) | 20;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const names: string[] = [];
    for (let at = 0; view.getUint32(at, true) === 0x04034b50;) {
      expect([view.getUint16(at + 10, true), view.getUint16(at + 12, true)]).toEqual([0, dosDate]);
      const nameLength = view.getUint16(at + 26, true);
      names.push(strFromU8(bytes.subarray(at + 30, at + 30 + nameLength)));
      at += 30 + nameLength + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
    }
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names).toContain('xl/worksheets/sheet1.xml');
    expect(names.filter((name) => name.endsWith('/'))).toEqual([]);

    process.env['SOURCE_DATE_EPOCH'] = '1600000000';
    const stamped = await writeXlsx(ledger, meta);
    expect(part(stamped, 'docProps/core.xml')).toContain('>2020-09-13T12:26:40Z</dcterms:modified>');
    expect(sha256(stamped)).not.toBe(sha256(bytes));
    expect(sha256(await writeXlsx(ledger, meta))).toBe(sha256(stamped));
  });
});
