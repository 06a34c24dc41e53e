import {
  chooseComparison,
  formatValue,
  labelEntryChange,
  revisionFields,
  revisionKey,
  versionRows,
  type EntryChange,
  type FormatContext,
  type Revision,
} from './model';

const ctx: FormatContext = {
  t: (key, options) => (options ? `${key}(${JSON.stringify(options)})` : key),
  themeName: (id) => ({ th1: 'Wonen', th2: 'Goede start' })[id],
  sectionTitle: (id) => ({ s1: 'Samen opgroeien', s2: 'Wonen en leefbaarheid' })[id],
  entryTitle: (id) => ({ l1: 'Veilige looproutes' })[id],
  date: (v) => `date:${v}`,
  euro: (v) => `€${v}`,
};

const item = {
  title: 'Veilige looproutes naar school',
  origin: 'resident_ambition',
  item_status: 'open',
  theme_id: 'th1',
  priority: 2,
  section_lineage_id: 's2',
  location: null,
  links: [],
};
const change = (over: Partial<EntryChange>): EntryChange => ({
  lineage_id: 'x',
  kind: 'agenda_item',
  change: 'changed',
  title: item.title,
  section_lineage_id: 's1',
  before: item,
  after: item,
  changed_fields: [],
  ...over,
});

describe('labelEntryChange', () => {
  it('calls an entry that only changed section "moved", and shows the section before → after', () => {
    const moved = change({ after: { ...item, section_lineage_id: 's1' }, changed_fields: ['section_lineage_id'] });
    expect(labelEntryChange(moved)).toEqual({
      label: 'moved',
      fields: [{ field: 'section_lineage_id', before: 's2', after: 's1' }],
    });
  });

  it('calls a move with other changes "movedAndChanged", the section first', () => {
    const c = change({
      after: { ...item, section_lineage_id: 's1', item_status: 'in_uitvoering' },
      changed_fields: ['item_status', 'section_lineage_id'],
    });
    expect(labelEntryChange(c).label).toBe('movedAndChanged');
    expect(labelEntryChange(c).fields.map((f) => f.field)).toEqual(['section_lineage_id', 'item_status']);
  });

  it('lists only the changed fields of a changed entry', () => {
    const c = change({ after: { ...item, item_status: 'gerealiseerd' }, changed_fields: ['item_status'] });
    expect(labelEntryChange(c)).toEqual({
      label: 'changed',
      fields: [{ field: 'item_status', before: 'open', after: 'gerealiseerd' }],
    });
  });

  it('shows the filled-in fields of an added or removed entry, on the side it exists', () => {
    const added = labelEntryChange(change({ change: 'added', before: null }));
    expect(added.label).toBe('added');
    expect(added.fields).toEqual([
      { field: 'origin', before: null, after: 'resident_ambition' },
      { field: 'item_status', before: null, after: 'open' },
      { field: 'theme_id', before: null, after: 'th1' },
      { field: 'priority', before: null, after: 2 },
    ]);
    const removed = labelEntryChange(change({ change: 'removed', after: null }));
    expect(removed.fields[0]).toEqual({ field: 'origin', before: 'resident_ambition', after: null });
  });
});

describe('formatValue', () => {
  it.each([
    ['origin', 'municipal_task', 'labels.origin.municipal_task'],
    ['item_status', 'in_uitvoering', 'labels.itemStatus.in_uitvoering'],
    ['action_status', 'vertraagd', 'labels.actionStatus.vertraagd'],
    ['status', 'vastgesteld', 'status.vastgesteld'],
    ['priority', 1, 'labels.priority.1'],
    ['theme_id', 'th2', 'Goede start'],
    ['theme_id', 'gone', 'versions.value.unknown'],
    ['section_lineage_id', 's1', 'Samen opgroeien'],
    ['section_id', 'gone', 'versions.value.unknownSection'],
    ['links', ['l1'], 'Veilige looproutes'],
    ['links', [], 'versions.value.none'],
    ['districts', ['Heikant', 'Quirijnstok'], 'Heikant, Quirijnstok'],
    ['progress', 25, '25%'],
    ['budget_eur', 45000, '€45000'],
    ['end_date', '2026-09-30', 'date:2026-09-30'],
    ['location', { type: 'Point', coordinates: [5, 51] }, 'versions.value.point'],
    ['location', { type: 'Polygon', coordinates: [] }, 'versions.value.area'],
    ['owner_name', null, 'versions.value.empty'],
    ['comments_open_to_residents', true, 'versions.value.yes'],
    ['title', 'Nieuwe titel', 'Nieuwe titel'],
  ])('%s %j → %s', (field, value, expected) => {
    expect(formatValue(field, value, ctx)).toBe(expected);
  });
});

const rev = (over: Partial<Revision>): Revision => ({
  id: 1,
  version_no: 1,
  entity: 'document',
  operation: 'update',
  title: 'Wijkagenda Noord',
  changed_fields: [],
  changed_by: { display_name: 'Fatima El Amrani' },
  changed_at: '2024-01-15T08:00:00Z',
  before: null,
  after: null,
  ...over,
});

describe('versionRows', () => {
  it('gives each version its first named author and its status changes in order, newest version first', () => {
    const rows = versionRows(
      [
        {
          id: 'a',
          version_no: 1,
          status: 'vastgesteld',
          title: 'W',
          created_at: '2024-01-15',
          adopted_at: '2024-04-18',
        },
        { id: 'b', version_no: 2, status: 'consultatie', title: 'W', created_at: '2026-09-14', adopted_at: null },
      ],
      [
        rev({
          id: 5,
          version_no: 2,
          operation: 'status',
          changed_at: '2026-10-26T09:04:00Z',
          after: { status: 'consultatie' },
        }),
        rev({
          id: 4,
          version_no: 2,
          operation: 'revision_started',
          changed_by: { display_name: 'Mark' },
          changed_at: '2026-09-14T07:04:00Z',
        }),
        rev({ id: 3, operation: 'status', changed_at: '2024-04-18T18:04:00Z', after: { status: 'vastgesteld' } }),
        rev({ id: 2, operation: 'status', changed_at: '2024-02-05T09:04:00Z', after: { status: 'consultatie' } }),
        rev({ id: 1, operation: 'insert', changed_by: null, changed_at: '2024-01-15T07:55:00Z' }),
      ],
    );
    expect(rows.map((r) => [r.version_no, r.drafted_by, r.steps.map((s) => s.status)])).toEqual([
      [2, 'Mark', ['consultatie']],
      [1, 'Fatima El Amrani', ['consultatie', 'vastgesteld']],
    ]);
  });
});

describe('chooseComparison', () => {
  const versions = [{ version_no: 1 }, { version_no: 2 }, { version_no: 3 }];
  it('takes the pair from the URL when both versions exist and differ', () => {
    expect(chooseComparison(versions, { from: 1, to: 3 })).toEqual({ from: 1, to: 3 });
  });
  it('falls back to the newest version against the one before', () => {
    expect(chooseComparison(versions, { from: null, to: null })).toEqual({ from: 2, to: 3 });
    expect(chooseComparison(versions, { from: 2, to: 2 })).toEqual({ from: 2, to: 3 });
    expect(chooseComparison(versions, { from: 1, to: 9 })).toEqual({ from: 2, to: 3 });
  });
  it('has nothing to compare with one version', () => {
    expect(chooseComparison([{ version_no: 1 }], { from: null, to: null })).toBeNull();
  });
});

describe('revisions', () => {
  it('shows changed fields without positions, and names what happened', () => {
    const move = rev({
      entity: 'entry',
      operation: 'move',
      changed_fields: ['position', 'section_id'],
      before: { kind: 'agenda_item', section_id: 's2', position: 1 },
      after: { kind: 'agenda_item', section_id: 's1', position: 2 },
    });
    expect(revisionFields(move)).toEqual([{ field: 'section_id', before: 's2', after: 's1' }]);
    expect(revisionKey(move)).toBe('entry_agenda_item.move');
    expect(revisionFields(rev({ operation: 'insert', changed_fields: [] }))).toEqual([]);
    expect(revisionKey(rev({ operation: 'status' }))).toBe('document.status');
  });
});
