/** Chinese and English wording for the yaml library's syntax error codes (its own text is English only). */
import type { YAMLError } from 'yaml';

const details: Record<string, { zh: string; en: string }> = {
  BAD_INDENT: { zh: '缩进不对齐', en: 'the indentation does not line up' },
  MISSING_CHAR: { zh: '缺少配对的引号或括号', en: 'a closing quote or bracket is missing' },
  UNEXPECTED_TOKEN: { zh: '此处出现了意外的内容', en: 'unexpected content here' },
  MULTILINE_IMPLICIT_KEY: {
    zh: '键不能跨行（冒号后要有空格）',
    en: 'a key cannot span lines (a colon needs a space after it)',
  },
  BLOCK_AS_IMPLICIT_KEY: { zh: '键的写法不对', en: 'this cannot be used as a key' },
  BAD_SCALAR_START: {
    zh: '值不能以这个符号开头；请给文字加引号',
    en: 'a plain value cannot start with this character; quote the text',
  },
  BAD_DQ_ESCAPE: { zh: '双引号中的转义写法不对', en: 'invalid escape inside double quotes' },
  BAD_DIRECTIVE: { zh: '指令写法不对', en: 'invalid directive' },
  BAD_COLLECTION_TYPE: { zh: '列表或映射的写法不对', en: 'invalid collection' },
  KEY_OVER_1024_CHARS: { zh: '键过长', en: 'the key is too long' },
  NON_STRING_KEY: { zh: '键必须是文字', en: 'keys must be text' },
  IMPOSSIBLE: { zh: '无法解析此处', en: 'cannot be parsed here' },
};

export function yamlErrorDetail(error: YAMLError, unclosed?: string): { detailZh: string; detailEn: string } {
  if (unclosed) {
    return { detailZh: `“${unclosed}”没有配对的结束符号`, detailEn: `"${unclosed}" is never closed` };
  }
  const known = details[error.code];
  // The library's first sentence is stable enough to help an English reader of an unknown code.
  const english =
    error.message.split(/\n|(?<=\.) /)[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
  return { detailZh: known?.zh ?? '无法解析此处', detailEn: known?.en ?? english };
}
