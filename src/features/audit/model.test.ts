import { describe, expect, it } from 'vitest';
import { shownFields, type AuditItem } from './model';

const item = (over: Partial<AuditItem>): AuditItem => ({
  key: 'a1',
  kind: 'area',
  entity: 'area',
  entity_id: 'x',
  operation: 'update',
  title: 'Noord',
  document: null,
  area: null,
  changed_at: '2026-11-23T10:00:00Z',
  changed_by: null,
  changed_fields: [],
  before: null,
  after: null,
  ...over,
});

describe('shownFields', () => {
  it('shows only the changed fields of an update, before and after', () => {
    const fields = shownFields(
      item({
        changed_fields: ['description'],
        before: { description: 'Oud', name: 'Noord' },
        after: { description: 'Nieuw', name: 'Noord' },
      }),
    );
    expect(fields).toEqual([{ field: 'description', before: 'Oud', after: 'Nieuw' }]);
  });

  it('shows every meaningful field of a removed row, with a dash for what is gone', () => {
    const fields = shownFields(
      item({ operation: 'delete', before: { id: '1', role: 'area_team', area_id: null }, after: null }),
    );
    expect(fields).toEqual([
      { field: 'role', before: 'area_team', after: '—' },
      { field: 'area_id', before: '—', after: '—' },
    ]);
  });
});
