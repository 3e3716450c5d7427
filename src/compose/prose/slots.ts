/**
 * Plan fields that are Markdown (an issue's problem, an office's duties) are parsed on their own,
 * so that their diagnostics point at their YAML scalar and a template cannot change how they
 * parse. A template sees a token in their place (two private-use marks around a number) and the
 * parsed blocks are put back where the token lands: inline when it is inside a paragraph, the
 * field's further paragraphs after that paragraph.
 */
import { normalizeInlines } from '../../tree/inlines.js';
import type { Block, Inline } from '../../tree/types.js';

const TOKEN = /\uE000(\d+)\uE001/g;

interface Filled {
  inlines: Inline[];
  after: Block[];
}

export class Slots {
  private readonly values: Block[][] = [];

  put(blocks: readonly Block[]): string {
    this.values.push([...blocks]);
    return `\uE000${this.values.length - 1}\uE001`;
  }

  fill(blocks: readonly Block[]): Block[] {
    return blocks.flatMap((block): Block[] => {
      if (block.type === 'paragraph') {
        const { inlines, after } = this.inlines(block.children);
        return [...(inlines.length > 0 ? [{ ...block, children: inlines }] : []), ...after];
      }
      if (block.type === 'table') {
        const after: Block[] = [];
        const cells = (row: typeof block.header) =>
          row.map((cell) => {
            const filled = this.inlines(cell.children);
            after.push(...filled.after);
            return { children: filled.inlines };
          });
        return [{ ...block, header: cells(block.header), rows: block.rows.map(cells) }, ...after];
      }
      return [block];
    });
  }

  private inlines(inlines: readonly Inline[]): Filled {
    const out: Inline[] = [];
    const after: Block[] = [];
    for (const inline of inlines) {
      if (inline.type === 'text') {
        let last = 0;
        for (const match of inline.value.matchAll(TOKEN)) {
          out.push({ type: 'text', value: inline.value.slice(last, match.index) });
          const [first, ...rest] = this.values[Number(match[1])] ?? [];
          if (first?.type === 'paragraph') out.push(...first.children);
          else if (first) after.push(first);
          after.push(...rest);
          last = match.index + match[0].length;
        }
        out.push({ type: 'text', value: inline.value.slice(last) });
      } else if (inline.type === 'strong' || inline.type === 'emphasis') {
        const filled = this.inlines(inline.children);
        out.push({ type: inline.type, children: filled.inlines });
        after.push(...filled.after);
      } else {
        out.push(inline);
      }
    }
    return { inlines: normalizeInlines(out), after };
  }
}
