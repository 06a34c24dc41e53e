import { describe, expect, it } from 'vitest';
import { figuresCsv, figuresGeoJson } from './export';
import type { AreaFigures, Figure, Indicator, Source } from './model';

const source: Source = {
  key: 'cbs-86165ned',
  name: 'CBS StatLine 86165NED, Kerncijfers wijken en buurten 2025',
  publisher: 'CBS',
  credit: 'Bron: CBS',
  licence: 'CC BY 4.0',
  url: 'https://www.cbs.nl/nl-nl/cijfers/detail/86165NED',
  transcribed: true,
  note_nl: '',
  note_en: '',
};
const indicator = (key: string, name: string): Indicator => ({
  id: key,
  key,
  name_nl: name,
  name_en: `${name} (en)`,
  unit: 'count',
  aggregation: 'sum',
  decimals: 0,
  is_key_figure: true,
  sort_order: 0,
  cbs_columns: [],
  note_nl: '',
  note_en: '',
  base: null,
});
const aggregate = {
  year: 2025,
  value: 1,
  district_count: 1,
  with_value: 1,
  missing: [],
  base_year: null,
  base_share: null,
};
const figure = (key: string, name: string): Figure => ({
  indicator: indicator(key, name),
  year: 2025,
  source,
  scope: aggregate,
  city: aggregate,
});
const data: AreaFigures = {
  area: { id: 'a', slug: 'noord', name: 'Noord' },
  figures: [figure('inwoners', 'Inwoners'), figure('woz-waarde', 'WOZ')],
  districts: [
    {
      id: 'd1',
      code: 'WK085542',
      name: 'Stokhasselt',
      kind: 'wijk',
      area: { slug: 'noord', name: 'Noord' },
      values: { inwoners: 7060, 'woz-waarde': 251.5 },
    },
    {
      id: 'd2',
      code: 'WK085559',
      name: 'Kraaiven',
      kind: 'wijk',
      area: { slug: 'noord', name: 'Noord' },
      values: { inwoners: 45, 'woz-waarde': null },
    },
  ],
};

describe('exports of the figures', () => {
  it('CSV: a row per wijk; each column names its figure, year, source and licence; unknown stays empty', () => {
    const csv = figuresCsv(data, 'nl', {
      code: 'Wijkcode',
      name: 'Wijk',
      area: 'Gebied',
      transcribed: 'met de hand overgenomen',
    });
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe(
      'Wijkcode;Wijk;Gebied;"Inwoners 2025 (Bron: CBS, CBS StatLine 86165NED, Kerncijfers wijken en buurten 2025, CC BY 4.0, met de hand overgenomen)";"WOZ 2025 (Bron: CBS, CBS StatLine 86165NED, Kerncijfers wijken en buurten 2025, CC BY 4.0, met de hand overgenomen)"',
    );
    expect(rows).toEqual(['WK085542;Stokhasselt;Noord;7060;"251,5"', 'WK085559;Kraaiven;Noord;45;']);
  });

  it('GeoJSON: the wijk geometry with its figures as properties, the sources with their licence beside them', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [5, 51],
          [5.1, 51],
          [5.1, 51.1],
          [5, 51],
        ],
      ],
    };
    const json = figuresGeoJson(data, (code) => (code === 'WK085542' ? square : undefined), 'kerncijfers-noord');
    expect(json.sources).toEqual([
      { name: source.name, credit: 'Bron: CBS', licence: 'CC BY 4.0', url: source.url, transcribed: true },
    ]);
    expect(json.figures[0]).toMatchObject({ property: 'inwoners_2025', year: 2025, licence: 'CC BY 4.0' });
    expect(json.features).toEqual([
      {
        type: 'Feature',
        id: 'WK085542',
        geometry: square,
        properties: {
          code: 'WK085542',
          naam: 'Stokhasselt',
          gebied: 'Noord',
          inwoners_2025: 7060,
          'woz-waarde_2025': 251.5,
        },
      },
    ]);
  });
});
