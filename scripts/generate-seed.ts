// Writes supabase/seed.sql from the data in supabase/data (run: npm run seed:generate).
// The wijk → gebiedsteam mapping comes from the data file and stays editable in the app; which districts each
// agenda and council covers is decided here from the agenda texts in gebiedsteams.json (see the notes there).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { exampleContentSql } from './seed-examples';
import { exampleInitiativesSql } from './seed-initiatives';

const root = join(import.meta.dirname, '..');
const data = (f: string) => JSON.parse(readFileSync(join(root, 'supabase', 'data', f), 'utf8'));

type Position = [number, number];
type Geometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
type Feature = {
  properties: { code: string; name: string; gebiedsteam: string; gebiedsteam_basis: string; geometry_source: string };
  geometry: Geometry;
};
type Team = {
  id: string;
  name: string;
  name_status: string;
  wijkagendas: { title: string; url: string }[];
  member_wijken: string[];
};

const wijken: Feature[] = data('tilburg-wijken.geojson').features;
const teams: Team[] = data('gebiedsteams.json').teams;

const DORPEN = new Set(['WK085566', 'WK085567', 'WK085568']);
const EXTRA_INVESTMENT = new Set(['noord', 'west']); // PACT: Noord, West (and the wijk Groenewoud)

// agenda title → [slug, district codes]; the title stays as published, minus research remarks in brackets
const AGENDA_DISTRICTS: Record<string, string[]> = {
  'Wijkagenda West': ['WK085537', 'WK085538', 'WK085539', 'WK085540'],
  'Wijkagenda Zorgvlied': ['WK085536'],
  'Wijkagenda De Blaak': ['WK085535'],
  'Wijkagenda De Reit': ['WK085537'],
  'Dorpsagenda Berkel-Enschot': ['WK085566', 'WK085564'],
  'Dorpsagenda Udenhout': ['WK085567'],
  'Dorpsagenda Biezenmortel': ['WK085568'],
};

type Council = { name: string; kind: string; area: string; districts: string[]; url?: string; example?: boolean };
const COUNCILS: Council[] = [
  { name: 'Wijkraad Stokhasselt', kind: 'wijkraad', area: 'noord', districts: ['WK085542'] },
  {
    name: 'Noordraad Heikant-Quirijnstok',
    kind: 'wijkraad',
    area: 'noord',
    districts: ['WK085543', 'WK085544'],
    url: 'http://noordraadhq.nl',
  },
  {
    name: 'Wijkraad Goirke-Hasselt-Bouwmeesterbuurt',
    kind: 'wijkraad',
    area: 'oud-noord',
    districts: ['WK085522', 'WK085523', 'WK085524'],
  },
  {
    name: 'Wijkraad Tilburg3West',
    kind: 'wijkraad',
    area: 'west',
    districts: ['WK085537', 'WK085538', 'WK085539', 'WK085540'],
  },
  {
    name: 'Stichting Wijkraad De Blaak',
    kind: 'wijkraad',
    area: 'west',
    districts: ['WK085535'],
    url: 'http://wijkraaddeblaak.nl',
  },
  {
    name: 'Wijkvereniging Zorgvlied',
    kind: 'wijkvereniging',
    area: 'west',
    districts: ['WK085536'],
    url: 'https://www.zorgvliedtilburg.nl',
  },
  { name: 'Buurtraad Armhoefse Akkers', kind: 'buurtraad', area: 'zuid-oost', districts: ['WK085512'] },
  {
    name: 'Dorpsraad Berkel-Enschot',
    kind: 'dorpsraad',
    area: 'dorpen',
    districts: ['WK085566'],
    url: 'https://dorpsraadberkelenschot.nl',
  },
  {
    name: 'Dorpsraad Udenhout',
    kind: 'dorpsraad',
    area: 'dorpen',
    districts: ['WK085567'],
    url: 'http://www.dorpsraadudenhout.nl',
  },
  {
    name: 'Coöperatie Biezenmortel',
    kind: 'dorpscooperatie',
    area: 'dorpen',
    districts: ['WK085568'],
    url: 'https://cooperatiebiezenmortel.nl',
  },
  // Reeshof has no council in the sources; this one exists so the demo council member has a Reeshof wijk.
  { name: 'Wijkraad Heyhoef (voorbeeld)', kind: 'wijkraad', area: 'reeshof', districts: ['WK085550'], example: true },
];

const THEMES: [slug: string, nl: string, en: string][] = [
  ['goede-start', 'Goede start', 'A good start'],
  ['meedoen', 'Meedoen en erbij horen', 'Taking part and belonging'],
  ['gezond-en-vitaal', 'Gezond en vitaal', 'Healthy and vital'],
  ['veilig-thuis', 'Veilig thuis en in de wijk', 'Safe at home and in the neighbourhood'],
  ['wonen', 'Wonen', 'Housing'],
  ['groen-en-klimaat', 'Groen en klimaat', 'Green space and climate'],
  ['mobiliteit', 'Verkeer en mobiliteit', 'Traffic and mobility'],
  ['voorzieningen', 'Voorzieningen en ontmoeting', 'Facilities and meeting places'],
];

export const DEMO_PASSWORD = 'demo-wachtwoord';
const DEMO_USERS = [
  {
    n: 1,
    email: 'team.noord@demo.agendakaart.nl',
    name: 'Fatima El Amrani',
    membership: "'area_team', (select id from public.areas where slug = 'noord'), null",
  },
  {
    n: 2,
    email: 'wijkraad.heyhoef@demo.agendakaart.nl',
    name: 'Joost van Dijk',
    membership: "'council', null, (select id from public.councils where name = 'Wijkraad Heyhoef (voorbeeld)')",
  },
  { n: 3, email: 'bewoner@demo.agendakaart.nl', name: 'Sanne de Vries', membership: null },
  { n: 4, email: 'beheer@demo.agendakaart.nl', name: 'Mark Jansen', membership: "'admin', null, null" },
  // a second member of area team Noord: two people write the same agenda together (issue 5, live co-editing)
  {
    n: 5,
    email: 'team.noord.2@demo.agendakaart.nl',
    name: 'Daan Bakker',
    membership: "'area_team', (select id from public.areas where slug = 'noord'), null",
  },
];

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
const slugify = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function bbox(g: Geometry): [number, number, number, number] {
  const points = (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).flat();
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

const out: string[] = [
  '-- GENERATED by scripts/generate-seed.ts from supabase/data (see supabase/data/PROVENANCE.md). Do not edit by hand.',
  '-- Data: Gemeente Tilburg open data (wijken, 2020; licence not verified), CBS/Kadaster Wijk- en buurtkaart 2024 (CC BY 4.0).',
  '',
  '-- areas (gebiedsteams): the names of 7 of the 8 are presumed, see PROVENANCE.md',
];
teams.forEach((t, i) => {
  const status = t.name_status.startsWith('presumed') ? 'presumed' : 'confirmed';
  out.push(
    `insert into public.areas (slug, name, name_status, color_index, sort_order, extra_investment) values (${q(t.id)}, ${q(t.name)}, ${q(status)}, ${i}, ${i}, ${EXTRA_INVESTMENT.has(t.id)});`,
  );
});

out.push('', '-- districts (wijken en dorpen)');
for (const f of wijken) {
  const p = f.properties;
  const [a, b, c, d] = bbox(f.geometry);
  out.push(
    `insert into public.districts (code, name, kind, area_id, geometry, min_lng, min_lat, max_lng, max_lat, team_basis, geometry_source) values (${q(p.code)}, ${q(p.name)}, '${DORPEN.has(p.code) ? 'dorp' : 'wijk'}', (select id from public.areas where slug = ${q(p.gebiedsteam)}), ${q(JSON.stringify(f.geometry))}::jsonb, ${a}, ${b}, ${c}, ${d}, ${q(p.gebiedsteam_basis)}, ${q(p.geometry_source)});`,
  );
}

out.push('', '-- councils (wijk- en dorpsraden)');
for (const c of COUNCILS) {
  out.push(
    `insert into public.councils (name, kind, area_id, website_url, is_example) values (${q(c.name)}, '${c.kind}', (select id from public.areas where slug = ${q(c.area)}), ${c.url ? q(c.url) : 'null'}, ${!!c.example});`,
  );
  for (const code of c.districts) {
    out.push(
      `insert into public.council_districts (council_id, district_id) select c.id, d.id from public.councils c, public.districts d where c.name = ${q(c.name)} and d.code = ${q(code)};`,
    );
  }
}

// The published agendas become documents of kind 'agenda', version 1, vastgesteld. One DO block, so the bulk flag
// (set_config local) holds for every statement: no per-district revisions for a document that is only being seeded.
// Wijkagenda Noord is the exception: it starts as a concept and gets its (example) content and its adoption in the
// example block at the end, through the same functions the app calls.
// adopted_at of the published agendas: the date of the gemeente's news item that counts the 14 agendas (see
// gebiedsteams.json, sources.aantal_agendas). The real adoption date differs per agenda and is not in the sources.
const PUBLISHED_BY = '2022-10-21 12:00+02';
out.push(
  '',
  '-- agendas (titles and source pages as published by the gemeente) as documents of kind agenda',
  'do $$',
  'declare',
  '  v_id uuid;',
  'begin',
);
for (const t of teams) {
  for (const a of t.wijkagendas) {
    const title = a.title.replace(/\s*\(.*\)$/, '');
    const kind = title.startsWith('Dorpsagenda') ? 'dorpsagenda' : 'wijkagenda';
    const districts = AGENDA_DISTRICTS[title] ?? t.member_wijken;
    const example = slugify(title) === 'wijkagenda-noord';
    out.push(
      '  v_id := gen_random_uuid();',
      "  perform set_config('agendakaart.bulk_document', v_id::text, true);",
      `  insert into public.documents (id, area_id, kind, slug, title, agenda_kind, status, adopted_at, source_url, is_example, created_at, updated_at) values (v_id, (select id from public.areas where slug = ${q(t.id)}), 'agenda', ${q(slugify(title))}, ${q(title)}, '${kind}', ${example ? "'concept', null" : `'vastgesteld', '${PUBLISHED_BY}'`}, ${q(a.url)}, ${example}, '${PUBLISHED_BY}', '${PUBLISHED_BY}');`,
      `  insert into public.document_districts (document_id, district_id) select v_id, d.id from public.districts d where d.code in (${districts.map(q).join(', ')});`,
      `  update public.revisions set changed_at = '${PUBLISHED_BY}' where document_id = v_id;`,
    );
  }
}
out.push("  perform set_config('agendakaart.bulk_document', '', true);", 'end $$;');

out.push('', '-- themes (example set; admins edit them)');
THEMES.forEach(([slug, nl, en], i) =>
  out.push(
    `insert into public.themes (slug, name_nl, name_en, sort_order, is_example) values (${q(slug)}, ${q(nl)}, ${q(en)}, ${i}, true);`,
  ),
);

// A fixed salt keeps the generated file stable; these are public demo passwords, nothing secret.
const hash = bcrypt.hashSync(DEMO_PASSWORD, '$2b$10$agendakaartdemoaccounts');
out.push('', `-- demo accounts, password "${DEMO_PASSWORD}" (see README); the auth trigger creates their profiles`);
for (const u of DEMO_USERS) {
  const id = `00000000-0000-4000-8000-00000000000${u.n}`;
  const meta = JSON.stringify({ display_name: u.name });
  out.push(
    `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at) values ('00000000-0000-0000-0000-000000000000', '${id}', 'authenticated', 'authenticated', ${q(u.email)}, ${q(hash)}, now(), '{"provider":"email","providers":["email"]}', ${q(meta)}, now(), now());`,
    `insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at) values ('${id}', '${id}', ${q(JSON.stringify({ sub: id, email: u.email, email_verified: true }))}, 'email', now(), now(), now());`,
  );
  if (u.membership)
    out.push(`insert into public.memberships (user_id, role, area_id, council_id) values ('${id}', ${u.membership});`);
}

out.push(
  '',
  '-- example content (is_example, "voorbeeld"): Noord agenda v1 + v2, vision, plans; Reeshof agenda v2 with comments',
  '-- the rate limits of resident writes are lifted while the demo users write the examples; their traces go after',
  'update private.rate_limits set max_events = max_events * 100000;',
  ...exampleContentSql(wijken.map((f) => ({ code: f.properties.code, geometry: f.geometry }))),
  '',
  '-- example initiatives (is_example, "voorbeeld"); one runs the chain to a plan action of Uitvoeringsplan Noord',
  ...exampleInitiativesSql(
    wijken.map((f) => ({ code: f.properties.code, area: f.properties.gebiedsteam, geometry: f.geometry })),
  ),
  'update private.rate_limits set max_events = max_events / 100000;',
  'delete from private.rate_limit_events;',
);

writeFileSync(join(root, 'supabase', 'seed.sql'), out.join('\n') + '\n');
console.log(
  `seed.sql: ${teams.length} areas, ${wijken.length} districts, ${COUNCILS.length} councils, ${DEMO_USERS.length} demo users`,
);
