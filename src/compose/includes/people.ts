/** People and units as template values: plain text escaped for Markdown, units by id for {{units}}. */
import type { Person } from '../../plan/types.generated.js';
import { escapeMarkdown as line } from '../prose/escape.js';

export interface PersonValue {
  name: string | null;
  title: string | null;
  unit: string | null;
}

export const personValue = (person: Person): PersonValue => ({
  name: person.name !== undefined ? line(person.name) : null,
  title: person.title !== undefined ? line(person.title) : null,
  unit: person.unit ?? null,
});
