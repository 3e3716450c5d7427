/**
 * mdast phrasing content → tree inlines, one handler per node type. Links keep only their text (a
 * printed document cannot follow a URL, and a URL must not reach the HTML writer); images and
 * raw HTML are reported and dropped, so nothing from outside the plan is ever loaded or rendered.
 */
import type { PhrasingContent, PhrasingContentMap } from 'mdast';
import { text } from '../tree/inlines.js';
import type { Inline } from '../tree/types.js';
import type { MarkdownState } from './state.js';
import { softBreaks } from './text.js';

type InlineHandlers = {
  [K in keyof PhrasingContentMap]: (node: PhrasingContentMap[K], state: MarkdownState) => Inline[];
};

export const inlineHandlers: InlineHandlers = {
  text: (node) => [text(softBreaks(node.value))],
  strong: (node, state) => [{ type: 'strong', children: toInlines(node.children, state) }],
  emphasis: (node, state) => [{ type: 'emphasis', children: toInlines(node.children, state) }],
  break: () => [{ type: 'break' }],
  inlineCode: (node) => [text(node.value)],
  link: (node, state) => toInlines(node.children, state),
  linkReference: (node, state) => toInlines(node.children, state),
  delete: (node, state) => {
    // Official documents have no strikethrough; the words stay, the user learns the mark did not.
    state.report('markdown/unsupported', { construct: '~~删除线~~' }, node);
    return toInlines(node.children, state);
  },
  image: (node, state) => {
    state.report('markdown/image', { alt: node.alt ?? '', url: node.url }, node);
    return [];
  },
  imageReference: (node, state) => {
    state.report('markdown/image', { alt: node.alt ?? '', url: node.identifier }, node);
    return [];
  },
  html: (node, state) => {
    state.report('markdown/html', { html: node.value }, node);
    return [];
  },
  footnoteReference: (node, state) => {
    state.report('markdown/unsupported', { construct: `[^${node.identifier}]` }, node);
    return [];
  },
};

export function toInlines(nodes: readonly PhrasingContent[], state: MarkdownState): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const handler = (
      inlineHandlers as Record<string, ((n: PhrasingContent, s: MarkdownState) => Inline[]) | undefined>
    )[node.type];
    if (handler) out.push(...handler(node, state));
    else state.report('markdown/unsupported', { construct: node.type }, node);
  }
  return out;
}
