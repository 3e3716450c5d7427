/** 发文字号: 机关代字〔年份〕序号号 (GB/T 9704 7.2.5): hexagonal brackets, full year, no padding, no 第. */

const VALID = /^([^〔〕[\]【】\s]+)〔(\d{4})〕([1-9]\d*)号$/;
const WRONG_BRACKETS = /[[【（(﹝〈［{]\s*(\d{2,4})\s*[\]】）)﹞〉］}]/;

export type DocNumber =
  | { ok: true; agency: string; year: number; serial: number }
  | { ok: false; reasonsZh: string[]; reasonsEn: string[]; fixed?: string };

export function parseDocNumber(value: string): DocNumber {
  const match = VALID.exec(value);
  if (match) return { ok: true, agency: match[1] ?? '', year: Number(match[2]), serial: Number(match[3]) };

  const reasonsZh: string[] = [];
  const reasonsEn: string[] = [];
  let fixed = value.trim();
  if (WRONG_BRACKETS.test(fixed) && !fixed.includes('〔')) {
    reasonsZh.push('年份应用六角括号〔〕');
    reasonsEn.push('the year goes in hexagonal brackets 〔〕');
    fixed = fixed.replace(WRONG_BRACKETS, '〔$1〕');
  }
  const year = /〔(\d+)〕/.exec(fixed)?.[1];
  if (year !== undefined && year.length !== 4) {
    reasonsZh.push('年份应写全四位');
    reasonsEn.push('the year has four digits');
  }
  if (/第/.test(fixed)) {
    reasonsZh.push('序号前不加“第”');
    reasonsEn.push('no 第 before the serial number');
    fixed = fixed.replace(/〕\s*第\s*/, '〕');
  }
  if (/〕0+\d/.test(fixed)) {
    reasonsZh.push('序号不编虚位（1 不写作 01）');
    reasonsEn.push('the serial number has no leading zeros');
    fixed = fixed.replace(/〕0+(\d)/, '〕$1');
  }
  if (!/号$/.test(fixed)) {
    reasonsZh.push('应以“号”结尾');
    reasonsEn.push('it ends with 号');
    if (/〕\d+$/.test(fixed)) fixed += '号';
  }
  if (/^〔/.test(fixed)) {
    reasonsZh.push('缺少机关代字');
    reasonsEn.push('the issuing agency code is missing');
  }
  if (reasonsZh.length === 0) {
    reasonsZh.push('格式应为 机关代字〔年份〕序号号');
    reasonsEn.push('the form is 代字〔year〕serial号');
  }
  return { ok: false, reasonsZh, reasonsEn, ...(VALID.test(fixed) ? { fixed } : {}) };
}
