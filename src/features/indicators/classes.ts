// Classes for the map coloured by a figure: quantiles over the wijken that have a value, so each class holds about
// as many wijken; a class is shown by the smallest and largest value in it (so bounds never overlap). Colours:
// ColorBrewer YlGnBu, a sequential scale that stays readable for the common forms of colour blindness and in grey;
// "geen gegevens" is a grey with a dashed border, outside the scale.
export type FigureClass = { min: number; max: number; count: number };

export const SEQUENTIAL = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
export const NO_DATA_COLOR = '#bdbdbd';

export function quantileClasses(values: readonly (number | null)[], count = SEQUENTIAL.length): FigureClass[] {
  const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const uppers: number[] = [];
  for (let i = 1; i <= count; i++) {
    const upper = sorted[Math.ceil((i * sorted.length) / count) - 1]!;
    if (uppers.at(-1) !== upper) uppers.push(upper);
  }
  let lower = -Infinity;
  return uppers.map((upper) => {
    const members = sorted.filter((v) => v > lower && v <= upper);
    lower = upper;
    return { min: members[0]!, max: upper, count: members.length };
  });
}

/** The class a value falls in (0-based), or null for an unknown value. */
export function classIndex(classes: readonly FigureClass[], value: number | null): number | null {
  if (value === null || classes.length === 0) return null;
  const i = classes.findIndex((c) => value <= c.max);
  return i < 0 ? classes.length - 1 : i;
}

/** The colour of class `index` of `total` classes, spread over the scale when there are fewer than five. */
export function classColor(index: number | null, total: number): string {
  if (index === null) return NO_DATA_COLOR;
  if (total <= 1) return SEQUENTIAL[2];
  return SEQUENTIAL[Math.round((index * (SEQUENTIAL.length - 1)) / (total - 1))]!;
}
