// Figures per wijk (issue 14), as a reader sees them: values with unit, year and source, unknown values and wijken
// without a value named, and the table of an area's wijken sorted by keyboard, each wijk a link to its page.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DistrictFiguresTable } from '@/features/indicators/components/district-figures-table';
import { FiguresTable } from '@/features/indicators/components/figures-table';
import type { Aggregate, Figure, FigureDistrict, Indicator, Source } from '@/features/indicators/model';
import { renderWithApp } from '../utils/render';

const CBS: Source = {
  key: 'cbs-86165ned',
  name: 'CBS StatLine 86165NED, Kerncijfers wijken en buurten 2025',
  publisher: 'CBS',
  credit: 'Bron: CBS',
  licence: 'CC BY 4.0',
  url: 'https://www.cbs.nl/nl-nl/cijfers/detail/86165NED',
  transcribed: true,
  note_nl: 'Met de hand overgenomen.',
  note_en: 'Transcribed by hand.',
};
const indicator = (key: string, extra: Partial<Indicator> = {}): Indicator => ({
  id: key,
  key,
  name_nl: key,
  name_en: key,
  unit: 'count',
  aggregation: 'sum',
  decimals: 0,
  is_key_figure: true,
  sort_order: 0,
  cbs_columns: [],
  note_nl: '',
  note_en: '',
  base: null,
  ...extra,
});
const agg = (value: number | null, extra: Partial<Aggregate> = {}): Aggregate => ({
  year: 2025,
  value,
  district_count: 1,
  with_value: value === null ? 0 : 1,
  missing: [],
  base_year: null,
  base_share: null,
  ...extra,
});
const share65 = indicator('aandeel-65-plus', {
  name_nl: 'Inwoners 65 jaar en ouder (aandeel)',
  unit: 'percent',
  aggregation: 'weighted_mean',
  base: { key: 'inwoners', name_nl: 'Inwoners', name_en: 'Inhabitants' },
});

test('an area against the city: values with unit, year and source, and which wijken lack a value', () => {
  const figures: Figure[] = [
    {
      indicator: indicator('inwoners', { name_nl: 'Inwoners' }),
      year: 2025,
      source: CBS,
      scope: agg(44435, { district_count: 15, with_value: 15 }),
      city: agg(230335, { district_count: 59, with_value: 59 }),
    },
    {
      indicator: share65,
      year: 2024,
      source: {
        ...CBS,
        key: 'pdok',
        name: 'CBS/Kadaster Wijk- en buurtkaart 2024 (PDOK)',
        credit: 'Bron: CBS, Kadaster',
        transcribed: false,
      },
      scope: agg(13.778064, {
        year: 2024,
        district_count: 15,
        with_value: 14,
        missing: [{ code: 'WK085565', name: 'Buitengebied Tilburg Noord-West' }],
        base_year: 2024,
        base_share: 0.999106,
      }),
      city: agg(17.383783, { year: 2024, district_count: 59, with_value: 54, base_year: 2024, base_share: 0.999369 }),
    },
  ];
  renderWithApp(<FiguresTable figures={figures} caption="Cijfers van Reeshof" scopeLabel="Reeshof" />);
  const table = screen.getByRole('table', { name: 'Cijfers van Reeshof' });
  expect(within(table).getByRole('row', { name: /^Inwoners ?2025/ })).toHaveTextContent(
    'Inwoners2025 · Bron: CBS (met de hand overgenomen)44.435230.335',
  );
  const row = within(table).getByRole('row', { name: /65 jaar/ });
  expect(row).toHaveTextContent('2024 · Bron: CBS, Kadaster');
  expect(row).toHaveTextContent(
    'Reeshof: 1 van 15 wijken zonder waarde: Buitengebied Tilburg Noord-West; de wijken met een waarde hebben samen 99,9% van de inwoners',
  );
  expect(row).toHaveTextContent('Tilburg: 5 van 59 wijken zonder waarde');
  expect(row).toHaveTextContent(/13,8%17,4%$/);
  expect(screen.getByRole('link', { name: CBS.name })).toHaveAttribute('href', CBS.url);
  expect(screen.getAllByText(/Licentie CC BY 4\.0/)).toHaveLength(2);
});

test('a wijk shows "onbekend" where CBS suppressed its value, and says why', () => {
  renderWithApp(
    <FiguresTable
      figures={[
        {
          indicator: share65,
          year: 2024,
          source: CBS,
          scope: agg(null),
          city: agg(17.38, { district_count: 59, with_value: 54 }),
        },
      ]}
      caption="Kraaiven"
      scopeLabel="Kraaiven"
      single
    />,
  );
  expect(screen.getByRole('row', { name: /65 jaar/ })).toHaveTextContent(/onbekend17,4%$/);
  expect(screen.getByText(/CBS heeft dit cijfer voor deze wijk niet gepubliceerd/)).toBeInTheDocument();
});

test("the table of an area's wijken: a column heading sorts it by keyboard, unknown values last, a name opens the wijk", async () => {
  const user = userEvent.setup();
  const figure: Figure = {
    indicator: share65,
    year: 2024,
    source: CBS,
    scope: agg(13.8, { year: 2024 }),
    city: agg(17.4, { year: 2024 }),
  };
  const districts: FigureDistrict[] = (
    [
      ['WK085550', 'Heyhoef', 88],
      ['WK085547', 'Heikant', 15],
      ['WK085565', 'Buitengebied Tilburg Noord-West', null],
      ['WK085557', 'Witbrant', 4],
    ] as const
  ).map(([code, name, value]) => ({
    id: code,
    code,
    name,
    kind: 'wijk',
    area: { slug: 'reeshof', name: 'Reeshof' },
    values: { 'aandeel-65-plus': value },
  }));
  renderWithApp(<DistrictFiguresTable districts={districts} figures={[figure]} caption="Wijken in Reeshof" />);
  const table = screen.getByRole('table', { name: 'Wijken in Reeshof' });
  const names = () =>
    within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
  expect(names()).toEqual(['Buitengebied Tilburg Noord-West', 'Heikant', 'Heyhoef', 'Witbrant']);
  expect(within(table).getByRole('row', { name: /Noord-West/ })).toHaveTextContent('onbekend');
  within(table)
    .getByRole('button', { name: /65 jaar/ })
    .focus();
  await user.keyboard('{Enter}');
  expect(names()).toEqual(['Witbrant', 'Heikant', 'Heyhoef', 'Buitengebied Tilburg Noord-West']);
  expect(within(table).getByRole('columnheader', { name: /65 jaar/ })).toHaveAttribute('aria-sort', 'ascending');
  await user.keyboard('{Enter}');
  expect(names()).toEqual(['Heyhoef', 'Heikant', 'Witbrant', 'Buitengebied Tilburg Noord-West']);
  expect(within(table).getByRole('link', { name: 'Heyhoef' })).toHaveAttribute('href', '/wijk/heyhoef');
});
