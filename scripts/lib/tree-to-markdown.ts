// Turns a document tree into pandoc Markdown carrying the same text, so that the benchmark can time
// pandoc writing a DOCX of the same content as ours (npm run bench). Only the words and the block
// structure matter here: the layout of GB/T 9704 is not something Markdown can say.
import type { Block, DocumentTree, Inline, Table } from '../../src/tree/types.js';

/**
 * The whole document, blocks separated by blank lines. Pandoc gets the same amount of text as our
 * writers, so every block that prints words gives a Markdown block, even the ones Markdown has no
 * name for (the red header, the 版记): they become plain paragraphs.
 */
export function treeToMarkdown(tree: DocumentTree): string {
  return tree.children.flatMap(blockToMarkdown).join('\n\n') + '\n';
}

/** One block as zero or more Markdown blocks; the switch is exhaustive so a new block type fails to compile. */
function blockToMarkdown(block: Block): string[] {
  switch (block.type) {
    case 'headerFields':
      return [block.copyNumber, block.secrecy, block.urgency].flatMap((field) =>
        field ? [paragraph(field)] : [],
      );
    case 'redHeader':
      return [paragraph(block.names.join(' ') + (block.suffix ?? ''))];
    case 'docNumber': {
      const lines = block.number ? [paragraph(block.number)] : [];
      if (block.signers && block.signers.length > 0)
        lines.push(paragraph(`签发人：${block.signers.join('　')}`));
      return lines;
    }
    case 'title':
      return [`# ${escapeText(block.lines.join(''))}`];
    case 'recipients':
      return [paragraph(block.text)];
    case 'heading': {
      // Markdown has one heading form: a run-in heading's body follows as its own paragraph.
      const old = block.oldLabel !== undefined ? `~~${escapeText(block.oldLabel)}~~` : '';
      const head = `${'#'.repeat(block.depth + 1)} ${old}${escapeText(block.label)}${inlines(block.title)}`;
      const body = inlines(block.body);
      return body ? [head, body] : [head];
    }
    case 'paragraph':
      return [escapeBlockStart(inlines(block.children))];
    case 'table':
      return [pipeTable(block)];
    case 'attachmentNote':
      return block.titles.map((title, i) => {
        const number = block.titles.length === 1 ? '' : `${i + 1}. `;
        return paragraph(`${i === 0 ? '附件：' : ''}${number}${title}`);
      });
    case 'signature':
      return [...block.names.map(paragraph), paragraph(block.date)];
    case 'note':
      return [paragraph(`（${block.text}）`)];
    case 'pageBreak':
      // A raw OpenXML page break: pandoc's DOCX writer passes it through, so pagination is comparable.
      return ['```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'];
    case 'attachmentHeading':
      return [paragraph(block.label), `# ${escapeText(block.lines.join(''))}`];
    case 'colophon': {
      const lines = block.copyTo ? [paragraph(`抄送：${block.copyTo}`)] : [];
      const printed = [block.printedBy, block.printedOn ? `${block.printedOn}印发` : null].filter(Boolean);
      if (printed.length > 0) lines.push(paragraph(printed.join(' ')));
      return lines;
    }
  }
}

/** Plain text as a paragraph that pandoc reads back as exactly that text. */
function paragraph(text: string): string {
  return escapeBlockStart(escapeText(text));
}

/**
 * A pipe table: pandoc needs a header row, and every row must have the header's cell count, so short
 * rows are padded. Cells cannot hold line breaks, which become spaces.
 */
function pipeTable(table: Table): string {
  const columns = Math.max(table.header.length, ...table.rows.map((row) => row.length), 1);
  const row = (cells: Table['header']) => {
    const texts = Array.from({ length: columns }, (_, i) =>
      inlines(cells[i]?.children ?? [], ' ').replace(/\|/g, '\\|'),
    );
    return `| ${texts.join(' | ')} |`;
  };
  const rule = `|${' --- |'.repeat(columns)}`;
  return [row(table.header), rule, ...table.rows.map(row)].join('\n');
}

/** Inline content; `lineBreak` is what a hard break becomes (a backslash-newline, or a space in a table cell). */
function inlines(nodes: readonly Inline[], lineBreak = '\\\n'): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
          return escapeText(node.value);
        case 'strong':
          return `**${inlines(node.children, lineBreak)}**`;
        case 'emphasis':
          return `*${inlines(node.children, lineBreak)}*`;
        case 'break':
          return lineBreak;
        // A redline's marks (issue 6): pandoc's strikeout for the words removed; added words are text.
        case 'insert':
          return inlines(node.children, lineBreak);
        case 'delete':
          return `~~${inlines(node.children, lineBreak)}~~`;
      }
    })
    .join('');
}

/** Backslash-escapes the characters that would start Markdown inline syntax, so text stays text. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>|$~^@]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/**
 * A paragraph starting with "1. ", "- ", "# " or "> " would become a list, heading or quote: the
 * marker is escaped (escapeText already handles `*`, `|` and `<`).
 */
function escapeBlockStart(text: string): string {
  return text.replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2').replace(/^(\s*)([-+#>:=])/, '$1\\$2');
}
