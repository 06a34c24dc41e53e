import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classColor, classIndex, NO_DATA_COLOR, quantileClasses, SEQUENTIAL } from './classes';

/** The share of inhabitants aged 65 and over per wijk, 2024, as in supabase/data/cbs (empty: suppressed by CBS). */
function share65(): Map<string, number | null> {
  const [header, ...rows] = readFileSync(
    join(process.cwd(), 'supabase/data/cbs/tilburg-wijken-kerncijfers.csv'),
    'utf8',
  )
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  const col = header!.indexOf('percentagePersonen65JaarEnOuder');
  return new Map(rows.map((r) => [r[0]!, r[col] === '' ? null : Number(r[col])]));
}

test('the map of the share 65+ (2024) has five quantile classes of the 54 wijken with a value, bounds from the data', () => {
  const values = share65();
  const classes = quantileClasses([...values.values()]);
  // worked out by hand from the sorted 54 values: ranks 11, 22, 33, 44 and 54 are the upper bounds
  expect(classes).toEqual([
    { min: 2, max: 13, count: 15 },
    { min: 14, max: 16, count: 9 },
    { min: 17, max: 18, count: 9 },
    { min: 19, max: 22, count: 11 },
    { min: 23, max: 88, count: 10 },
  ]);
  const classOf = (code: string) => classIndex(classes, values.get(code) ?? null);
  expect(classOf('WK085510')).toBe(2); // Binnenstad, 17 %
  expect(classOf('WK085550')).toBe(4); // Heyhoef, 88 %
  expect(classOf('WK085541')).toBeNull(); // De Oude Warande: suppressed, "geen gegevens"
});

test('colours: a sequential scale from light to dark, spread when there are fewer classes; unknown is grey', () => {
  expect([0, 1, 2, 3, 4].map((i) => classColor(i, 5))).toEqual([...SEQUENTIAL]);
  expect([0, 1, 2].map((i) => classColor(i, 3))).toEqual([SEQUENTIAL[0], SEQUENTIAL[2], SEQUENTIAL[4]]);
  expect(classColor(null, 5)).toBe(NO_DATA_COLOR);
  expect(SEQUENTIAL).not.toContain(NO_DATA_COLOR);
});

test('few distinct values make fewer classes; no values make none', () => {
  expect(quantileClasses([1, 1, 1, 2])).toEqual([
    { min: 1, max: 1, count: 3 },
    { min: 2, max: 2, count: 1 },
  ]);
  expect(quantileClasses([null, null])).toEqual([]);
  expect(classIndex([], 5)).toBeNull();
});
