/**
 * What the fixture pairs must show, stated directly (the expected.json files hold every detail):
 * renumbering is never a change, moves are reported once, deadlines have a direction, units
 * gain and lose duties.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/diff/plan-diff.js';
import type { Change, PlanDiff } from '../../src/diff/types.js';
import { diffFixtures, loadPlan } from './load.js';

async function diffCase(name: string): Promise<PlanDiff> {
  const folder = join(diffFixtures, name);
  return diffPlans(await loadPlan(join(folder, 'old.yaml')), await loadPlan(join(folder, 'new.yaml')));
}

const brief = (changes: Change[]) => changes.map((c) => `${c.change} ${c.entity} ${c.id}`);
const field = (diff: PlanDiff, id: string, name: string) =>
  diff.changes.find((c) => c.id === id)?.fields?.find((f) => f.field === name);

describe('diff semantics on the fixture pairs', () => {
  it('identical plans: same, no changes, empty summary', async () => {
    const diff = await diffCase('identical');
    expect(diff.same).toBe(true);
    expect(diff.changes).toEqual([]);
    expect(diff.summary).toEqual({
      added: 0,
      removed: 0,
      moved: 0,
      changed: 0,
      deadlinesLater: 0,
      deadlinesEarlier: 0,
      units: [],
    });
  });

  it('an item inserted mid-list is the only change: the items after it are renumbered, not moved', async () => {
    const diff = await diffCase('item-added');
    expect(brief(diff.changes)).toEqual(['added item it-files']);
    expect(diff.changes[0]!.path).toEqual({ new: 'sec-tasks' });
    expect(diff.summary.units).toEqual([{ id: 'insurance', name: '医保办', gained: 1, lost: 0 }]);
  });

  it('entries inserted first in three lists move nothing; a new issue folds its measure', async () => {
    const diff = await diffCase('insert-first');
    expect(brief(diff.changes)).toEqual([
      'added item it-files',
      'added issue iss-staff',
      'added measure m-staff-1',
      'added measure m-visit-0',
    ]);
    expect(diff.changes.find((c) => c.id === 'm-staff-1')!.within).toBe('iss-staff');
    expect(diff.changes.find((c) => c.id === 'm-visit-0')!.within).toBeUndefined();
  });

  it('a removed item: its followers are not moved, its units lose a duty', async () => {
    const diff = await diffCase('item-removed');
    expect(brief(diff.changes)).toEqual(['removed item it-train']);
    expect(diff.changes[0]!.path).toEqual({ old: 'sec-tasks' });
    expect(diff.summary.units.map((u) => [u.name, u.gained, u.lost])).toEqual([
      ['乡卫生院', 0, 1],
      ['党政办', 0, 1],
    ]);
  });

  it('an item moved to another section', async () => {
    const diff = await diffCase('item-moved-section');
    expect(diff.changes).toEqual([
      expect.objectContaining({
        change: 'moved',
        id: 'it-check',
        from: { parent: 'sec-tasks', index: 2 },
        to: { parent: 'sec-requirements', index: 0 },
        path: { old: 'sec-tasks', new: 'sec-requirements' },
      }),
    ]);
    expect(diff.changes[0]!.fields).toBeUndefined();
  });

  it('reordered siblings: only those outside the longest kept order moved', async () => {
    const diff = await diffCase('siblings-reordered');
    expect(brief(diff.changes)).toEqual(['moved item it-check', 'moved measure m-visit-2']);
    expect(diff.summary.moved).toBe(2);
  });

  it('moved and changed: one entry of kind moved, with its fields, counted once', async () => {
    const diff = await diffCase('moved-and-changed');
    expect(brief(diff.changes)).toEqual(['moved item it-check']);
    expect(diff.changes[0]!.to).toEqual({ parent: 'ph-fix', index: 0 });
    expect(diff.changes[0]!.fields).toEqual([
      { field: 'deadline', label: '时限', old: '长期坚持', new: '9月30日前' },
    ]);
    expect(diff.summary).toMatchObject({ moved: 1, changed: 0 });
  });

  it('deadlines: later, earlier, none for 长期坚持, and a window rewritten in another key order is no change', async () => {
    const diff = await diffCase('deadlines');
    expect(field(diff, 'iss-visit', 'deadline')).toEqual({
      field: 'deadline',
      label: '整改时限',
      old: '6月30日前',
      new: '7月15日前',
      direction: 'later',
    });
    expect(field(diff, 'm-visit-1', 'deadline')).toMatchObject({ label: '措施时限', direction: 'earlier' });
    expect(field(diff, 'ph-fix', 'window')).toMatchObject({
      label: '时间安排',
      old: '5月21日至7月31日',
      new: '5月21日至8月15日',
      direction: 'later',
    });
    expect(field(diff, 'it-check', 'deadline')).toEqual({
      field: 'deadline',
      label: '时限',
      old: '长期坚持',
      new: '12月31日前',
    });
    expect(diff.changes.some((c) => c.id === 'ph-start')).toBe(false);
    expect(diff.summary).toMatchObject({ deadlinesLater: 2, deadlinesEarlier: 1, changed: 4 });
  });

  it('a unit replaced: 乡卫生院 → 医保办, and the tallies move with it', async () => {
    const diff = await diffCase('unit-replaced');
    expect(field(diff, 'iss-visit', 'lead')).toEqual({
      field: 'lead',
      label: '牵头单位',
      old: '乡卫生院',
      new: '医保办',
    });
    expect(diff.summary.units).toEqual([
      { id: 'clinic', name: '乡卫生院', gained: 0, lost: 2 },
      { id: 'insurance', name: '医保办', gained: 2, lost: 0 },
    ]);
  });

  it('a new history entry: the record, then status, completion date and note of the last entry', async () => {
    const diff = await diffCase('status-changed');
    expect(diff.changes[0]!.fields!.map((f) => [f.field, f.label, f.old, f.new])).toEqual([
      ['history', '进展记录', '1条，最近一条记于2024年5月25日', '2条，最近一条记于2024年6月28日'],
      ['status', '状态', '推进中', '已完成'],
      ['completed', '完成日期', null, '2024年6月27日'],
      ['note', '进展情况', '已核查3个村。', '全乡随访记录核查完毕，补录随访信息126条。'],
    ]);
  });

  it('prose edited mid-sentence: word-level ops', async () => {
    const diff = await diffCase('prose-edited');
    expect(field(diff, 'iss-visit', 'problem')!.words).toEqual([
      { op: 'equal', text: '部分村医对高血压' },
      { op: 'insert', text: '、糖尿病' },
      { op: 'equal', text: '患者的随访记录不完整，随访频次' },
      { op: 'delete', text: '达不到' },
      { op: 'insert', text: '明显低于规范' },
      { op: 'equal', text: '要求。' },
    ]);
  });

  it('a nested section moved under another: reported once, its items stay with it', async () => {
    const diff = await diffCase('section-moved-nested');
    expect(brief(diff.changes)).toEqual(['moved section sec-follow']);
    expect(diff.changes[0]).toMatchObject({
      from: { parent: 'sec-measures', index: 0 },
      to: { parent: 'sec-requirements', index: 0 },
    });
  });

  it('unnamed sections: matched by title; reordered is moved, retitled is removed + added', async () => {
    const diff = await diffCase('unnamed-sections');
    expect(brief(diff.changes)).toEqual([
      'added section sec-requirements/及时报送进展',
      'removed section sec-requirements/按时报送进展',
      'moved section sec-requirements/严格督查问责',
    ]);
    expect(diff.changes[2]!.fields?.map((f) => f.field)).toEqual(['text']);
  });

  it('plan fields, and a unit renamed once at the plan instead of on every entity', async () => {
    const diff = await diffCase('plan-fields');
    expect(brief(diff.changes)).toEqual(['changed plan ']);
    expect(diff.changes[0]!.fields!.map((f) => [f.field, f.label])).toEqual([
      ['title', '方案标题'],
      ['notice.number', '印发通知·发文字号'],
      ['notice.recipients', '印发通知·主送机关'],
      ['units.clinic', '单位名称'],
    ]);
    expect(diff.summary.changed).toBe(1);
  });
});
