// The benchmark's data set: 10,000 initiatives at deterministic points inside Tilburg's districts (more where more
// people live is not modelled: every district is equally likely), spread over the themes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomPointIn, seededRandom, type DistrictShape } from './geometry';

export const BENCH_INITIATIVE_COUNT = 10_000;

export type BenchInitiative = { n: number; district: string; lng: number; lat: number; theme: number };

export function tilburgDistricts(root: string): DistrictShape[] {
  const geojson = JSON.parse(readFileSync(join(root, 'supabase', 'data', 'tilburg-wijken.geojson'), 'utf8')) as {
    features: { properties: { code: string; gebiedsteam: string }; geometry: DistrictShape['geometry'] }[];
  };
  return geojson.features.map((f) => ({
    code: f.properties.code,
    area: f.properties.gebiedsteam,
    geometry: f.geometry,
  }));
}

export function benchInitiatives(districts: DistrictShape[], count = BENCH_INITIATIVE_COUNT): BenchInitiative[] {
  const random = seededRandom(20261123);
  return Array.from({ length: count }, (_, n) => {
    const d = districts[Math.floor(random() * districts.length)]!;
    const [lng, lat] = randomPointIn(d, random);
    return { n, district: d.code, lng, lat, theme: n % 4 };
  });
}

/** One INSERT for the whole set, as the table owner (the RPC's rate limit would stop a loop); the triggers still
 *  write the first status change of every row, as for a real proposal. */
export function benchInitiativesSql(rows: BenchInitiative[]): { sql: string; params: [string] } {
  return {
    params: [JSON.stringify(rows)],
    sql: `
with r as (select * from jsonb_to_recordset($1::jsonb)
             as x(n int, district text, lng double precision, lat double precision, theme int)),
     t as (select id, row_number() over (order by sort_order) - 1 as k from public.themes)
insert into public.initiatives (title, description, theme_id, district_id, area_id, lng, lat, is_example, created_at)
select 'Benchmarkinitiatief ' || r.n, 'Een initiatief voor de benchmark van de kaart, nummer ' || r.n || '.',
       (select t.id from t where t.k = r.theme % (select count(*) from t)), d.id, d.area_id, r.lng, r.lat, true,
       now() - make_interval(mins => r.n)
from r join public.districts d on d.code = r.district`,
  };
}
