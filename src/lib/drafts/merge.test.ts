import { describe, expect, it } from 'vitest';
import { compareFields, conflictsOf, isConnectionFailure, isVersionConflict, resolveMerge, sameValue } from './merge';

const FIELDS = ['title', 'body', 'priority', 'owner_name'] as const;
const base = { title: 'Speeltuin Heyhoef', body: 'Meer groen.', priority: 2, owner_name: null };

describe('compareFields: three versions of each field', () => {
  it('takes a change made on one side only, and sees an identical change on both sides as no conflict', () => {
    const mine = { ...base, body: 'Meer groen en bankjes.' };
    const theirs = { ...base, title: 'Speeltuin Heyhoef-Noord' };
    const states = compareFields(FIELDS, base, mine, theirs).map((c) => [c.field, c.state]);
    expect(states).toEqual([
      ['title', 'theirs'],
      ['body', 'mine'],
      ['priority', 'unchanged'],
      ['owner_name', 'unchanged'],
    ]);
    expect(compareFields(FIELDS, base, { ...base, priority: 1 }, { ...base, priority: 1 })[2]!.state).toBe('same');
  });

  it('flags a field both people changed differently as a conflict, with both texts', () => {
    const mine = { ...base, body: 'Mijn tekst' };
    const theirs = { ...base, body: 'Hun tekst' };
    expect(conflictsOf(compareFields(FIELDS, base, mine, theirs))).toEqual([
      { field: 'body', base: 'Meer groen.', mine: 'Mijn tekst', theirs: 'Hun tekst', state: 'conflict' },
    ]);
  });

  it("treats '' from a form and null from the database as the same empty value", () => {
    expect(compareFields(['owner_name'], base, { owner_name: '' }, base)[0]!.state).toBe('unchanged');
  });

  it('compares places (GeoJSON) by content, not by object identity or key order', () => {
    expect(sameValue({ type: 'Point', coordinates: [5.1, 51.6] }, { coordinates: [5.1, 51.6], type: 'Point' })).toBe(
      true,
    );
    expect(sameValue({ type: 'Point', coordinates: [5.1, 51.6] }, { type: 'Point', coordinates: [5.2, 51.6] })).toBe(
      false,
    );
  });
});

describe('resolveMerge', () => {
  const mine = { ...base, title: 'Mijn titel', body: 'Mijn tekst' };
  const theirs = { ...base, body: 'Hun tekst', priority: 1 };
  const comparisons = compareFields(FIELDS, base, mine, theirs);

  it('keeps my one-sided changes and theirs, and reports conflicts still to decide', () => {
    const { values, unresolved } = resolveMerge(comparisons, {});
    expect(values).toEqual({ title: 'Mijn titel', body: 'Mijn tekst', priority: 1, owner_name: null });
    expect(unresolved).toEqual(['body']);
  });

  it('applies the choice per conflicting field: theirs, mine or a hand-merged text', () => {
    expect(resolveMerge(comparisons, { body: { take: 'theirs' } }).values.body).toBe('Hun tekst');
    expect(resolveMerge(comparisons, { body: { take: 'mine' } }).unresolved).toEqual([]);
    const edited = resolveMerge(comparisons, { body: { take: 'edited', value: 'Hun tekst. Mijn tekst' } });
    expect(edited).toEqual({
      values: { title: 'Mijn titel', body: 'Hun tekst. Mijn tekst', priority: 1, owner_name: null },
      unresolved: [],
    });
  });

  it('never loses a typed text: without a choice the merged value is mine', () => {
    expect(resolveMerge(comparisons, {}).values.body).toBe('Mijn tekst');
  });
});

describe('classifying a failed save', () => {
  it('recognises the version conflict of private.check_version', () => {
    expect(isVersionConflict({ code: '40001', message: 'Iemand anders heeft dit intussen gewijzigd.' })).toBe(true);
    expect(isVersionConflict({ code: '22023', message: 'Titel moet tussen 2 en 200 tekens zijn.' })).toBe(false);
  });

  it('tells a lost connection (retry later) from a refusal by the server (show it)', () => {
    expect(isConnectionFailure({ code: '', message: 'TypeError: Failed to fetch' })).toBe(true);
    expect(isConnectionFailure({ code: '42501', message: 'Geen rechten' })).toBe(false);
  });
});
