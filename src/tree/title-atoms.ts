/**
 * Cuts a title into atoms: the pieces a line break may fall between. GB/T 9704 7.3.1 asks that a
 * wrapped title keep its words whole ("词意完整"), so atoms are Intl.Segmenter words, joined
 * where ICU's dictionary is too small for official vocabulary (it splits 印发, 脱贫, 整改 into
 * single characters), where a number meets its unit (2020年), and where punctuation must stay with
 * its neighbour (GB/T 15834: no line starts with a closing mark or ends with an opening one).
 */

export interface Atom {
  text: string;
  /** Both sides of the boundary before this atom are single CJK characters: probably one word ICU does not know. */
  looseBefore: boolean;
  /** 书名号 depth at the boundary before this atom (a break there splits a 《title》). */
  bookDepth: number;
  /** Inside “quotes” or （brackets） at the boundary before this atom. */
  nestedBefore: boolean;
}

/** Words of official titles that ICU's dictionary splits; a break inside them would tear a word. */
const LEXICON = new Set([
  '印发',
  '转发',
  '脱贫',
  '攻坚',
  '扶贫',
  '整改',
  '专项',
  '自查',
  '督导',
  '督查',
  '督办',
  '排查',
  '销号',
  '交叉',
  '乡镇',
  '镇村',
  '领导小组',
  '党委',
  '政府',
  '人民政府',
  '委员会',
  '指挥部',
  '巩固',
  '成效',
  '报送',
  '实施',
  '方案',
  '通知',
  '报告',
]);

const OPENING = new Set(['《', '〈', '“', '‘', '（', '(', '「', '『', '【', '〔', '[']);
const CLOSING = new Set([
  '》',
  '〉',
  '”',
  '’',
  '）',
  ')',
  '」',
  '』',
  '】',
  '〕',
  ']',
  '、',
  '，',
  '。',
  '；',
  '：',
  '！',
  '？',
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  '…',
  '—',
]);
/** Units that stay with the number before them (GB/T 15835: a number is not broken from its unit). */
const UNIT_START = /^[年月日号元万亿个户人项条次名家座处期届度%％倍]/;
/** Suffixes of places and offices that ICU leaves alone after the name (青石|镇, 办公|室, 扶贫|办). */
const PLACE_SUFFIX = new Set([
  '镇',
  '乡',
  '县',
  '市',
  '省',
  '村',
  '区',
  '州',
  '室',
  '局',
  '办',
  '站',
  '所',
  '院',
  '部',
  '厅',
  '委',
  '队',
]);
/** Form words that ICU leaves alone after their noun (评估|表, 明白|卡, 手|册). */
const FORM_SUFFIX = new Set(['表', '卡', '册', '书', '单']);
const CJK = /^[\u3400-\u9FFF\uF900-\uFAFF]$/u;
const NUMBER = /^[0-9０-９.．]+$/;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Segmenter words with lexicon words re-joined (longest match, up to four segments). */
function words(text: string): string[] {
  const raw = [...segmenter.segment(text)].map((s) => s.segment);
  const out: string[] = [];
  for (let i = 0; i < raw.length;) {
    let taken = 1;
    for (let span = 4; span >= 2; span--) {
      if (i + span <= raw.length && LEXICON.has(raw.slice(i, i + span).join(''))) {
        taken = span;
        break;
      }
    }
    out.push(raw.slice(i, i + taken).join(''));
    i += taken;
  }
  return out;
}

const isSingleCjk = (word: string | undefined): boolean => word !== undefined && CJK.test(word);

/** Whether `next` must stay on the same line as `previous`. */
function glued(previous: string, next: string): boolean {
  const last = [...previous].at(-1) ?? '';
  const first = [...next][0] ?? '';
  if (OPENING.has(last) || CLOSING.has(first)) return true;
  if (NUMBER.test(previous) && UNIT_START.test(next) && [...next].length <= 2) return true;
  if (FORM_SUFFIX.has(next) && /[\u3400-\u9FFF]$/u.test(previous)) return true;
  return PLACE_SUFFIX.has(next) && /[\u3400-\u9FFF]$/u.test(previous) && !PLACE_SUFFIX.has(last);
}

export function titleAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  let depth = 0;
  let nested = 0;
  let previousWord: string | undefined;
  for (const word of words(text)) {
    const current = atoms.at(-1);
    if (current && previousWord !== undefined && glued(previousWord, word)) current.text += word;
    else
      atoms.push({
        text: word,
        looseBefore: isSingleCjk(previousWord) && isSingleCjk(word),
        bookDepth: depth,
        nestedBefore: nested > 0,
      });
    for (const char of word) {
      if (char === '《' || char === '〈') depth++;
      else if ((char === '》' || char === '〉') && depth > 0) depth--;
      else if (char === '“' || char === '（' || char === '(') nested++;
      else if ((char === '”' || char === '）' || char === ')') && nested > 0) nested--;
    }
    previousWord = word;
  }
  return atoms;
}

/** Fallback when a single atom is wider than a line: every character is an atom (punctuation still glued). */
export function characterAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  for (const char of text) {
    const current = atoms.at(-1);
    const last = current ? ([...current.text].at(-1) ?? '') : '';
    if (current && (OPENING.has(last) || CLOSING.has(char))) current.text += char;
    else atoms.push({ text: char, looseBefore: true, bookDepth: 0, nestedBefore: false });
  }
  return atoms;
}
