// Example initiatives for the seed (issue 4), clearly marked "(voorbeeld)" and is_example. Written through the same
// RPCs the app calls, as the demo users, in one DO block after the example documents exist; afterwards the
// timestamps are set to a fixed, plausible history. One initiative runs the whole chain: it is taken into the
// agenda item "Het plein in Quirijnstok vergroenen" of Wijkagenda Noord and carried out by the action
// "Geveltuinen-actie met bewoners" of the Uitvoeringsplan Noord 2026-2027. Deterministic.
import { randomPointIn, seededRandom, type DistrictShape } from './bench-data/geometry';

const USERS = {
  team: '00000000-0000-4000-8000-000000000001',
  council: '00000000-0000-4000-8000-000000000002',
  resident: '00000000-0000-4000-8000-000000000003',
  admin: '00000000-0000-4000-8000-000000000004',
} as const;
type User = keyof typeof USERS;

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
const id = (key: string) => `(v_ids ->> ${q(key)})::uuid`;
const version = (key: string) => `(select version from public.initiatives where id = ${id(key)})`;
const lineageOf = (docSlug: string, title: string) =>
  `(select e.lineage_id from public.entries e join public.documents d on d.id = e.document_id where d.slug = ${q(docSlug)} and e.title = ${q(title)} order by d.version_no desc limit 1)`;

type Step =
  | { do: 'status'; by: User; to: string; explanation: string; item?: string; action?: string; at: string }
  | { do: 'support'; by: User; at: string }
  | { do: 'comment'; by: User; body: string; at: string }
  | { do: 'report'; by: User; reason: string; at: string };

type Example = {
  key: string;
  by: User;
  title: string;
  description: string;
  theme: string;
  district: string;
  isHome?: boolean;
  /** proposed without the map: the district and a description of the place */
  place?: string;
  at: string;
  steps: Step[];
};

const PLEIN = lineageOf('wijkagenda-noord', 'Het plein in Quirijnstok vergroenen');
const GEVELTUINEN = lineageOf('uitvoeringsplan-noord-2026-2027', 'Geveltuinen-actie met bewoners');

const EXAMPLES: Example[] = [
  {
    key: 'moestuin',
    by: 'resident',
    title: 'Buurtmoestuin en geveltuinen rond het plein (voorbeeld)',
    description:
      'Wij willen met buren een moestuin maken op het plein in Quirijnstok, en geveltuinen in de straten eromheen. Er zijn al tien gezinnen die willen meedoen. (voorbeeld)',
    theme: 'groen-en-klimaat',
    district: 'WK085544',
    at: '2025-09-02 19:30+02',
    steps: [
      { do: 'support', by: 'council', at: '2025-09-03 10:00+02' },
      { do: 'support', by: 'admin', at: '2025-09-04 12:00+02' },
      {
        do: 'status',
        by: 'team',
        to: 'in_behandeling',
        explanation: 'Mooi plan! We nemen contact met je op om het samen uit te werken. (voorbeeld)',
        at: '2025-09-10 09:00+02',
      },
      {
        do: 'comment',
        by: 'team',
        body: 'We hebben de buurt gesproken: er is veel steun. Het past bij het agendapunt over het plein. (voorbeeld)',
        at: '2025-10-01 14:00+02',
      },
      {
        do: 'status',
        by: 'team',
        to: 'opgenomen',
        item: PLEIN,
        explanation:
          'Opgenomen in de Wijkagenda Noord, bij het punt "Het plein in Quirijnstok vergroenen". (voorbeeld)',
        at: '2025-10-15 09:00+02',
      },
      {
        do: 'status',
        by: 'team',
        to: 'in_uitvoering',
        action: GEVELTUINEN,
        explanation:
          'De geveltuinen-actie uit het Uitvoeringsplan Noord voert dit uit, samen met jou en je buren. (voorbeeld)',
        at: '2026-01-20 09:00+01',
      },
    ],
  },
  {
    key: 'bankje',
    by: 'resident',
    title: 'Bankje bij de bushalte voor ouderen (voorbeeld)',
    description:
      'Bij de bushalte in mijn straat staan ouderen lang te wachten. Een bankje zou veel helpen. Ik woon hier zelf. (voorbeeld)',
    theme: 'voorzieningen',
    district: 'WK085542',
    isHome: true,
    at: '2026-10-20 20:15+02',
    steps: [{ do: 'support', by: 'council', at: '2026-10-22 08:00+02' }],
  },
  {
    key: 'speelplek',
    by: 'council',
    title: 'Speelplek voor peuters in Heikant (voorbeeld)',
    description:
      'In Heikant is geen veilige speelplek voor de kleinste kinderen. Het grasveld bij de flats is een goede plek. (voorbeeld)',
    theme: 'goede-start',
    district: 'WK085543',
    at: '2026-06-11 09:00+02',
    steps: [
      { do: 'support', by: 'resident', at: '2026-06-12 18:00+02' },
      {
        do: 'comment',
        by: 'resident',
        body: 'Goed idee, mijn kinderen zouden er graag spelen! (voorbeeld)',
        at: '2026-06-12 18:05+02',
      },
      {
        do: 'status',
        by: 'team',
        to: 'in_behandeling',
        explanation: 'We zoeken uit of het grasveld van de gemeente is. (voorbeeld)',
        at: '2026-06-20 10:00+02',
      },
    ],
  },
  {
    key: 'jeudeboules',
    by: 'council',
    title: 'Jeu-de-boulesbaan bij het wijkpunt (voorbeeld)',
    description:
      'Een jeu-de-boulesbaan naast het wijkpunt Heyhoef brengt jong en oud samen, ook buiten de openingstijden. (voorbeeld)',
    theme: 'meedoen',
    district: 'WK085550',
    at: '2026-09-05 11:00+02',
    steps: [
      { do: 'support', by: 'resident', at: '2026-09-06 09:00+02' },
      {
        do: 'comment',
        by: 'resident',
        body: 'Ik kom zeker een balletje gooien! (voorbeeld)',
        at: '2026-09-06 09:05+02',
      },
    ],
  },
  {
    key: 'repaircafe',
    by: 'resident',
    title: 'Repaircafé in Dongewijk (voorbeeld)',
    description:
      'Een maandelijks repaircafé waar buren elkaar helpen spullen te repareren in plaats van weg te gooien. (voorbeeld)',
    theme: 'meedoen',
    district: 'WK085552',
    at: '2026-03-03 21:00+01',
    steps: [
      {
        do: 'status',
        by: 'admin',
        to: 'afgewezen',
        explanation:
          'Er is al een repaircafé in het wijkcentrum op 500 meter afstand; sluit je daar gerust bij aan. (voorbeeld)',
        at: '2026-03-20 10:00+01',
      },
    ],
  },
  {
    key: 'bomen',
    by: 'resident',
    title: 'Meer bomen langs de doorgaande weg (voorbeeld)',
    description:
      'De doorgaande weg door De Reit is in de zomer erg heet. Bomen geven schaduw en maken de straat mooier. (voorbeeld)',
    theme: 'groen-en-klimaat',
    district: 'WK085537',
    place: 'Langs de doorgaande weg, tussen de school en de supermarkt',
    at: '2026-11-02 16:00+01',
    steps: [
      {
        do: 'report',
        by: 'council',
        reason: 'Lijkt dubbel ingediend. (voorbeeld van een melding)',
        at: '2026-11-03 08:00+01',
      },
    ],
  },
];

const THEME = (slug: string) => `(select id from public.themes where slug = ${q(slug)})`;
const DISTRICT = (code: string) => `(select id from public.districts where code = ${q(code)})`;

export function exampleInitiativesSql(districts: DistrictShape[]): string[] {
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const random = seededRandom(4);
  const lines: string[] = [];
  const add = (...l: string[]) => lines.push(...l.map((x) => `  ${x}`));
  const as = (user: User) =>
    add(
      `perform set_config('request.jwt.claims', ${q(JSON.stringify({ sub: USERS[user], role: 'authenticated' }))}, true);`,
    );

  for (const ex of EXAMPLES) {
    const d = byCode.get(ex.district);
    if (!d) throw new Error(`unknown district ${ex.district}`);
    as(ex.by);
    const where = ex.place
      ? `p_district_id => ${DISTRICT(ex.district)}, p_place_description => ${q(ex.place)}`
      : (() => {
          const [lng, lat] = randomPointIn(d, random);
          return `p_lng => ${lng}, p_lat => ${lat}`;
        })();
    add(
      `v_r := public.propose_initiative(p_title => ${q(ex.title)}, p_description => ${q(ex.description)}, p_theme_id => ${THEME(ex.theme)}, ${where}, p_is_home => ${!!ex.isHome});`,
      `v_ids := v_ids || jsonb_build_object(${q(ex.key)}, v_r ->> 'id');`,
      `v_at := jsonb_set(v_at, array[v_r ->> 'id'], to_jsonb(${q(ex.at)}::timestamptz));`,
    );
    for (const s of ex.steps) {
      as(s.by);
      if (s.do === 'support') {
        add(
          `perform public.support_initiative(${id(ex.key)});`,
          `update public.initiative_supports set created_at = ${q(s.at)} where initiative_id = ${id(ex.key)} and user_id = '${USERS[s.by]}';`,
        );
      } else if (s.do === 'comment') {
        add(
          `v_r := public.comment_on_initiative(${id(ex.key)}, ${q(s.body)});`,
          `update public.initiative_comments set created_at = ${q(s.at)} where id = (v_r ->> 'id')::uuid;`,
          `update public.notifications set created_at = ${q(s.at)} where kind = 'comment_added' and initiative_id = ${id(ex.key)} and created_at = now();`,
        );
      } else if (s.do === 'report') {
        add(
          `perform public.report_abuse('initiative', ${id(ex.key)}, ${q(s.reason)});`,
          `update public.abuse_reports set created_at = ${q(s.at)} where target_id = ${id(ex.key)} and reporter_id = '${USERS[s.by]}';`,
        );
      } else {
        add(
          `perform public.set_initiative_status(${id(ex.key)}, ${version(ex.key)}, '${s.to}', ${q(s.explanation)}${s.item ? `, p_agenda_item_lineage_id => ${s.item}` : ''}${s.action ? `, p_plan_action_lineage_id => ${s.action}` : ''});`,
          `update public.initiative_status_changes set changed_at = ${q(s.at)} where initiative_id = ${id(ex.key)} and to_status = '${s.to}';`,
          `update public.notifications set created_at = ${q(s.at)}, read_at = case when ${q(s.at)}::timestamptz < '2026-01-01' then ${q(s.at)}::timestamptz end where kind = 'status_changed' and initiative_id = ${id(ex.key)} and payload ->> 'to_status' = '${s.to}';`,
        );
      }
    }
  }
  // written without the initiatives' triggers (they would stamp now()); postgres owns the table, so it may switch
  // them off, where session_replication_role would need a superuser
  add(
    `perform set_config('request.jwt.claims', '', true);`,
    `alter table public.initiatives disable trigger user;`,
    `update public.initiatives i set is_example = true, created_at = (v_at ->> i.id::text)::timestamptz, updated_at = coalesce((select max(h.changed_at) from public.initiative_status_changes h where h.initiative_id = i.id), (v_at ->> i.id::text)::timestamptz) where v_at ? i.id::text;`,
    `update public.initiative_status_changes h set changed_at = (v_at ->> h.initiative_id::text)::timestamptz where h.from_status is null and v_at ? h.initiative_id::text;`,
    `alter table public.initiatives enable trigger user;`,
  );
  return [
    'do $$',
    'declare',
    "  v_ids jsonb := '{}';",
    "  v_at jsonb := '{}';",
    '  v_r jsonb;',
    'begin',
    ...lines,
    'end $$;',
  ];
}
