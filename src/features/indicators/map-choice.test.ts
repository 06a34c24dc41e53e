import { mapChoiceOf, withMapChoice } from './map-choice';
import type { Catalog, CatalogIndicator } from './model';

const indicator = (key: string, years: number[]): CatalogIndicator =>
  ({
    key,
    years: years.map((year) => ({ year, with_value: 59, district_count: 59, source: null })),
  }) as CatalogIndicator;
const catalog = {
  indicators: [indicator('inwoners', [2024, 2025]), indicator('leeg', [])],
  sources: [],
  district_count: 59,
} as Catalog;

test('the figure and year come from the URL; an unknown year means the newest, an unknown figure none', () => {
  expect(mapChoiceOf(new URLSearchParams('kaart=inwoners&jaar=2024'), catalog)).toMatchObject({
    indicator: { key: 'inwoners' },
    year: 2024,
  });
  expect(mapChoiceOf(new URLSearchParams('kaart=inwoners&jaar=1999'), catalog)?.year).toBe(2025);
  expect(mapChoiceOf(new URLSearchParams('kaart=bestaat-niet'), catalog)).toBeNull();
  expect(mapChoiceOf(new URLSearchParams('kaart=leeg'), catalog)).toBeNull();
  expect(mapChoiceOf(new URLSearchParams('kaart=inwoners'), undefined)).toBeNull();
});

test('choosing keeps the other parameters; the areas again drop the figure and its year', () => {
  const chosen = withMapChoice(new URLSearchParams('status=open'), 'inwoners', 2024);
  expect(chosen.toString()).toBe('status=open&kaart=inwoners&jaar=2024');
  expect(withMapChoice(chosen, null).toString()).toBe('status=open');
});
