/**
 * Text into HTML. Every string of the tree goes through here: plans and templates are untrusted,
 * and nothing from them may become markup (issue 4: raw HTML never reaches the page).
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
