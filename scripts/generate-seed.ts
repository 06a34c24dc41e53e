// Writes, from the data in supabase/data (run: npm run seed:generate):
//   supabase/migrations/20261201090000_load_reference_data.sql  reference data every deployment needs: areas,
//       wijken with geometry, the councils and agendas the sources name, themes (applied by `supabase db push`)
//   supabase/seed.sql  optional demo data: demo accounts, the example council, example documents and initiatives
// The wijk → gebiedsteam mapping comes from the data file and stays editable in the app; which districts each
// agenda and council covers is decided here from the agenda texts in gebiedsteams.json (see the notes there).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

const GENERATED = [
  '-- GENERATED by scripts/generate-seed.ts from supabase/data (see supabase/data/PROVENANCE.md). Do not edit by hand:',
  '-- change the generator or the data and run `npm run seed:generate`.',
];
const DATA_LINE =
  '-- Data: Gemeente Tilburg open data (wijken, 2020; licence not verified), CBS/Kadaster Wijk- en buurtkaart 2024 (CC BY 4.0).';

const indent = (lines: string[]) => lines.map((l) => `  ${l}`);

function councilSql(c: Council): string[] {
  return [
    `insert into public.councils (name, kind, area_id, website_url, is_example) select ${q(c.name)}, '${c.kind}', (select id from public.areas where slug = ${q(c.area)}), ${c.url ? q(c.url) : 'null'}, ${!!c.example} where not exists (select 1 from public.councils where name = ${q(c.name)});`,
    ...c.districts.map(
      (code) =>
        `insert into public.council_districts (council_id, district_id) select c.id, d.id from public.councils c, public.districts d where c.name = ${q(c.name)} and d.code = ${q(code)} on conflict do nothing;`,
    ),
  ];
}

// The published agendas become documents of kind 'agenda', version 1, vastgesteld, with the bulk flag set (a
// set_config local to the transaction): no per-district revisions for a document that is only being loaded.
// Wijkagenda Noord is the exception: the demo seed creates it as a concept and gives it its (example) content and its
// adoption through the same functions the app calls, so it is example content (is_example), not reference data.
// adopted_at of the published agendas: the date of the gemeente's news item that counts the 14 agendas (see
// gebiedsteams.json, sources.aantal_agendas). The real adoption date differs per agenda and is not in the sources.
const PUBLISHED_BY = '2022-10-21 12:00+02';
type Agenda = { team: Team; title: string; url: string; example: boolean };
const AGENDAS: Agenda[] = teams.flatMap((team) =>
  team.wijkagendas.map((a) => {
    const title = a.title.replace(/\s*\(.*\)$/, '');
    return { team, title, url: a.url, example: slugify(title) === 'wijkagenda-noord' };
  }),
);

function agendaSql(a: Agenda): string[] {
  const slug = slugify(a.title);
  const kind = a.title.startsWith('Dorpsagenda') ? 'dorpsagenda' : 'wijkagenda';
  const districts = AGENDA_DISTRICTS[a.title] ?? a.team.member_wijken;
  return [
    `if not exists (select 1 from public.documents where slug = ${q(slug)}) then`,
    ...indent([
      'v_id := gen_random_uuid();',
      "perform set_config('agendakaart.bulk_document', v_id::text, true);",
      `insert into public.documents (id, area_id, kind, slug, title, agenda_kind, status, adopted_at, source_url, is_example, created_at, updated_at) values (v_id, (select id from public.areas where slug = ${q(a.team.id)}), 'agenda', ${q(slug)}, ${q(a.title)}, '${kind}', ${a.example ? "'concept', null" : `'vastgesteld', '${PUBLISHED_BY}'`}, ${q(a.url)}, ${a.example}, '${PUBLISHED_BY}', '${PUBLISHED_BY}');`,
      `insert into public.document_districts (document_id, district_id) select v_id, d.id from public.districts d where d.code in (${districts.map(q).join(', ')});`,
      `update public.revisions set changed_at = '${PUBLISHED_BY}' where document_id = v_id;`,
    ]),
    'end if;',
  ];
}

/** supabase/migrations/20261201090000_load_reference_data.sql: what every deployment needs, demo or not. */
function referenceSql(): string {
  const areas = teams.map((t, i) => {
    const status = t.name_status.startsWith('presumed') ? 'presumed' : 'confirmed';
    return `insert into public.areas (slug, name, name_status, color_index, sort_order, extra_investment) values (${q(t.id)}, ${q(t.name)}, ${q(status)}, ${i}, ${i}, ${EXTRA_INVESTMENT.has(t.id)}) on conflict (slug) do nothing;`;
  });
  const districts = wijken.map((f) => {
    const p = f.properties;
    const [a, b, c, d] = bbox(f.geometry);
    return `insert into public.districts (code, name, kind, area_id, geometry, min_lng, min_lat, max_lng, max_lat, team_basis, geometry_source) values (${q(p.code)}, ${q(p.name)}, '${DORPEN.has(p.code) ? 'dorp' : 'wijk'}', (select id from public.areas where slug = ${q(p.gebiedsteam)}), ${q(JSON.stringify(f.geometry))}::jsonb, ${a}, ${b}, ${c}, ${d}, ${q(p.gebiedsteam_basis)}, ${q(p.geometry_source)}) on conflict (code) do nothing;`;
  });
  const body = [
    'if exists (select 1 from public.areas) then',
    "  raise notice 'reference data: the database already has areas (an earlier seed, or edited since); left as it is';",
    '  return;',
    'end if;',
    '',
    '-- areas (gebiedsteams): the names of 7 of the 8 are presumed, see PROVENANCE.md',
    ...areas,
    '',
    '-- districts (wijken en dorpen)',
    ...districts,
    '',
    '-- councils (wijk- en dorpsraden) named by the sources; the example council is demo data (supabase/seed.sql)',
    ...COUNCILS.filter((c) => !c.example).flatMap(councilSql),
    '',
    '-- agendas (titles and source pages as published by the gemeente) as documents of kind agenda',
    ...AGENDAS.filter((a) => !a.example).flatMap(agendaSql),
    "perform set_config('agendakaart.bulk_document', '', true);",
    '',
    '-- themes (example set; admins edit them)',
    ...THEMES.map(
      ([slug, nl, en], i) =>
        `insert into public.themes (slug, name_nl, name_en, sort_order, is_example) values (${q(slug)}, ${q(nl)}, ${q(en)}, ${i}, true) on conflict (slug) do nothing;`,
    ),
  ];
  return [
    ...GENERATED,
    DATA_LINE,
    '--',
    '-- Reference data: the 8 areas, the 59 wijken and dorpen with their geometry, the councils and agendas the sources',
    '-- name, and the themes. A migration, so `supabase db push` brings it to every project; the demo accounts and the',
    '-- example content stay in supabase/seed.sql, which a real deployment leaves out.',
    '-- Harmless on a database that was seeded with the earlier seed.sql (which held all of this): it loads nothing into',
    '-- a database that already has areas, and every row is guarded besides (on conflict / where not exists).',
    '-- Runs as postgres, which is not a superuser on Supabase: nothing here needs more than owning the tables.',
    'do $reference$',
    'declare',
    '  v_id uuid;',
    'begin',
    ...indent(body).map((l) => l.trimEnd()),
    'end $reference$;',
    '',
  ].join('\n');
}

// A fixed salt keeps the generated file stable; these are public demo passwords, nothing secret.
const hash = bcrypt.hashSync(DEMO_PASSWORD, '$2b$10$agendakaartdemoaccounts');
/** Every string column of auth.users that GoTrue scans into a Go string: NULL there makes sign-in fail with 500
 *  "Database error querying schema" (supabase/shim/README.md). */
const GOTRUE_STRING_COLUMNS = [
  'confirmation_token',
  'recovery_token',
  'email_change_token_new',
  'email_change',
  'email_change_token_current',
  'phone_change',
  'phone_change_token',
  'reauthentication_token',
];

function demoUserSql(u: (typeof DEMO_USERS)[number]): string[] {
  const id = `00000000-0000-4000-8000-00000000000${u.n}`;
  const meta = JSON.stringify({ display_name: u.name });
  return [
    `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data, is_super_admin, created_at, updated_at, ${GOTRUE_STRING_COLUMNS.join(', ')}) values ('00000000-0000-0000-0000-000000000000', '${id}', 'authenticated', 'authenticated', ${q(u.email)}, ${q(hash)}, now(), '{"provider":"email","providers":["email"]}', ${q(meta)}, false, now(), now(), ${GOTRUE_STRING_COLUMNS.map(() => "''").join(', ')});`,
    `insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at) values ('${id}', '${id}', ${q(JSON.stringify({ sub: id, email: u.email, email_verified: true }))}, 'email', now(), now(), now());`,
    ...(u.membership
      ? [`insert into public.memberships (user_id, role, area_id, council_id) values ('${id}', ${u.membership});`]
      : []),
  ];
}

/** Invitations in the admin console (/beheer/uitnodigingen), made by the demo admin through the RPCs it calls. */
const DEMO_INVITATIONS = [
  { email: 'uitgenodigd.reeshof@demo.agendakaart.nl', role: 'area_team', area: 'reeshof', withdrawn: false },
  {
    email: 'ingetrokken.heyhoef@demo.agendakaart.nl',
    role: 'council',
    council: 'Wijkraad Heyhoef (voorbeeld)',
    withdrawn: true,
  },
] as const;

function demoInvitationsSql(): string[] {
  const admin = DEMO_USERS.find((u) => u.email === 'beheer@demo.agendakaart.nl')!;
  const claims = JSON.stringify({ sub: `00000000-0000-4000-8000-00000000000${admin.n}`, role: 'authenticated' });
  return [
    `-- invitations made by the demo admin (${admin.name}) through admin_invite: one pending (it attaches as soon as`,
    '-- someone signs up with that address and confirms it, and expires by the default 14 days after this seed ran),',
    '-- one withdrawn',
    'do $$',
    'begin',
    `  perform set_config('request.jwt.claims', ${q(claims)}, true);`,
    ...DEMO_INVITATIONS.map((i) => {
      const scope =
        'area' in i
          ? `(select id from public.areas where slug = ${q(i.area)})`
          : `null, (select id from public.councils where name = ${q(i.council)})`;
      const invite = `public.admin_invite(${q(i.email)}, ${q(i.role)}, ${scope})`;
      return i.withdrawn
        ? `  perform public.admin_withdraw_invitation((${invite} ->> 'id')::uuid);`
        : `  perform ${invite};`;
    }),
    "  perform set_config('request.jwt.claims', '', true);",
    'end $$;',
  ];
}

/** supabase/seed.sql: the optional demo data. */
function demoSql(): string {
  return [
    ...GENERATED,
    '--',
    '-- OPTIONAL DEMO DATA. Not for a real deployment: it creates five demo accounts with a published password (one of',
    '-- them an admin), two invitations by that admin, the example council "Wijkraad Heyhoef (voorbeeld)" and example',
    '-- documents, comments and initiatives, all marked "voorbeeld" (is_example). The reference data (areas, wijken,',
    "-- councils, themes, the gemeente's agendas) comes with the migrations (20261201090000_load_reference_data.sql),",
    '-- so leave this file out unless you want a demo: `supabase db reset` and `supabase db push --include-seed` apply',
    '-- it, as does `psql "$DATABASE_URL" -f supabase/seed.sql` after `supabase db push` (README, "Using a Supabase',
    '-- project instead").',
    '-- Runs as postgres, which is not a superuser on Supabase (scripts/pgtap.sh proves it).',
    '',
    '-- the example council: Reeshof has no council in the sources; this one exists so the demo council member has a',
    '-- Reeshof wijk',
    ...COUNCILS.filter((c) => c.example).flatMap(councilSql),
    '',
    '-- Wijkagenda Noord as a concept: the example content below fills it, adopts it and starts its version 2',
    'do $$',
    'declare',
    '  v_id uuid;',
    'begin',
    ...indent([
      ...AGENDAS.filter((a) => a.example).flatMap(agendaSql),
      "perform set_config('agendakaart.bulk_document', '', true);",
    ]),
    'end $$;',
    '',
    `-- demo accounts, password "${DEMO_PASSWORD}" (see README); the auth trigger creates their profiles. Every string`,
    "-- column GoTrue reads holds '' (NULL would make their sign-in fail on Supabase).",
    ...DEMO_USERS.flatMap(demoUserSql),
    '',
    ...demoInvitationsSql(),
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
    '',
  ].join('\n');
}

export const REFERENCE_MIGRATION_PATH = 'supabase/migrations/20261201090000_load_reference_data.sql';
export const DEMO_SEED_PATH = 'supabase/seed.sql';

/** Both generated files by path (relative to the project root); tests/db/generated-files.test.ts compares them. */
export function generateSeedFiles(): Record<string, string> {
  return { [REFERENCE_MIGRATION_PATH]: referenceSql(), [DEMO_SEED_PATH]: demoSql() };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [path, content] of Object.entries(generateSeedFiles())) {
    writeFileSync(join(root, path), content);
    console.log(`wrote ${path}`);
  }
  console.log(
    `reference data: ${teams.length} areas, ${wijken.length} districts, ${COUNCILS.filter((c) => !c.example).length} councils, ${AGENDAS.filter((a) => !a.example).length} agendas, ${THEMES.length} themes; demo seed: ${DEMO_USERS.length} demo accounts`,
  );
}
