// Writes, from the CBS figures in supabase/data/cbs (run: npm run cbs:generate):
//   supabase/migrations/20261202150100_load_cbs_figures.sql  reference data every deployment needs: the sources, the
//       indicator catalog and one value per wijk, indicator and year (applied by `supabase db push`)
// `npm run cbs:generate -- --from ../shared/data/cbs` first copies the CSVs from the research folder (a refresh);
// supabase/data/cbs/PROVENANCE.md says where every column comes from. An empty cell is a value CBS suppressed or did
// not publish: it is loaded as NULL (unknown), never as 0.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
export const CBS_DATA_DIR = join(root, 'supabase', 'data', 'cbs');
export const CBS_MIGRATION_PATH = 'supabase/migrations/20261202150100_load_cbs_figures.sql';

type Source = {
  key: string;
  name: string;
  publisher: string;
  credit: string;
  url: string;
  transcribed?: boolean;
  note_nl?: string;
  note_en?: string;
};

export const SOURCES: Source[] = [
  {
    key: 'cbs-85984ned',
    name: 'CBS StatLine 85984NED, Kerncijfers wijken en buurten 2024',
    publisher: 'CBS',
    credit: 'Bron: CBS',
    url: 'https://www.cbs.nl/nl-nl/cijfers/detail/85984NED',
  },
  {
    key: 'cbs-kadaster-wijk-en-buurtkaart-2024',
    name: 'CBS/Kadaster Wijk- en buurtkaart 2024 (PDOK)',
    publisher: 'CBS en Kadaster',
    credit: 'Bron: CBS, Kadaster',
    url: 'https://service.pdok.nl/cbs/wijkenbuurten/2024/wfs/v1_0',
  },
  {
    key: 'cbs-86165ned',
    name: 'CBS StatLine 86165NED, Kerncijfers wijken en buurten 2025',
    publisher: 'CBS',
    credit: 'Bron: CBS',
    url: 'https://www.cbs.nl/nl-nl/cijfers/detail/86165NED',
    transcribed: true,
    note_nl:
      'Met de hand overgenomen uit een samengevoegd bestand (AnneVersion/geoinzicht-app, wijken_2025.geojson) en daarna gecontroleerd; controleer steekproefsgewijs vóór publicatie.',
    note_en:
      'Transcribed by hand from a merged file (AnneVersion/geoinzicht-app, wijken_2025.geojson) and checked afterwards; spot-check before publishing.',
  },
  {
    key: 'cbs-85618ned',
    name: 'CBS StatLine 85618NED, Kerncijfers wijken en buurten 2023',
    publisher: 'CBS',
    credit: 'Bron: CBS',
    url: 'https://www.cbs.nl/nl-nl/cijfers/detail/85618NED',
    note_nl: 'Welk inkomensjaar CBS in deze tabel rapporteert, is niet nagegaan.',
    note_en: 'Which income year CBS reports in this table has not been verified.',
  },
];

type Unit = 'count' | 'percent' | 'eur_thousand' | 'per_km2' | 'hectare' | 'persons_per_household';
export type IndicatorDef = {
  key: string;
  columns: string[];
  nl: string;
  en: string;
  unit: Unit;
  /** a count sums; a percentage or average is weighted by its base (the key of a count) */
  base?: string;
  decimals?: number;
  keyFigure?: boolean;
  note_nl?: string;
  note_en?: string;
};

const DERIVED_NL =
  'Berekend door de auteur van de gebruikte kopie uit de CBS-aantallen (eenpersoonshuishoudens gedeeld door huishoudens); CBS publiceert dit niet als percentage.';
const DERIVED_EN =
  'Computed by the author of the copy used from the CBS counts (single-person households divided by households); CBS does not publish it as a percentage.';

/** The catalog, in display order. Bases come before the figures they weigh. */
export const INDICATORS: IndicatorDef[] = [
  { key: 'inwoners', columns: ['AantalInwoners_5'], nl: 'Inwoners', en: 'Inhabitants', unit: 'count', keyFigure: true },
  { key: 'mannen', columns: ['Mannen_6'], nl: 'Mannen', en: 'Men', unit: 'count' },
  { key: 'vrouwen', columns: ['Vrouwen_7'], nl: 'Vrouwen', en: 'Women', unit: 'count' },
  ...(
    [
      ['0-15', '0Tot15Jaar', 'k_0Tot15Jaar_8', '0 tot 15 jaar', 'aged 0 to 15'],
      ['15-25', '15Tot25Jaar', 'k_15Tot25Jaar_9', '15 tot 25 jaar', 'aged 15 to 25'],
      ['25-45', '25Tot45Jaar', 'k_25Tot45Jaar_10', '25 tot 45 jaar', 'aged 25 to 45'],
      ['45-65', '45Tot65Jaar', 'k_45Tot65Jaar_11', '45 tot 65 jaar', 'aged 45 to 65'],
      ['65-plus', '65JaarEnOuder', 'k_65JaarOfOuder_12', '65 jaar en ouder', 'aged 65 and over'],
    ] as const
  ).flatMap(([key, pdok, count, nl, en]): IndicatorDef[] => [
    {
      key: `aandeel-${key}`,
      columns: [`percentagePersonen${pdok}`],
      nl: `Inwoners ${nl} (aandeel)`,
      en: `Inhabitants ${en} (share)`,
      unit: 'percent',
      base: 'inwoners',
      keyFigure: true,
    },
    { key: `inwoners-${key}`, columns: [count], nl: `Inwoners ${nl}`, en: `Inhabitants ${en}`, unit: 'count' },
  ]),
  {
    key: 'huishoudens',
    columns: ['aantalHuishoudens', 'HuishoudensTotaal_29'],
    nl: 'Huishoudens',
    en: 'Households',
    unit: 'count',
    keyFigure: true,
  },
  {
    key: 'huishoudensgrootte',
    columns: ['gemiddeldeHuishoudsgrootte'],
    nl: 'Gemiddelde huishoudensgrootte',
    en: 'Average household size',
    unit: 'persons_per_household',
    base: 'huishoudens',
    decimals: 1,
  },
  {
    key: 'eenpersoonshuishoudens',
    columns: ['Eenpersoonshuishoudens_30'],
    nl: 'Eenpersoonshuishoudens',
    en: 'Single-person households',
    unit: 'count',
  },
  {
    key: 'aandeel-eenpersoonshuishoudens',
    columns: ['derived_pct_Eenpersoonshuishoudens_30'],
    nl: 'Eenpersoonshuishoudens (aandeel)',
    en: 'Single-person households (share)',
    unit: 'percent',
    base: 'huishoudens',
    decimals: 1,
    keyFigure: true,
    note_nl: DERIVED_NL,
    note_en: DERIVED_EN,
  },
  {
    key: 'huishoudens-met-kinderen',
    columns: ['HuishoudensMetKinderen_32'],
    nl: 'Huishoudens met kinderen',
    en: 'Households with children',
    unit: 'count',
  },
  {
    key: 'woningvoorraad',
    columns: ['Woningvoorraad_35'],
    nl: 'Woningvoorraad',
    en: 'Housing stock',
    unit: 'count',
    keyFigure: true,
    note_nl: 'Aantal woningen op 1 januari.',
    note_en: 'Number of dwellings on 1 January.',
  },
  {
    key: 'woz-waarde',
    columns: ['GemiddeldeWOZWaardeVanWoningen_39'],
    nl: 'Gemiddelde WOZ-waarde van woningen',
    en: 'Average WOZ value of dwellings',
    unit: 'eur_thousand',
    base: 'woningvoorraad',
    keyFigure: true,
    note_nl: 'De peildatum is die van CBS-tabel 86165NED (niet nagegaan).',
    note_en: 'The reference date is that of CBS table 86165NED (not verified).',
  },
  {
    key: 'aandeel-koopwoningen',
    columns: ['Koopwoningen_47'],
    nl: 'Koopwoningen (aandeel)',
    en: 'Owner-occupied dwellings (share)',
    unit: 'percent',
    base: 'woningvoorraad',
    keyFigure: true,
  },
  {
    key: 'aandeel-huurwoningen',
    columns: ['HuurwoningenTotaal_48'],
    nl: 'Huurwoningen (aandeel)',
    en: 'Rented dwellings (share)',
    unit: 'percent',
    base: 'woningvoorraad',
    keyFigure: true,
  },
  {
    key: 'aandeel-corporatiewoningen',
    columns: ['InBezitWoningcorporatie_49'],
    nl: 'Huurwoningen van een woningcorporatie (aandeel)',
    en: 'Dwellings owned by a housing corporation (share)',
    unit: 'percent',
    base: 'woningvoorraad',
    keyFigure: true,
  },
  {
    key: 'huishoudens-sociaal-minimum',
    columns: ['HuishOnderOfRondSociaalMinimum_88'],
    nl: 'Huishoudens onder of rond het sociaal minimum (aandeel)',
    en: 'Households below or around the social minimum (share)',
    unit: 'percent',
    base: 'huishoudens',
    decimals: 1,
    keyFigure: true,
  },
  {
    key: 'oppervlakte-land',
    columns: ['OppervlakteLand_123'],
    nl: 'Oppervlakte land',
    en: 'Land area',
    unit: 'hectare',
  },
  {
    key: 'bevolkingsdichtheid',
    columns: ['Bevolkingsdichtheid_34'],
    nl: 'Bevolkingsdichtheid',
    en: 'Population density',
    unit: 'per_km2',
    base: 'oppervlakte-land',
    note_nl: 'Inwoners per km² land; CBS publiceert het alleen bij 10 of meer inwoners.',
    note_en: 'Inhabitants per km² of land; CBS publishes it only where there are 10 or more inhabitants.',
  },
  {
    key: 'oppervlakte-totaal',
    columns: ['OppervlakteTotaal_122'],
    nl: 'Oppervlakte totaal',
    en: 'Total area',
    unit: 'hectare',
  },
  {
    key: 'oppervlakte-water',
    columns: ['OppervlakteWater_124'],
    nl: 'Oppervlakte water',
    en: 'Water area',
    unit: 'hectare',
  },
  {
    key: 'personenautos',
    columns: ['personenautosTotaal'],
    nl: "Personenauto's",
    en: 'Passenger cars',
    unit: 'count',
  },
];

/** Which source each column of each file comes from (PROVENANCE.md). */
type DataFile = { file: string; year: number; source: (column: string) => string };
const STATLINE_2024 = new Set([
  'AantalInwoners_5',
  'Mannen_6',
  'Vrouwen_7',
  'Bevolkingsdichtheid_34',
  'Woningvoorraad_35',
  'OppervlakteTotaal_122',
  'OppervlakteLand_123',
  'OppervlakteWater_124',
]);
export const DATA_FILES: DataFile[] = [
  {
    file: 'tilburg-wijken-kerncijfers.csv',
    year: 2024,
    source: (c) => (STATLINE_2024.has(c) ? 'cbs-85984ned' : 'cbs-kadaster-wijk-en-buurtkaart-2024'),
  },
  { file: 'tilburg-wijken-kerncijfers-2025.csv', year: 2025, source: () => 'cbs-86165ned' },
  { file: 'tilburg-wijken-sociaal-minimum-2023.csv', year: 2023, source: () => 'cbs-85618ned' },
];
/** Columns in the files that are deliberately not loaded (PROVENANCE.md says why). */
export const NOT_LOADED = new Set([
  'derived_pct_Nederland_17',
  'derived_pct_EuropaExclusiefNederland_18',
  'derived_pct_BuitenEuropa_19',
]);

/** A simple CSV (the files have no quoted cells): header and rows of cells. */
export function readCsv(text: string): { header: string[]; rows: string[][] } {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const [header = '', ...rows] = lines;
  return { header: header.split(','), rows: rows.map((l) => l.split(',')) };
}

export type Cell = { code: string; key: string; year: number; source: string; value: number | null };

/** Every value in the files, as (wijk code, indicator key, year, source, value or null). */
export function cbsValues(dir = CBS_DATA_DIR): Cell[] {
  const byColumn = new Map(INDICATORS.flatMap((i) => i.columns.map((c) => [c, i.key] as const)));
  return DATA_FILES.flatMap(({ file, year, source }) => {
    const { header, rows } = readCsv(readFileSync(join(dir, file), 'utf8'));
    const unknown = header.filter(
      (h) => !['code', 'name', 'year'].includes(h) && !byColumn.has(h) && !NOT_LOADED.has(h),
    );
    if (unknown.length) throw new Error(`${file}: columns without an indicator: ${unknown.join(', ')}`);
    return rows.flatMap((cells) => {
      const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
      if (Number(row.year) !== year) throw new Error(`${file}: ${row.code} has year ${row.year}, expected ${year}`);
      return header.flatMap((h): Cell[] => {
        const key = byColumn.get(h);
        if (!key) return [];
        const text = (row[h] ?? '').trim();
        const value = text === '' ? null : Number(text);
        if (value !== null && !Number.isFinite(value)) throw new Error(`${file}: ${row.code} ${h} = "${text}"`);
        return [{ code: row.code!, key, year, source: source(h), value }];
      });
    });
  });
}

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;

function sourceSql(s: Source): string {
  return `insert into public.indicator_sources (key, name, publisher, credit, licence, url, transcribed, note_nl, note_en) values (${q(s.key)}, ${q(s.name)}, ${q(s.publisher)}, ${q(s.credit)}, 'CC BY 4.0', ${q(s.url)}, ${!!s.transcribed}, ${q(s.note_nl ?? '')}, ${q(s.note_en ?? '')}) on conflict (key) do nothing;`;
}

function indicatorSql(i: IndicatorDef, n: number): string {
  const columns = `array[${i.columns.map(q).join(', ')}]::text[]`;
  const base = i.base ? `(select id from public.indicators where key = ${q(i.base)})` : 'null';
  return `insert into public.indicators (key, cbs_columns, name_nl, name_en, unit, aggregation, base_indicator_id, decimals, is_key_figure, sort_order, note_nl, note_en) values (${q(i.key)}, ${columns}, ${q(i.nl)}, ${q(i.en)}, '${i.unit}', '${i.base ? 'weighted_mean' : 'sum'}', ${base}, ${i.decimals ?? 0}, ${!!i.keyFigure}, ${n * 10}, ${q(i.note_nl ?? '')}, ${q(i.note_en ?? '')}) on conflict (key) do nothing;`;
}

/** One statement per indicator, year and source: the wijk codes and values, joined to the districts by code. */
function valuesSql(cells: Cell[]): string[] {
  const groups = new Map<string, Cell[]>();
  for (const c of cells) {
    const k = `${c.key}|${c.year}|${c.source}`;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  return [...groups.values()].map((group) => {
    const { key, year, source } = group[0]!;
    const rows = group.map((c) => `(${q(c.code)}, ${c.value ?? 'null'})`).join(', ');
    return [
      `insert into public.indicator_values (indicator_id, year, district_id, value, source_id)`,
      `select i.id, ${year}, d.id, v.value::numeric, s.id from (values ${rows}) as v(code, value)`,
      `join public.districts d on d.code = v.code cross join public.indicators i cross join public.indicator_sources s`,
      `where i.key = ${q(key)} and s.key = ${q(source)} on conflict do nothing;`,
    ].join(' ');
  });
}

const indent = (lines: string[]) => lines.map((l) => `  ${l}`.trimEnd());

/** supabase/migrations/20261202150100_load_cbs_figures.sql */
export function cbsMigrationSql(dir = CBS_DATA_DIR): string {
  const cells = cbsValues(dir);
  const used = new Set(cells.map((c) => c.source));
  return [
    '-- GENERATED by scripts/generate-cbs.ts from supabase/data/cbs (see supabase/data/cbs/PROVENANCE.md). Do not edit by',
    '-- hand: change the generator or the data and run `npm run cbs:generate`.',
    '-- Data: CBS Kerncijfers wijken en buurten 2023, 2024 and 2025 and the CBS/Kadaster Wijk- en buurtkaart 2024.',
    '-- Licence: CC BY 4.0. Credit: "Bron: CBS" ("Bron: CBS, Kadaster" for the Wijk- en buurtkaart). The 2025 values were',
    '-- transcribed by hand from a merged copy and are labelled so (indicator_sources.transcribed).',
    '--',
    '-- Reference data: the sources, the indicator catalog and one value per wijk, indicator and year. NULL is a value',
    '-- CBS suppressed or did not publish (an empty cell): unknown, never 0. A migration, so `supabase db push` brings it',
    '-- to every project, and a newer year comes as a new migration. Every row is guarded (on conflict),',
    '-- and wijken are matched by CBS code, so a database whose wijken differ gets the values of the codes it has.',
    '-- Runs as postgres, which is not a superuser on Supabase: nothing here needs more than owning the tables.',
    'do $cbs$',
    'begin',
    ...indent([
      '-- sources',
      ...SOURCES.filter((s) => used.has(s.key)).map(sourceSql),
      '',
      '-- indicators: a count sums over wijken; a percentage or average is weighted by its base',
      ...INDICATORS.map(indicatorSql),
      '',
      `-- values: ${cells.length} cells, ${cells.filter((c) => c.value === null).length} of them unknown (NULL)`,
      ...valuesSql(cells),
    ]),
    'end $cbs$;',
    '',
  ].join('\n');
}

/** The generated file by path (relative to the project root); tests/db/indicators-data.test.ts compares it. */
export function generateCbsFiles(): Record<string, string> {
  return { [CBS_MIGRATION_PATH]: cbsMigrationSql() };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const from = process.argv.indexOf('--from');
  if (from > 0) {
    const dir = resolve(process.argv[from + 1] ?? '');
    for (const { file } of DATA_FILES) {
      copyFileSync(join(dir, file), join(CBS_DATA_DIR, file));
      console.log(`copied ${file} from ${dir}`);
    }
  }
  for (const [path, content] of Object.entries(generateCbsFiles())) {
    writeFileSync(join(root, path), content);
    console.log(`wrote ${path}`);
  }
  const cells = cbsValues();
  console.log(
    `cbs figures: ${INDICATORS.length} indicators, ${new Set(cells.map((c) => c.code)).size} wijken, ${cells.length} values (${cells.filter((c) => c.value === null).length} unknown)`,
  );
}
