import { AppError } from '@/lib/supabase/unwrap';
import {
  entryFormDefaults,
  entryFormSchema,
  isVersionConflict,
  movedPosition,
  parseVersionParam,
  placeCentre,
  pointPlace,
  threadsFor,
  toEntryArgs,
  type CommentThread,
} from './model';

describe('parseVersionParam', () => {
  it('reads a positive version number and ignores anything else', () => {
    expect(parseVersionParam('2')).toBe(2);
    expect(parseVersionParam(null)).toBeUndefined();
    expect(parseVersionParam('0')).toBeUndefined();
    expect(parseVersionParam('-1')).toBeUndefined();
    expect(parseVersionParam('2; drop')).toBeUndefined();
  });
});

describe('movedPosition', () => {
  it('moves one place up or down and stops at either end', () => {
    expect(movedPosition(1, 3, -1)).toBe(0);
    expect(movedPosition(1, 3, 1)).toBe(2);
    expect(movedPosition(0, 3, -1)).toBeNull();
    expect(movedPosition(2, 3, 1)).toBeNull();
  });
});

describe('isVersionConflict', () => {
  it('recognises the optimistic-lock error (40001) and nothing else', () => {
    expect(isVersionConflict(new AppError('unknown', 'Iemand anders…', '40001'))).toBe(true);
    expect(isVersionConflict(new AppError('forbidden', 'Nee', '42501'))).toBe(false);
    expect(isVersionConflict(new Error('40001'))).toBe(false);
  });
});

describe('places', () => {
  it('rounds a picked point to 6 decimals and takes the centre of a polygon without its closing point', () => {
    expect(pointPlace(5.123456789, 51.987654321).coordinates).toEqual([5.123457, 51.987654]);
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [5, 51],
          [5.2, 51],
          [5.2, 51.2],
          [5, 51.2],
          [5, 51],
        ],
      ],
    };
    const [lng, lat] = placeCentre(square);
    expect(lng).toBeCloseTo(5.1);
    expect(lat).toBeCloseTo(51.1);
  });
});

describe('threadsFor', () => {
  it('keeps the threads about one entry, or about the document as a whole', () => {
    const threads = [
      { id: 'a', entry_id: 'e1' },
      { id: 'b', entry_id: null },
    ] as CommentThread[];
    expect(threadsFor(threads, 'e1').map((t) => t.id)).toEqual(['a']);
    expect(threadsFor(threads, null).map((t) => t.id)).toEqual(['b']);
  });
});

describe('entry form', () => {
  const valid = { ...entryFormDefaults(), title: 'Een speeltuin' };

  it('refuses a too short title, an end before the start, and a done action below 100%', () => {
    const issues = (v: object) =>
      entryFormSchema.safeParse({ ...valid, ...v }).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];
    expect(issues({ title: 'x' })).toEqual(['title:documents.errors.titleLength']);
    expect(issues({ startDate: '2027-02-01', endDate: '2027-01-01' })).toEqual([
      'endDate:documents.errors.endBeforeStart',
    ]);
    expect(issues({ actionStatus: 'gereed', progress: '80' })).toEqual(['progress:documents.errors.doneIs100']);
    expect(issues({ progress: '101' })).toEqual(['progress:documents.errors.progress']);
    expect(issues({ budget: '12.500,00' })).toEqual(['budget:documents.errors.budget']);
    expect(issues({ budget: '2500,50' })).toEqual([]);
  });

  it('sends only the fields of the entry kind, with empty optional fields left out', () => {
    const item = toEntryArgs('agenda_item', { ...valid, ownerName: '  ', priority: '1' }, null);
    expect(item).toEqual({
      p_title: 'Een speeltuin',
      p_body: '',
      p_theme_id: undefined,
      p_location: undefined,
      p_origin: 'resident_ambition',
      p_priority: 1,
      p_owner_name: undefined,
      p_item_status: 'open',
    });
    const action = toEntryArgs('plan_action', { ...valid, budget: '2500,50', progress: '40' }, pointPlace(5, 51));
    expect(action).toMatchObject({ p_budget_eur: 2500.5, p_progress: 40, p_owner_kind: 'gemeente' });
    expect(action).not.toHaveProperty('p_origin');
    expect(toEntryArgs('vision_goal', valid, null)).not.toHaveProperty('p_priority');
  });
});
