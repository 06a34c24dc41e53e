// Example content for the seed (issue 3), clearly marked "voorbeeld" and is_example: Wijkagenda Noord with an adopted
// version 1 and a version 2 in consultatie, the Gebiedsvisie Noord 2025-2035, the Uitvoeringsplan Noord 2026-2027,
// a concept plan for Noord 2028-2029, a version 2 of Wijkagenda Reeshof in consultatie with council comments, the
// Gebiedsvisie Reeshof 2026-2036 and a concept plan for Reeshof. Everything is written through the same RPCs the app calls, as the demo users, inside
// one DO block; afterwards the timestamps are set to a plausible, fixed history. Deterministic: no randomness here.

type Position = [number, number];
type Geometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
export type District = { code: string; geometry: Geometry };

const USERS = {
  team: '00000000-0000-4000-8000-000000000001', // Fatima El Amrani, gebiedsteam Noord
  council: '00000000-0000-4000-8000-000000000002', // Joost van Dijk, Wijkraad Heyhoef (voorbeeld)
  resident: '00000000-0000-4000-8000-000000000003', // Sanne de Vries
  admin: '00000000-0000-4000-8000-000000000004', // Mark Jansen, gemeente (Reeshof has no area-team account)
} as const;

/** The tables whose example timestamps are set afterwards with their triggers switched off. */
const CONTENT_TABLES = ['documents', 'sections', 'entries', 'entry_links'] as const;

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
const id = (key: string) => `(v_ids ->> ${q(key)})::uuid`;
const lineage = (key: string) => `(v_ids ->> ${q(`${key}:lineage`)})::uuid`;
const theme = (slug: string) => `(select id from public.themes where slug = ${q(slug)})`;
/** the entry of lineage `key` in document `doc` (a later version has copies with new ids) */
const entryIn = (doc: string, key: string) =>
  `(select e.id from public.entries e where e.document_id = ${id(doc)} and e.lineage_id = ${lineage(key)})`;
const sectionIn = (doc: string, key: string) =>
  `(select s.id from public.sections s where s.document_id = ${id(doc)} and s.lineage_id = ${lineage(key)})`;
const versionOf = (table: 'entries' | 'sections' | 'documents', idSql: string) =>
  `(select version from public.${table} where id = ${idSql})`;

// ── places: a point inside a district, found deterministically ─────────────────────────────────────────────
function insideRings(lng: number, lat: number, rings: Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[i + 1]!;
      if (y1 > lat !== y2 > lat && lng < ((x2 - x1) * (lat - y1)) / (y2 - y1) + x1) inside = !inside;
    }
  }
  return inside;
}

function inside(lng: number, lat: number, g: Geometry): boolean {
  return g.type === 'Polygon'
    ? insideRings(lng, lat, g.coordinates)
    : g.coordinates.some((p) => insideRings(lng, lat, p));
}

/** The point nearest to the bounding-box centre, on a 41×41 grid, that lies inside the district (6 decimals). */
export function interiorPoint(d: District): Position {
  const points = (d.geometry.type === 'Polygon' ? d.geometry.coordinates : d.geometry.coordinates.flat()).flat();
  const [minX, maxX] = [Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0]))];
  const [minY, maxY] = [Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1]))];
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  let best: Position | undefined;
  let bestDistance = Infinity;
  for (let i = 0; i <= 40; i++) {
    for (let j = 0; j <= 40; j++) {
      const p: Position = [
        Number((minX + ((maxX - minX) * i) / 40).toFixed(6)),
        Number((minY + ((maxY - minY) * j) / 40).toFixed(6)),
      ];
      const distance = (p[0] - cx) ** 2 + (p[1] - cy) ** 2;
      if (distance < bestDistance && inside(p[0], p[1], d.geometry)) {
        best = p;
        bestDistance = distance;
      }
    }
  }
  if (!best) throw new Error(`no interior point found for ${d.code}`);
  return best;
}

// ── entries ───────────────────────────────────────────────────────────────────────────────────────────────
type Place = { point: string } | { square: string };
type Common = { key: string; title: string; body: string; theme: string; place?: Place };
type Item = Common & {
  origin: 'resident_ambition' | 'municipal_task' | 'partner_task';
  priority: 1 | 2 | 3;
  owner?: string;
  status: 'open' | 'in_uitvoering' | 'gerealiseerd' | 'vervallen';
};
type Goal = Common;
type Action = Common & {
  ownerOrg: string;
  ownerKind: 'gemeente' | 'partner';
  status: 'gepland' | 'in_uitvoering' | 'gereed' | 'vertraagd' | 'gestopt';
  progress: number;
  start: string;
  end: string;
  budget?: number;
};
type EntrySpec = { kind: 'item'; e: Item } | { kind: 'goal'; e: Goal } | { kind: 'action'; e: Action };

export function exampleContentSql(districts: District[]): string[] {
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const place = (p: Place | undefined): string => {
    if (!p) return 'null';
    const code = 'point' in p ? p.point : p.square;
    const d = byCode.get(code);
    if (!d) throw new Error(`unknown district ${code}`);
    const [x, y] = interiorPoint(d);
    if ('point' in p) return `${q(JSON.stringify({ type: 'Point', coordinates: [x, y] }))}::jsonb`;
    const r = 0.0006;
    const ring: Position[] = [
      [x - r, y - r],
      [x + r, y - r],
      [x + r, y + r],
      [x - r, y + r],
      [x - r, y - r],
    ].map(([a, b]) => [Number(a!.toFixed(6)), Number(b!.toFixed(6))]);
    return `${q(JSON.stringify({ type: 'Polygon', coordinates: [ring] }))}::jsonb`;
  };

  const lines: string[] = [];
  const add = (...l: string[]) => lines.push(...l.map((x) => `  ${x}`));
  const as = (user: string) =>
    add(`perform set_config('request.jwt.claims', ${q(JSON.stringify({ sub: user, role: 'authenticated' }))}, true);`);
  const remember = (key: string) =>
    add(`v_ids := v_ids || jsonb_build_object(${q(key)}, v_r ->> 'id', ${q(`${key}:lineage`)}, v_r ->> 'lineage_id');`);
  /** Sets the timestamp of every revision written since the last call: `at`, then a few minutes apart. */
  const happenedAt = (at: string) =>
    add(
      `update public.revisions set changed_at = ${q(at)}::timestamptz + (id - v_mark) * interval '4 minutes' where id > v_mark;`,
      'select coalesce(max(id), 0) into v_mark from public.revisions;',
    );

  const newDocument = (
    key: string,
    area: string,
    kind: 'vision' | 'plan',
    slug: string,
    title: string,
    summary: string,
    span: [from: string | number, to: string | number],
    createdAt: string,
  ) => {
    const columns = kind === 'vision' ? 'horizon_start, horizon_end' : 'period_start, period_end';
    const values = span.map((v) => (typeof v === 'number' ? String(v) : q(v))).join(', ');
    add(
      `v_r := jsonb_build_object('id', gen_random_uuid());`,
      `v_ids := v_ids || jsonb_build_object(${q(key)}, v_r ->> 'id');`,
      `perform set_config('agendakaart.bulk_document', ${id(key)}::text, true);`,
      `insert into public.documents (id, area_id, kind, slug, title, summary, is_example, created_by, created_at, ${columns}) values (${id(key)}, (select id from public.areas where slug = ${q(area)}), '${kind}', ${q(slug)}, ${q(title)}, ${q(summary)}, true, (select auth.uid()), ${q(createdAt)}, ${values});`,
      `insert into public.document_districts (document_id, district_id) select ${id(key)}, d.id from public.districts d where d.area_id = (select id from public.areas where slug = ${q(area)});`,
      `perform set_config('agendakaart.bulk_document', '', true);`,
    );
  };
  const section = (doc: string, key: string, title: string, body = '') => {
    add(`v_r := public.upsert_section(p_document_id => ${id(doc)}, p_title => ${q(title)}, p_body => ${q(body)});`);
    remember(key);
  };
  const entryArgs = (s: EntrySpec): string[] => {
    const e = s.e;
    const args = [`p_title => ${q(e.title)}`, `p_body => ${q(e.body)}`, `p_theme_id => ${theme(e.theme)}`];
    if (e.place) args.push(`p_location => ${place(e.place)}`);
    if (s.kind === 'item') {
      args.push(
        `p_origin => '${s.e.origin}'`,
        `p_priority => ${s.e.priority}`,
        `p_item_status => '${s.e.status}'`,
        `p_owner_name => ${s.e.owner ? q(s.e.owner) : 'null'}`,
      );
    }
    if (s.kind === 'action') {
      args.push(
        `p_owner_org => ${q(s.e.ownerOrg)}`,
        `p_owner_kind => '${s.e.ownerKind}'`,
        `p_action_status => '${s.e.status}'`,
        `p_progress => ${s.e.progress}`,
        `p_start_date => ${q(s.e.start)}`,
        `p_end_date => ${q(s.e.end)}`,
        `p_budget_eur => ${s.e.budget ?? 'null'}`,
      );
    }
    return args;
  };
  const entry = (sectionKey: string, s: EntrySpec) => {
    add(`v_r := public.upsert_entry(p_section_id => ${id(sectionKey)}, ${entryArgs(s).join(', ')});`);
    remember(s.e.key);
  };
  const links = (doc: string, key: string, targets: string[]) =>
    add(
      `perform public.set_entry_links(p_entry_id => ${entryIn(doc, key)}, p_version => ${versionOf('entries', entryIn(doc, key))}, p_target_lineage_ids => array[${targets.map(lineage).join(', ')}]);`,
    );
  const status = (doc: string, s: 'consultatie' | 'vastgesteld' | 'concept') =>
    add(`perform public.set_document_status(${id(doc)}, ${versionOf('documents', id(doc))}, '${s}');`);
  const adoptedAt = (doc: string, at: string) =>
    add(`update public.documents set adopted_at = ${q(at)} where id = ${id(doc)};`);
  const comment = (key: string, doc: string, entryKey: string | null, body: string, at: string, parent?: string) => {
    const official = parent ? ', p_is_official_response => true' : '';
    add(
      `v_r := public.add_comment(p_document_id => ${id(doc)}, p_body => ${q(body)}${entryKey ? `, p_entry_id => ${entryIn(doc, entryKey)}` : ''}${parent ? `, p_parent_id => ${id(parent)}` : ''}${official});`,
      `v_ids := v_ids || jsonb_build_object(${q(key)}, v_r ->> 'id');`,
      `update public.comments set created_at = ${q(at)} where id = ${id(key)};`,
    );
  };

  // ── Wijkagenda Noord, version 1 (content is an example; adopted in 2024) ──────────────────────────────────
  const NOORD_ITEMS: Record<string, Item> = {
    jongeren: {
      key: 'noord.jongeren',
      title: 'Meer activiteiten voor jongeren in Stokhasselt',
      body: 'Jongeren willen een eigen plek en activiteiten in de avond, dichtbij huis. (voorbeeld)',
      theme: 'goede-start',
      origin: 'resident_ambition',
      priority: 1,
      owner: 'Jongerenwerk (voorbeeld)',
      status: 'open',
      place: { point: 'WK085542' },
    },
    vve: {
      key: 'noord.vve',
      title: 'Voorschoolse educatie voor alle peuters',
      body: 'Elke peuter in Noord kan naar een voorschoolse voorziening. (voorbeeld)',
      theme: 'goede-start',
      origin: 'municipal_task',
      priority: 2,
      owner: 'Gemeente Tilburg',
      status: 'in_uitvoering',
    },
    renovatie: {
      key: 'noord.renovatie',
      title: 'Renovatie van de portiekflats in Heikant',
      body: 'De corporatie renoveert de portiekflats en maakt ze energiezuinig. (voorbeeld)',
      theme: 'wonen',
      origin: 'partner_task',
      priority: 1,
      owner: 'Woningcorporatie (voorbeeld)',
      status: 'in_uitvoering',
      place: { point: 'WK085543' },
    },
    schoolroutes: {
      key: 'noord.schoolroutes',
      title: 'Veilige looproutes naar school',
      body: 'Ouders vragen om veilige oversteekplaatsen op de routes naar de basisscholen. (voorbeeld)',
      theme: 'mobiliteit',
      origin: 'resident_ambition',
      priority: 2,
      status: 'open',
    },
    plein: {
      key: 'noord.plein',
      title: 'Het plein in Quirijnstok vergroenen',
      body: 'Bewoners willen minder stenen en meer bomen en zitplekken op het plein. (voorbeeld)',
      theme: 'groen-en-klimaat',
      origin: 'resident_ambition',
      priority: 2,
      status: 'open',
      place: { square: 'WK085544' },
    },
    buurthuis: {
      key: 'noord.buurthuis',
      title: 'Het buurthuis ook in het weekend open',
      body: 'Meer openingsuren voor ontmoeting in de wijk. (voorbeeld)',
      theme: 'voorzieningen',
      origin: 'municipal_task',
      priority: 3,
      owner: 'Gemeente Tilburg',
      status: 'open',
    },
  };
  const N = NOORD_ITEMS;

  add(`select coalesce(max(id), 0) into v_mark from public.revisions;`);
  add(
    `update public.revisions set changed_at = '2024-01-15 08:55+01' where document_id = (select id from public.documents where slug = 'wijkagenda-noord' and version_no = 1);`,
  );
  add(
    `v_ids := v_ids || jsonb_build_object('noord.agenda.1', (select id from public.documents where slug = 'wijkagenda-noord' and version_no = 1));`,
  );
  as(USERS.team);
  add(
    `perform public.update_document(${id('noord.agenda.1')}, ${versionOf('documents', id('noord.agenda.1'))}, p_summary => ${q('VOORBEELDINHOUD. Wat bewoners, gemeente en partners samen in Noord willen bereiken. De echte Wijkagenda Noord staat op tilburg.nl (zie de bron).')});`,
  );
  section('noord.agenda.1', 'noord.s.jeugd', 'Samen opgroeien (voorbeeld)', 'Kansen voor kinderen en jongeren.');
  entry('noord.s.jeugd', { kind: 'item', e: N.jongeren! });
  entry('noord.s.jeugd', { kind: 'item', e: N.vve! });
  section('noord.agenda.1', 'noord.s.wonen', 'Wonen en leefbaarheid (voorbeeld)', 'Goed en veilig wonen.');
  entry('noord.s.wonen', { kind: 'item', e: N.renovatie! });
  entry('noord.s.wonen', { kind: 'item', e: N.schoolroutes! });
  section(
    'noord.agenda.1',
    'noord.s.groen',
    'Groen en ontmoeten (voorbeeld)',
    'Een groene wijk met plekken om elkaar te zien.',
  );
  entry('noord.s.groen', { kind: 'item', e: N.plein! });
  entry('noord.s.groen', { kind: 'item', e: N.buurthuis! });
  add(`update public.documents set created_at = '2024-01-15 09:00+01' where id = ${id('noord.agenda.1')};`);
  happenedAt('2024-01-15 09:00+01');
  status('noord.agenda.1', 'consultatie');
  happenedAt('2024-02-05 10:00+01');
  status('noord.agenda.1', 'vastgesteld');
  adoptedAt('noord.agenda.1', '2024-04-18 20:00+02');
  happenedAt('2024-04-18 20:00+02');

  // ── Gebiedsvisie Noord 2025-2035 (adopted) ──────────────────────────────────────────────────────────────────
  newDocument(
    'noord.visie',
    'noord',
    'vision',
    'gebiedsvisie-noord',
    'Gebiedsvisie Noord 2025-2035 (voorbeeld)',
    'VOORBEELDINHOUD. Waar Noord over tien jaar wil staan, en welke agendapunten daaraan bijdragen.',
    [2025, 2035],
    '2024-10-07 09:00+02',
  );
  section('noord.visie', 'visie.s.opgroeien', 'Kansrijk opgroeien (voorbeeld)');
  entry('visie.s.opgroeien', {
    kind: 'goal',
    e: {
      key: 'visie.goede-start',
      title: 'Ieder kind in Noord krijgt een goede start',
      body: 'In 2035 groeien kinderen in Noord op met dezelfde kansen als elders in de stad. (voorbeeld)',
      theme: 'goede-start',
    },
  });
  section('noord.visie', 'visie.s.wonen', 'Prettig wonen (voorbeeld)');
  entry('visie.s.wonen', {
    kind: 'goal',
    e: {
      key: 'visie.wonen',
      title: 'Wijken waar het veilig en prettig wonen is',
      body: 'Goede woningen, veilige straten en buren die elkaar kennen. (voorbeeld)',
      theme: 'wonen',
    },
  });
  entry('visie.s.wonen', {
    kind: 'goal',
    e: {
      key: 'visie.groen',
      title: 'Een groen en klimaatbestendig Noord',
      body: 'Meer bomen, minder verharding, koele plekken in de zomer. (voorbeeld)',
      theme: 'groen-en-klimaat',
    },
  });
  links('noord.visie', 'visie.goede-start', ['noord.jongeren', 'noord.vve']);
  links('noord.visie', 'visie.wonen', ['noord.renovatie', 'noord.schoolroutes']);
  links('noord.visie', 'visie.groen', ['noord.plein']);
  // a goal measured by a CBS figure (issue 14): the baseline comes from the data, the target is the team's choice
  add(
    `perform public.save_goal_indicator(p_document_id => ${id('noord.visie')}, p_goal_lineage_id => ${lineage('visie.wonen')}, p_indicator_key => 'aandeel-koopwoningen', p_target_value => 45, p_target_year => 2035);`,
  );
  happenedAt('2024-10-07 09:00+02');
  status('noord.visie', 'consultatie');
  happenedAt('2024-12-02 10:00+01');
  status('noord.visie', 'vastgesteld');
  adoptedAt('noord.visie', '2025-02-27 20:00+01');
  happenedAt('2025-02-27 20:00+01');

  // ── Uitvoeringsplan Noord 2026-2027 (adopted; progress followed in 2026) ─────────────────────────────────────
  newDocument(
    'noord.plan',
    'noord',
    'plan',
    'uitvoeringsplan-noord-2026-2027',
    'Uitvoeringsplan Noord 2026-2027 (voorbeeld)',
    'VOORBEELDINHOUD. Wat gemeente en partners in 2026 en 2027 in Noord doen.',
    ['2026-01-01', '2027-12-31'],
    '2025-09-08 09:00+02',
  );
  section('noord.plan', 'plan.s.jeugd', 'Jeugd en onderwijs (voorbeeld)');
  entry('plan.s.jeugd', {
    kind: 'action',
    e: {
      key: 'plan.avondprogramma',
      title: 'Avondprogramma voor jongeren in Stokhasselt',
      body: 'Drie avonden per week activiteiten in het wijkcentrum. (voorbeeld)',
      theme: 'goede-start',
      ownerOrg: 'Jongerenwerk (voorbeeld)',
      ownerKind: 'partner',
      status: 'gepland',
      progress: 0,
      start: '2026-02-01',
      end: '2026-12-31',
      budget: 45000,
    },
  });
  entry('plan.s.jeugd', {
    kind: 'action',
    e: {
      key: 'plan.vve',
      title: 'Extra VVE-plaatsen in Heikant en Quirijnstok',
      body: 'Veertig extra plaatsen voor voorschoolse educatie. (voorbeeld)',
      theme: 'goede-start',
      ownerOrg: 'Gemeente Tilburg',
      ownerKind: 'gemeente',
      status: 'gepland',
      progress: 0,
      start: '2026-01-05',
      end: '2026-08-31',
      budget: 120000,
    },
  });
  section('noord.plan', 'plan.s.wonen', 'Wonen en openbare ruimte (voorbeeld)');
  entry('plan.s.wonen', {
    kind: 'action',
    e: {
      key: 'plan.renovatie',
      title: 'Renovatie van de eerste 120 portiekwoningen in Heikant',
      body: 'Eerste fase van de renovatie. (voorbeeld)',
      theme: 'wonen',
      ownerOrg: 'Woningcorporatie (voorbeeld)',
      ownerKind: 'partner',
      status: 'gepland',
      progress: 0,
      start: '2026-03-01',
      end: '2026-09-30',
      place: { point: 'WK085543' },
    },
  });
  entry('plan.s.wonen', {
    kind: 'action',
    e: {
      key: 'plan.schoolroutes',
      title: 'Schoolroutes verkeersveilig inrichten',
      body: 'Drempels, zebrapaden en betere verlichting op vier routes. (voorbeeld)',
      theme: 'mobiliteit',
      ownerOrg: 'Gemeente Tilburg',
      ownerKind: 'gemeente',
      status: 'gepland',
      progress: 0,
      start: '2027-01-15',
      end: '2027-06-30',
      budget: 80000,
    },
  });
  entry('plan.s.wonen', {
    kind: 'action',
    e: {
      key: 'plan.geveltuinen',
      title: 'Geveltuinen-actie met bewoners',
      body: 'Bewoners leggen samen geveltuinen aan. (voorbeeld)',
      theme: 'groen-en-klimaat',
      ownerOrg: 'Buurtcoöperatie (voorbeeld)',
      ownerKind: 'partner',
      status: 'gepland',
      progress: 0,
      start: '2026-04-01',
      end: '2026-10-31',
      budget: 5000,
    },
  });
  links('noord.plan', 'plan.avondprogramma', ['noord.jongeren', 'visie.goede-start']);
  links('noord.plan', 'plan.vve', ['noord.vve', 'visie.goede-start']);
  links('noord.plan', 'plan.renovatie', ['noord.renovatie', 'visie.wonen']);
  links('noord.plan', 'plan.schoolroutes', ['noord.schoolroutes', 'visie.wonen']);
  links('noord.plan', 'plan.geveltuinen', ['noord.plein', 'visie.groen']);
  happenedAt('2025-09-08 09:00+02');
  status('noord.plan', 'consultatie');
  happenedAt('2025-10-13 10:00+02');
  status('noord.plan', 'vastgesteld');
  adoptedAt('noord.plan', '2025-12-11 20:00+01');
  happenedAt('2025-12-11 20:00+01');
  const progress = (key: string, s: Action['status'], p: number, at: string) => {
    add(
      `perform public.update_action_progress(${entryIn('noord.plan', key)}, ${versionOf('entries', entryIn('noord.plan', key))}, '${s}', ${p});`,
    );
    happenedAt(at);
  };
  progress('plan.vve', 'in_uitvoering', 40, '2026-03-02 11:00+01');
  progress('plan.avondprogramma', 'in_uitvoering', 30, '2026-03-02 11:30+01');
  progress('plan.renovatie', 'in_uitvoering', 25, '2026-04-14 14:00+02');
  progress('plan.geveltuinen', 'gestopt', 10, '2026-06-15 10:00+02');
  progress('plan.vve', 'gereed', 100, '2026-09-01 09:00+02');
  progress('plan.renovatie', 'vertraagd', 25, '2026-10-05 16:00+02');
  progress('plan.avondprogramma', 'in_uitvoering', 60, '2026-10-05 16:30+02');

  // ── Wijkagenda Noord, version 2 (in consultatie, open to residents) ────────────────────────────────────────
  add(
    `v_r := public.start_revision(${id('noord.agenda.1')});`,
    `v_ids := v_ids || jsonb_build_object('noord.agenda.2', v_r ->> 'id');`,
  );
  add(`update public.documents set created_at = '2026-09-14 09:00+02' where id = ${id('noord.agenda.2')};`);
  happenedAt('2026-09-14 09:00+02');
  add(
    `perform public.update_document(${id('noord.agenda.2')}, ${versionOf('documents', id('noord.agenda.2'))}, p_summary => ${q('VOORBEELDINHOUD. Herziening 2026: wat er sinds 2024 is bereikt en wat er nieuw op de agenda komt. De echte Wijkagenda Noord staat op tilburg.nl (zie de bron).')});`,
  );
  const upd = (key: string, s: EntrySpec) =>
    add(
      `perform public.upsert_entry(p_section_id => (select section_id from public.entries where id = ${entryIn('noord.agenda.2', key)}), p_entry_id => ${entryIn('noord.agenda.2', key)}, p_version => ${versionOf('entries', entryIn('noord.agenda.2', key))}, ${entryArgs(s).join(', ')});`,
    );
  upd('noord.jongeren', {
    kind: 'item',
    e: {
      ...N.jongeren!,
      body: 'Jongeren hebben sinds 2026 drie avonden per week een plek in het wijkcentrum; ze willen ook een sportveld dat in de avond open is. (voorbeeld)',
      status: 'in_uitvoering',
    },
  });
  upd('noord.vve', { kind: 'item', e: { ...N.vve!, status: 'gerealiseerd' } });
  add(
    `perform public.move_entry(${entryIn('noord.agenda.2', 'noord.schoolroutes')}, ${versionOf('entries', entryIn('noord.agenda.2', 'noord.schoolroutes'))}, ${sectionIn('noord.agenda.2', 'noord.s.jeugd')}, 2);`,
    `perform public.delete_entry(${entryIn('noord.agenda.2', 'noord.buurthuis')}, ${versionOf('entries', entryIn('noord.agenda.2', 'noord.buurthuis'))});`,
    `perform public.upsert_section(p_document_id => ${id('noord.agenda.2')}, p_section_id => ${sectionIn('noord.agenda.2', 'noord.s.groen')}, p_version => ${versionOf('sections', sectionIn('noord.agenda.2', 'noord.s.groen'))}, p_title => 'Groen, klimaat en ontmoeten (voorbeeld)', p_body => 'Een groene wijk met plekken om elkaar te zien.');`,
  );
  add(`v_ids := v_ids || jsonb_build_object('noord.s.groen@2', ${sectionIn('noord.agenda.2', 'noord.s.groen')});`);
  entry('noord.s.groen@2', {
    kind: 'item',
    e: {
      key: 'noord.ouderen',
      title: 'Een ontmoetingsplek voor ouderen in Quirijnstok',
      body: 'Ouderen zoeken een vaste plek om elkaar te ontmoeten, ook in het weekend. (voorbeeld)',
      theme: 'meedoen',
      origin: 'resident_ambition',
      priority: 2,
      status: 'open',
    },
  });
  happenedAt('2026-09-14 09:30+02');
  status('noord.agenda.2', 'consultatie');
  add(
    `perform public.set_comments_open(${id('noord.agenda.2')}, ${versionOf('documents', id('noord.agenda.2'))}, true);`,
  );
  happenedAt('2026-10-26 10:00+01');
  as(USERS.resident);
  comment(
    'c.noord.bewoner',
    'noord.agenda.2',
    'noord.ouderen',
    'Goed idee! Mijn moeder zou hier graag komen; ik help mee met koffie schenken. (voorbeeld)',
    '2026-11-02 19:12+01',
  );

  // ── Uitvoeringsplan Noord 2028-2029: a concept only the area team (and admins) can see ──────────────────────
  as(USERS.team);
  newDocument(
    'noord.plan2',
    'noord',
    'plan',
    'uitvoeringsplan-noord-2028-2029',
    'Uitvoeringsplan Noord 2028-2029 (voorbeeld, concept)',
    'VOORBEELDINHOUD. Eerste aanzet, nog niet openbaar.',
    ['2028-01-01', '2029-12-31'],
    '2026-11-09 09:00+01',
  );
  section('noord.plan2', 'plan2.s.eerste', 'Eerste ideeën (voorbeeld)');
  entry('plan2.s.eerste', {
    kind: 'action',
    e: {
      key: 'plan2.renovatie',
      title: 'Renovatie Heikant, tweede fase',
      body: 'Afstemmen met de corporatie. (voorbeeld)',
      theme: 'wonen',
      ownerOrg: 'Woningcorporatie (voorbeeld)',
      ownerKind: 'partner',
      status: 'gepland',
      progress: 0,
      start: '2028-01-01',
      end: '2029-06-30',
    },
  });
  links('noord.plan2', 'plan2.renovatie', ['noord.renovatie', 'visie.wonen']);
  comment(
    'c.noord.intern',
    'noord.plan2',
    'plan2.renovatie',
    'Interne notitie: eerst de planning van de corporatie afwachten. (voorbeeld)',
    '2026-11-10 08:45+01',
  );
  happenedAt('2026-11-09 09:00+01');

  // ── Wijkagenda Reeshof, version 2 (in consultatie; the gemeente's admin writes it: no area-team account) ──────
  as(USERS.admin);
  add(
    `v_ids := v_ids || jsonb_build_object('reeshof.agenda.1', (select id from public.documents where slug = 'wijkagenda-reeshof' and version_no = 1));`,
    `v_r := public.start_revision(${id('reeshof.agenda.1')});`,
    `v_ids := v_ids || jsonb_build_object('reeshof.agenda.2', v_r ->> 'id');`,
    `update public.documents set created_at = '2026-09-21 09:00+02' where id = ${id('reeshof.agenda.2')};`,
    `perform public.update_document(${id('reeshof.agenda.2')}, ${versionOf('documents', id('reeshof.agenda.2'))}, p_summary => ${q('VOORBEELDINHOUD. Een eerste digitale versie van de Wijkagenda Reeshof om te laten zien hoe consultatie werkt. De echte agenda staat op tilburg.nl (zie de bron).')});`,
  );
  section('reeshof.agenda.2', 'reeshof.s.ontmoeten', 'Ontmoeten en meedoen (voorbeeld)');
  entry('reeshof.s.ontmoeten', {
    kind: 'item',
    e: {
      key: 'reeshof.wijkpunt',
      title: 'Het wijkpunt in Heyhoef uitbreiden',
      body: 'Meer ruimte voor activiteiten van en voor bewoners. (voorbeeld)',
      theme: 'voorzieningen',
      origin: 'resident_ambition',
      priority: 1,
      status: 'open',
      place: { point: 'WK085550' },
    },
  });
  entry('reeshof.s.ontmoeten', {
    kind: 'item',
    e: {
      key: 'reeshof.eenzaamheid',
      title: 'Eenzaamheid onder ouderen verminderen',
      body: 'Samen met welzijnswerk ouderen bereiken die weinig mensen zien. (voorbeeld)',
      theme: 'meedoen',
      origin: 'municipal_task',
      priority: 2,
      owner: 'Gemeente Tilburg',
      status: 'open',
    },
  });
  section('reeshof.agenda.2', 'reeshof.s.verkeer', 'Verkeer en groen (voorbeeld)');
  entry('reeshof.s.verkeer', {
    kind: 'item',
    e: {
      key: 'reeshof.fietsroute',
      title: 'Een snelle fietsroute naar station Tilburg Reeshof',
      body: 'Een veilige, verlichte fietsroute door de wijk. (voorbeeld)',
      theme: 'mobiliteit',
      origin: 'partner_task',
      priority: 2,
      owner: 'Provincie Noord-Brabant (voorbeeld)',
      status: 'open',
    },
  });
  happenedAt('2026-09-21 09:00+02');
  status('reeshof.agenda.2', 'consultatie');
  happenedAt('2026-10-12 10:00+02');
  as(USERS.council);
  comment(
    'c.reeshof.wijkpunt',
    'reeshof.agenda.2',
    'reeshof.wijkpunt',
    'De wijkraad steunt dit. Kunnen wij meedenken over de inrichting van het wijkpunt? (voorbeeld)',
    '2026-10-20 20:15+02',
  );
  comment(
    'c.reeshof.eenzaamheid',
    'reeshof.agenda.2',
    'reeshof.eenzaamheid',
    'Hoe worden de ouderen zelf betrokken bij deze aanpak? Wij horen graag hoe dat gaat. (voorbeeld)',
    '2026-10-20 20:40+02',
  );
  as(USERS.admin);
  comment(
    'c.reeshof.antwoord',
    'reeshof.agenda.2',
    null,
    'Ja, graag. We nodigen de wijkraad uit voor de ontwerpsessie in januari. (voorbeeld)',
    '2026-11-02 10:05+01',
    'c.reeshof.wijkpunt',
  );

  // ── Gebiedsvisie Reeshof 2026-2036 (adopted) ──────────────────────────────────────────────────────────────────
  as(USERS.admin);
  newDocument(
    'reeshof.visie',
    'reeshof',
    'vision',
    'gebiedsvisie-reeshof',
    'Gebiedsvisie Reeshof 2026-2036 (voorbeeld)',
    'VOORBEELDINHOUD. Waar Reeshof over tien jaar wil staan.',
    [2026, 2036],
    '2026-10-01 09:00+02',
  );
  section('reeshof.visie', 'reeshof.visie.s', 'Samen leven (voorbeeld)');
  entry('reeshof.visie.s', {
    kind: 'goal',
    e: {
      key: 'reeshof.visie.meedoen',
      title: 'Iedereen in Reeshof kan meedoen',
      body: 'Plekken en activiteiten waar jong en oud elkaar ontmoeten. (voorbeeld)',
      theme: 'meedoen',
    },
  });
  links('reeshof.visie', 'reeshof.visie.meedoen', ['reeshof.wijkpunt', 'reeshof.eenzaamheid']);
  happenedAt('2026-10-01 09:00+02');
  status('reeshof.visie', 'consultatie');
  happenedAt('2026-10-05 10:00+02');
  status('reeshof.visie', 'vastgesteld');
  adoptedAt('reeshof.visie', '2026-11-12 20:00+01');
  happenedAt('2026-11-12 20:00+01');

  // ── Uitvoeringsplan Reeshof 2027: a concept in another area than the demo area team's ─────────────────────────
  newDocument(
    'reeshof.plan',
    'reeshof',
    'plan',
    'uitvoeringsplan-reeshof-2027',
    'Uitvoeringsplan Reeshof 2027 (voorbeeld, concept)',
    'VOORBEELDINHOUD. Eerste aanzet, nog niet openbaar.',
    ['2027-01-01', '2027-12-31'],
    '2026-11-16 09:00+01',
  );
  section('reeshof.plan', 'reeshof.plan.s', 'Eerste acties (voorbeeld)');
  entry('reeshof.plan.s', {
    kind: 'action',
    e: {
      key: 'reeshof.plan.wijkpunt',
      title: 'Verkenning uitbreiding wijkpunt Heyhoef',
      body: 'Ruimtebehoefte en mogelijke locaties in kaart brengen. (voorbeeld)',
      theme: 'voorzieningen',
      ownerOrg: 'Gemeente Tilburg',
      ownerKind: 'gemeente',
      status: 'gepland',
      progress: 0,
      start: '2027-01-01',
      end: '2027-04-30',
      place: { point: 'WK085550' },
    },
  });
  links('reeshof.plan', 'reeshof.plan.wijkpunt', ['reeshof.wijkpunt', 'reeshof.visie.meedoen']);
  comment(
    'c.reeshof.intern',
    'reeshof.plan',
    'reeshof.plan.wijkpunt',
    'Interne notitie: navragen welke ruimtes de school kan delen. (voorbeeld)',
    '2026-11-17 09:30+01',
  );
  happenedAt('2026-11-16 09:00+01');

  // ── example flags and timestamps, written without triggers (they would stamp now() and record revisions) ──────
  // The seed runs as postgres, the tables' owner, which may switch a table's triggers off; setting
  // session_replication_role would need a superuser, which postgres is not on a Supabase project.
  add(
    `perform set_config('request.jwt.claims', '', true);`,
    ...CONTENT_TABLES.map((t) => `alter table public.${t} disable trigger user;`),
    `update public.documents set is_example = true where id = ${id('reeshof.agenda.2')};`,
    `update public.documents d set updated_at = coalesce((select max(r.changed_at) from public.revisions r where r.document_id = d.id), d.created_at) where d.is_example;`,
    `update public.sections s set created_at = d.created_at, updated_at = coalesce((select max(r.changed_at) from public.revisions r where r.entity_id = s.id), d.created_at) from public.documents d where d.id = s.document_id and d.is_example;`,
    `update public.entries e set created_at = d.created_at, updated_at = coalesce((select max(r.changed_at) from public.revisions r where r.entity_id = e.id and r.entity = 'entry'), d.created_at) from public.documents d where d.id = e.document_id and d.is_example;`,
    `update public.entry_links l set created_at = d.created_at from public.documents d where d.id = l.document_id and d.is_example;`,
    ...CONTENT_TABLES.map((t) => `alter table public.${t} enable trigger user;`),
  );

  return [
    'do $$',
    'declare',
    "  v_ids jsonb := '{}';",
    '  v_r jsonb;',
    '  v_mark bigint;',
    'begin',
    ...lines,
    'end $$;',
  ];
}
