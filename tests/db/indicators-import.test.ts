// Admins load figures (issue 14): a CSV in the CBS layout for a year is checked first (which wijken and figures,
// what changes, which codes are unknown), then loaded all or nothing; a bad file gets a problem per row and column
// and changes nothing; nobody but an admin may check or load. Who may call what: permissions.ts.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../utils/test-db';
import { publicFingerprint, rolledBack, scalar } from './db-helpers';
import { district, errorOf, list, valueOf, type Json } from './documents-helpers';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db.close();
});

const lit = (v: unknown) => `'${JSON.stringify(v).replaceAll("'", "''")}'::jsonb`;
const arr = (cells: string[]) => `array[${cells.map((c) => `'${c.replaceAll("'", "''")}'`).join(', ')}]::text[]`;
const CBS_2025 = { key: 'cbs-86165ned' };

function importCall(year: number, header: string[], rows: unknown[], apply = false, source: unknown = CBS_2025) {
  return `public.admin_import_indicator_values(${year}, ${lit(source)}, ${arr(header)}, ${lit(rows)}, ${apply}, 'kerncijfers-${year}.csv')`;
}
const valueIn = (tx: Transaction, key: string, year: number, code: string) =>
  scalar<number | null>(
    tx,
    `select v.value::float8 from public.indicator_values v join public.indicators i on i.id = v.indicator_id
     where i.key = '${key}' and v.year = ${year} and v.district_id = ${district(code)}`,
  );

describe('checking a CSV before loading it', () => {
  it('says which wijken and figures it holds, what changes, what is new and which columns are ignored', async () => {
    await rolledBack(db, async (tx) => {
      const r = await valueOf(
        tx,
        'admin',
        importCall(
          2025,
          ['WijkenEnBuurten', 'Naam', 'AantalInwoners_5', 'Koopwoningen_47', 'Onbekend_99'],
          [
            ['WK085510  ', 'Binnenstad', '8080', '19'], // unchanged (StatLine pads codes with spaces)
            ['WK085511', 'Hoogvenne', '6170', '51,5'], // changed: a decimal comma is a decimal point
            ['WK085541', 'De Oude Warande', '20', '.'], // '.': suppressed, stays unknown
          ],
        ),
      );
      expect(r).toMatchObject({
        year: 2025,
        district_count: 3,
        can_apply: true,
        applied: false,
        problem_count: 0,
        ignored_columns: ['Naam', 'Onbekend_99'],
        unknown_codes: [],
        source: { key: 'cbs-86165ned', transcribed: true },
      });
      expect(list(r, 'indicators')).toEqual([
        expect.objectContaining({
          key: 'inwoners',
          column: 'AantalInwoners_5',
          new: 0,
          changed: 1,
          unchanged: 2,
          unknown: 0,
        }),
        expect.objectContaining({ key: 'aandeel-koopwoningen', new: 0, changed: 1, unchanged: 2, unknown: 1 }),
      ]);
      expect(list(r, 'changes')).toEqual([
        expect.objectContaining({ code: 'WK085511', key: 'aandeel-koopwoningen', old: 50, new: 51.5 }),
        expect.objectContaining({ code: 'WK085511', key: 'inwoners', old: 6160, new: 6170 }),
      ]);
      expect(list(r, 'missing_districts')).toHaveLength(56);
      // a check writes nothing
      expect(await valueIn(tx, 'inwoners', 2025, 'WK085511')).toBe(6160);
    });
  });

  it('names every problem: an unknown or missing wijk code, a cell that is not a number, another year, a repeat', async () => {
    await rolledBack(db, async (tx) => {
      const r = await valueOf(
        tx,
        'admin',
        importCall(
          2026,
          ['code', 'jaar', 'AantalInwoners_5'],
          [
            ['WK085510', '2026', '8100'],
            ['WK089999', '2026', '10'],
            ['WK085511', '2026', 'veel'],
            ['WK085512', '2025', '2400'],
            ['WK085510', '2026', '8100'],
            ['', '2026', '5'],
            'geen rij',
          ],
        ),
      );
      expect(r).toMatchObject({ can_apply: false, problem_count: 7, unknown_codes: ['WK089999'] });
      expect(list(r, 'problems')).toEqual([
        { problem: 'duplicate_code', row: 1, value: 'WK085510' },
        { problem: 'unknown_code', row: 2, value: 'WK089999' },
        { problem: 'not_a_number', row: 3, code: 'WK085511', column: 'AantalInwoners_5', value: 'veel' },
        { problem: 'year_mismatch', row: 4, value: '2025' },
        { problem: 'duplicate_code', row: 5, value: 'WK085510' },
        { problem: 'missing_code', row: 6, value: '' },
        { problem: 'not_a_row', row: 7 },
      ]);
    });
  });

  it('a file without a code column or without a known figure says so', async () => {
    await rolledBack(db, async (tx) => {
      const r = await valueOf(tx, 'admin', importCall(2026, ['wijk', 'iets'], [['WK085510', '1']]));
      expect(list(r, 'problems')).toEqual([{ problem: 'no_code_column' }, { problem: 'no_known_columns' }]);
    });
  });
});

describe('loading a CSV', () => {
  it('a bad file is refused with a clear message and changes nothing', async () => {
    await rolledBack(db, async (tx) => {
      const before = await publicFingerprint(tx);
      for (const rows of [[['WK089999', '10']], [['WK085510', 'x1']]]) {
        const err = await errorOf(tx, 'admin', importCall(2026, ['code', 'AantalInwoners_5'], rows, true));
        expect(err.code).toBe('22023');
        expect(err.message).toMatch(/er is niets geladen/);
      }
      expect(await publicFingerprint(tx)).toBe(before);
    });
  });

  it('loads a new year with its source, unknown cells as NULL, and logs the import; a newer year becomes the latest', async () => {
    await rolledBack(db, async (tx) => {
      const source = {
        name: 'CBS StatLine Kerncijfers wijken en buurten 2026',
        credit: 'Bron: CBS',
        licence: 'CC BY 4.0',
      };
      const r = await valueOf(
        tx,
        'admin',
        importCall(
          2026,
          ['code', 'AantalInwoners_5', 'GemiddeldeWOZWaardeVanWoningen_39'],
          [
            ['WK085510', '8200', '320'],
            ['WK085565', '45', ''],
          ],
          true,
          source,
        ),
      );
      expect(r).toMatchObject({
        applied: true,
        new_source: false,
        source: { key: 'cbs-statline-kerncijfers-wijken-en-buurten-2026' },
      });
      expect(await valueIn(tx, 'inwoners', 2026, 'WK085510')).toBe(8200);
      expect(await valueIn(tx, 'woz-waarde', 2026, 'WK085565')).toBeNull();
      const map = await valueOf(tx, 'anon', `public.indicator_map('inwoners')`);
      expect(map).toMatchObject({ year: 2026, source: { credit: 'Bron: CBS', name: source.name } });
      const log = await valueOf(tx, 'admin', 'public.admin_indicator_imports()');
      expect((log as unknown as Json[])[0]).toMatchObject({
        year: 2026,
        file_name: 'kerncijfers-2026.csv',
        indicator_keys: ['inwoners', 'woz-waarde'],
        inserted_count: 4,
        imported_by: 'Mark Jansen',
      });
      // loading the same file again changes nothing but the log
      const again = await valueOf(
        tx,
        'admin',
        importCall(2026, ['code', 'AantalInwoners_5'], [['WK085510', '8200']], false, {
          key: String((r.source as Json).key),
        }),
      );
      expect(list(again, 'indicators')[0]).toMatchObject({ new: 0, changed: 0, unchanged: 1 });
    });
  });
});

describe('who may load figures', () => {
  it('only admins: a visitor, a resident, a council member and an area team member may neither check nor load', async () => {
    await rolledBack(db, async (tx) => {
      const before = await publicFingerprint(tx);
      for (const who of ['anon', 'resident', 'council', 'area_team_own_area'] as const) {
        for (const apply of [false, true]) {
          const err = await errorOf(
            tx,
            who,
            importCall(2026, ['code', 'AantalInwoners_5'], [['WK085510', '1']], apply),
          );
          expect(err.code, `${who} ${apply}`).toBe('42501');
        }
        expect((await errorOf(tx, who, 'public.admin_indicator_imports()')).code, who).toBe('42501');
      }
      expect(await publicFingerprint(tx)).toBe(before);
    });
  });
});
