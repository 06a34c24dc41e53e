import { AppError } from '@/lib/supabase/unwrap';
import {
  adminErrorMessage,
  areaSchema,
  councilSchema,
  districtsByArea,
  documentSchema,
  grantSchema,
  inviteSchema,
  matchesDistrict,
  moved,
  moveSchema,
  roleArgs,
  roleLabel,
  slugify,
  themeSchema,
  toDocumentArgs,
  type AdminArea,
  type AdminDistrict,
  type DocumentValues,
} from './model';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key);
// the first message per field, as the form shows it (zodResolver's default)
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).reverse().map((i) => [i.path.join('.'), i.message]));

const area = (id: string, name: string, sort_order: number): AdminArea => ({
  id,
  slug: id,
  name,
  name_status: 'confirmed',
  color_index: sort_order,
  description: '',
  sort_order,
});
const district = (id: string, name: string, area_id: string, code = 'WK085500'): AdminDistrict => ({
  id,
  code,
  name,
  kind: 'wijk',
  area_id,
});

describe('role forms', () => {
  test('a role is required, and an area for an area team, a council for a council member', () => {
    expect(issues(grantSchema.safeParse({ role: '', areaId: '', councilId: '' }))).toEqual({
      role: 'admin.errors.roleRequired',
    });
    expect(issues(grantSchema.safeParse({ role: 'area_team', areaId: '', councilId: 'c' }))).toEqual({
      areaId: 'admin.errors.areaRequired',
    });
    expect(issues(grantSchema.safeParse({ role: 'council', areaId: 'a', councilId: '' }))).toEqual({
      councilId: 'admin.errors.councilRequired',
    });
    expect(grantSchema.safeParse({ role: 'admin', areaId: '', councilId: '' }).success).toBe(true);
  });

  test('an invitation needs a valid e-mail address, trimmed', () => {
    expect(issues(inviteSchema.safeParse({ email: ' ', role: 'admin', areaId: '', councilId: '' }))).toEqual({
      email: 'admin.errors.emailRequired',
    });
    expect(issues(inviteSchema.safeParse({ email: 'iemand@', role: 'admin', areaId: '', councilId: '' }))).toEqual({
      email: 'admin.errors.emailInvalid',
    });
    const ok = inviteSchema.parse({ email: ' nieuw@gemeente.nl ', role: 'admin', areaId: '', councilId: '' });
    expect(ok.email).toBe('nieuw@gemeente.nl');
  });

  test('the RPC gets only the area or council that goes with the role', () => {
    expect(roleArgs({ role: 'area_team', areaId: 'a', councilId: 'c' })).toEqual({
      p_role: 'area_team',
      p_area_id: 'a',
      p_council_id: undefined,
    });
    expect(roleArgs({ role: 'council', areaId: 'a', councilId: 'c' })).toEqual({
      p_role: 'council',
      p_area_id: undefined,
      p_council_id: 'c',
    });
    expect(roleArgs({ role: 'admin', areaId: 'a', councilId: 'c' })).toEqual({
      p_role: 'admin',
      p_area_id: undefined,
      p_council_id: undefined,
    });
  });

  test('a role reads as who and where', () => {
    expect(roleLabel({ role: 'admin', area_name: null, council_name: null }, t)).toBe('admin.roles.admin');
    expect(roleLabel({ role: 'area_team', area_name: 'Noord', council_name: null }, t)).toBe(
      'admin.roles.areaTeamOf {"area":"Noord"}',
    );
    expect(roleLabel({ role: 'council', area_name: 'Reeshof', council_name: 'Wijkraad Heyhoef' }, t)).toBe(
      'admin.roles.councilOf {"council":"Wijkraad Heyhoef"}',
    );
  });
});

describe('area, council and theme forms', () => {
  test('an area: a name of 2–80 characters, one of the 8 colours, a description up to 2000', () => {
    const ok = { name: 'Noord', colorIndex: '3', description: '', nameConfirmed: true };
    expect(areaSchema.safeParse(ok).success).toBe(true);
    expect(
      issues(areaSchema.safeParse({ ...ok, name: ' N ', colorIndex: '8', description: 'x'.repeat(2001) })),
    ).toEqual({
      name: 'admin.errors.nameLength',
      colorIndex: 'admin.errors.colorRequired',
      description: 'admin.errors.descriptionLength',
    });
  });

  test('a council: name, kind, area, at least one wijk, and a website that is http(s) or empty', () => {
    const ok = { name: 'Wijkraad Noord', kind: 'wijkraad', areaId: 'a', websiteUrl: '', districtIds: ['d'] };
    expect(councilSchema.safeParse(ok).success).toBe(true);
    expect(councilSchema.safeParse({ ...ok, websiteUrl: 'https://wijkraad.nl/over-ons' }).success).toBe(true);
    expect(issues(councilSchema.safeParse({ ...ok, websiteUrl: 'wijkraad.nl', districtIds: [], areaId: '' }))).toEqual({
      websiteUrl: 'admin.errors.websiteInvalid',
      districtIds: 'admin.errors.districtsRequired',
      areaId: 'admin.errors.areaRequired',
    });
    expect(issues(councilSchema.safeParse({ ...ok, websiteUrl: 'https://localhost' }))).toEqual({
      websiteUrl: 'admin.errors.websiteInvalid',
    });
  });

  test('a theme code is lower case, digits and single hyphens; it is suggested from the Dutch name', () => {
    const ok = { slug: 'groen-klimaat', nameNl: 'Groen', nameEn: 'Green' };
    expect(themeSchema.safeParse(ok).success).toBe(true);
    for (const slug of ['Groen', 'groen--klimaat', '-groen', 'groen klimaat', ''])
      expect(issues(themeSchema.safeParse({ ...ok, slug }))).toEqual({ slug: 'admin.errors.slugInvalid' });
    expect(slugify('Groen & klimaat')).toBe('groen-klimaat');
    expect(slugify('  Coöperatie   één ')).toBe('cooperatie-een');
    expect(themeSchema.safeParse({ ...ok, slug: slugify('Veiligheid, verkeer en parkeren!') }).success).toBe(true);
  });

  test('moving a wijk asks for another area than its own', () => {
    expect(issues(moveSchema('a').safeParse({ areaId: 'a' }))).toEqual({ areaId: 'admin.errors.sameArea' });
    expect(moveSchema('a').safeParse({ areaId: 'b' }).success).toBe(true);
  });
});

describe('documents', () => {
  const base: DocumentValues = {
    areaId: 'a',
    kind: 'agenda',
    title: 'Wijkagenda Noord',
    summary: '',
    agendaKind: 'dorpsagenda',
    horizonStart: '2030',
    horizonEnd: '2040',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    districtIds: ['d1', 'd2'],
  };

  test('each kind sends only its own fields', () => {
    expect(toDocumentArgs(base)).toEqual({
      p_area_id: 'a',
      p_kind: 'agenda',
      p_title: 'Wijkagenda Noord',
      p_summary: '',
      p_district_ids: ['d1', 'd2'],
      p_agenda_kind: 'dorpsagenda',
    });
    expect(toDocumentArgs({ ...base, kind: 'vision' })).toMatchObject({ p_horizon_start: 2030, p_horizon_end: 2040 });
    expect(toDocumentArgs({ ...base, kind: 'vision' })).not.toHaveProperty('p_agenda_kind');
    expect(toDocumentArgs({ ...base, kind: 'plan' })).toMatchObject({
      p_period_start: '2026-01-01',
      p_period_end: '2026-12-31',
    });
    expect(toDocumentArgs({ ...base, kind: 'plan' })).not.toHaveProperty('p_horizon_start');
  });

  test('a vision needs years 2000–2100 in order; a plan two dates in order; an agenda neither', () => {
    const empty = { horizonStart: '', horizonEnd: '', periodStart: '', periodEnd: '' };
    expect(documentSchema.safeParse({ ...base, ...empty }).success).toBe(true);
    expect(issues(documentSchema.safeParse({ ...base, ...empty, kind: 'vision', horizonStart: '1999' }))).toEqual({
      horizonStart: 'admin.errors.yearInvalid',
      horizonEnd: 'admin.errors.yearInvalid',
    });
    expect(issues(documentSchema.safeParse({ ...base, kind: 'vision', horizonEnd: '2029' }))).toEqual({
      horizonEnd: 'admin.errors.endBeforeStart',
    });
    expect(issues(documentSchema.safeParse({ ...base, ...empty, kind: 'plan' }))).toEqual({
      periodStart: 'admin.errors.dateRequired',
      periodEnd: 'admin.errors.dateRequired',
    });
    expect(issues(documentSchema.safeParse({ ...base, kind: 'plan', periodEnd: '2025-12-31' }))).toEqual({
      periodEnd: 'admin.errors.endBeforeStart',
    });
    expect(issues(documentSchema.safeParse({ ...base, title: 'x', districtIds: [] }))).toEqual({
      title: 'admin.errors.titleLength',
      districtIds: 'admin.errors.districtsRequired',
    });
  });
});

describe('lists', () => {
  test('wijken grouped per area in the areas’ order, by name, filtered without regard to case or accents', () => {
    const areas = [area('b', 'Zuid', 0), area('a', 'Noord', 1), area('c', 'Leeg', 2)];
    const districts = [
      district('1', 'Theresia', 'a'),
      district('2', 'Besterd', 'a', 'WK085512'),
      district('3', 'Reeshof Heyhoef', 'b'),
      district('4', 'Hoefstraat', 'b'),
    ];
    expect(districtsByArea(areas, districts).map((g) => [g.area.name, g.districts.map((d) => d.name)])).toEqual([
      ['Zuid', ['Hoefstraat', 'Reeshof Heyhoef']],
      ['Noord', ['Besterd', 'Theresia']],
    ]);
    expect(districtsByArea(areas, districts, 'HOEF').map((g) => g.districts.length)).toEqual([2]);
    expect(matchesDistrict(district('5', 'Coöperatiebuurt', 'a'), 'coop')).toBe(true);
    expect(matchesDistrict(districts[1]!, 'wk085512')).toBe(true);
  });

  test('moving an item up or down, and not past either end', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 5, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('errors', () => {
  const err = (code: string, kind: ConstructorParameters<typeof AppError>[0], message = 'Reden.') =>
    new AppError(kind, message, code);

  test('the last admin, a withdrawn invitation and the known conflicts get our own words', () => {
    expect(adminErrorMessage(err('22023', 'invalid'), 'revoke', t)).toBe('admin.errors.lastAdmin');
    expect(adminErrorMessage(err('P0002', 'not_found'), 'withdraw', t)).toBe('admin.errors.notPending');
    expect(adminErrorMessage(err('23505', 'conflict'), 'invite', t)).toBe('admin.errors.invitationExists');
    expect(adminErrorMessage(err('23505', 'conflict'), 'theme', t)).toBe('admin.errors.slugTaken');
    expect(adminErrorMessage(err('23505', 'conflict'), 'council', t)).toBe('admin.errors.councilExists');
    expect(adminErrorMessage(err('42501', 'forbidden'), 'grant', t)).toBe('errors.forbidden');
  });

  test('other refusals carry the server’s reason; anything else says it did not get through', () => {
    expect(adminErrorMessage(err('22023', 'invalid', 'Kies een gebied.'), 'council', t)).toBe(
      'admin.errors.refused {"reason":"Kies een gebied."}',
    );
    expect(adminErrorMessage(err('P0002', 'not_found'), 'area', t)).toBe('admin.errors.notFound');
    expect(adminErrorMessage(new TypeError('Failed to fetch'), 'area', t)).toBe('admin.errors.unknown');
    expect(adminErrorMessage(null, 'area', t)).toBeNull();
  });
});
