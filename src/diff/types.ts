/**
 * The semantic diff of two versions of a plan (issue 6), as one JSON-serialisable value: the CLI
 * prints it (human, Markdown, JSON) and the redline DOCX reads it. Entities are matched by id, so
 * the numbering a document computes (一、（三）2.) never appears here and renumbering is no change.
 * `version` changes whenever a consumer would misread the shape.
 */
import type { Plan, Unit } from '../plan/types.generated.js';

/** One version of a plan with the units its references resolve to (a loaded plan has both). */
export interface DiffInput {
  plan: Plan;
  units: ReadonlyMap<string, Unit>;
}

export type ChangeKind = 'added' | 'removed' | 'moved' | 'changed';

export type EntityKind =
  'plan' | 'section' | 'item' | 'issueGroup' | 'issue' | 'measure' | 'phase' | 'target' | 'attachment';

export interface WordOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface FieldChange {
  /**
   * The schema key (`deadline`, `lead`, `status`, `text`…); a plan-level field is its dotted path
   * (`notice.number`, `report.date`), and a unit whose printed name changed is `units.<unit id>`.
   * `status`, `completed`, `note`, `reason` and `evidence` are read from the entity's last history
   * entry (`note`: the last note written, as the ledger shows it); `history` (进展记录) changes with
   * any entry and prints as the count and the date of the last one.
   */
  field: string;
  /** The field's Chinese title from the schema (整改时限, 牵头单位, 印发通知·发文字号…). */
  label: string;
  /**
   * As a document prints it: deadlines through formatDeadline in the version's own year, units by
   * short name joined with 、, dates as 2018年6月8日, enums in Chinese. Null when absent.
   */
  old: string | null;
  new: string | null;
  /** For free-text fields (Markdown compared as its source, titles, names): word-level edits. */
  words?: WordOp[];
  /**
   * For deadlines: whether the due date (a date, `{on}`, the `to` of a window) moved. Absent when
   * either side has no due date (长期坚持, 立行立改, missing) or only the form changed.
   */
  direction?: 'later' | 'earlier';
}

export interface Position {
  /** The parent's id (an unnamed section's ref, see `Change.id`), or null at the top of its list. */
  parent: string | null;
  /** 0-based index among the parent's children of the same entity kind. */
  index: number;
}

export interface Change {
  /**
   * `moved` also carries `fields` when the entity changed as well: one entry per entity, so the
   * summary's counts are counts of entities (`changed` = changed in place, not moved).
   */
  change: ChangeKind;
  entity: EntityKind;
  /**
   * The entity's id; '' for the plan. A section without an id is named by its parent's id, '/'
   * and its title (`sec-principles/坚持问题导向`, `/工作要求` at the top, `#2` appended for a second
   * sibling of the same title); ids cannot contain '/', so the two never collide.
   */
  id: string;
  /** A human name: a section's title, an issue's summary or the first sentence of its problem… */
  label: string;
  /** Where it sits: the ancestors' ids (an unnamed section by its title) joined with ' › '; '' at the top. */
  path: { old?: string; new?: string };
  /** For `moved`: the old and the new place. */
  from?: Position;
  to?: Position;
  fields?: FieldChange[];
  /**
   * For an added (removed) entity inside an added (removed) one: the id of the outermost such
   * ancestor, so that a formatter can fold a new section's items under it. Each entity is still an
   * entry of its own and counted in the summary.
   */
  within?: string;
}

export interface UnitTally {
  id: string;
  /** The unit's short name (the new version's, else the old one's). */
  name: string;
  /** Items, issues and phases the unit newly leads, is responsible for, supports or owns. */
  gained: number;
  /** …and those it no longer does (removed, or the unit taken off). */
  lost: number;
}

export interface DiffSummary {
  added: number;
  removed: number;
  /** Entities moved to another parent or out of order among the siblings both versions share. */
  moved: number;
  /** Entities changed in place (the plan itself counts as one when its own fields changed). */
  changed: number;
  /** Deadline field changes (items, issues, measures, phase windows) by direction. */
  deadlinesLater: number;
  deadlinesEarlier: number;
  /** Units whose duties changed, by unit id. */
  units: UnitTally[];
}

export interface PlanDiff {
  version: 1;
  /** No change at all: the two versions print the same documents (up to formatting). */
  same: boolean;
  summary: DiffSummary;
  /**
   * Grouped by kind (added, removed, moved, changed; the plan's own change first among `changed`),
   * each group in document order (the old version's for removals, the new one's otherwise).
   */
  changes: Change[];
}
