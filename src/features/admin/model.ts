// The admin console's view models (admin_console(), admin_search_users(), admin_list_invitations(); docs/api.md),
// its form schemas and the pure helpers its screens share. Loaded only with the /beheer routes, so zod may live here.
import { z } from 'zod';
import { AppError } from '@/lib/supabase/unwrap';

export const MEMBERSHIP_ROLES = ['area_team', 'council', 'admin'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const COUNCIL_KINDS = ['wijkraad', 'dorpsraad', 'buurtraad', 'wijkvereniging', 'dorpscooperatie'] as const;
export type CouncilKind = (typeof COUNCIL_KINDS)[number];
export const DOCUMENT_KINDS = ['agenda', 'vision', 'plan'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const AGENDA_KINDS = ['wijkagenda', 'dorpsagenda'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'withdrawn'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
/** The names of the 8 area colours (lib/geo/area-colors.ts, Okabe–Ito), as message keys admin.colors.<name>. */
export const COLOR_NAMES = [
  'orange',
  'skyBlue',
  'bluishGreen',
  'yellow',
  'blue',
  'vermillion',
  'purple',
  'grey',
] as const;

export type AdminArea = {
  id: string;
  slug: string;
  name: string;
  name_status: 'confirmed' | 'presumed';
  color_index: number;
  description: string;
  sort_order: number;
};
export type AdminDistrict = { id: string; code: string; name: string; kind: 'wijk' | 'dorp'; area_id: string };
export type AdminCouncil = {
  id: string;
  name: string;
  kind: CouncilKind;
  area_id: string;
  website_url: string | null;
  is_example: boolean;
  district_ids: string[];
};
export type AdminTheme = { id: string; slug: string; name_nl: string; name_en: string; sort_order: number };
export type AdminDocument = {
  id: string;
  slug: string;
  title: string;
  kind: DocumentKind;
  status: 'concept' | 'consultatie' | 'vastgesteld';
  area_id: string;
  version_no: number;
};
export type AdminConsole = {
  areas: AdminArea[];
  districts: AdminDistrict[];
  councils: AdminCouncil[];
  themes: AdminTheme[];
  documents: AdminDocument[];
};

export type Membership = {
  id: string;
  role: MembershipRole;
  area_id: string | null;
  area_name: string | null;
  council_id: string | null;
  council_name: string | null;
};
export type AdminUser = {
  id: string;
  email: string;
  display_name: string;
  created_at: string;
  memberships: Membership[];
};
export type Invitation = {
  id: string;
  email: string;
  role: MembershipRole;
  area_id: string | null;
  area_name: string | null;
  council_id: string | null;
  council_name: string | null;
  created_at: string;
  expires_at: string;
  status: InvitationStatus;
  invited_by_name?: string | null;
  accepted_at?: string | null;
  accepted_by_name?: string | null;
};

type T = (key: string, options?: Record<string, unknown>) => string;

/** "Beheerder", "Gebiedsteam Noord", "Lid van Wijkraad Heyhoef". */
export function roleLabel(m: Pick<Membership, 'role' | 'area_name' | 'council_name'>, t: T): string {
  if (m.role === 'area_team') return t('admin.roles.areaTeamOf', { area: m.area_name ?? '—' });
  if (m.role === 'council') return t('admin.roles.councilOf', { council: m.council_name ?? '—' });
  return t('admin.roles.admin');
}

/** Lower case without accents, for filters that find "Cöoperatie" when "coop" is typed. */
export const folded = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

export function matchesDistrict(d: AdminDistrict, filter: string): boolean {
  const f = folded(filter);
  return !f || folded(d.name).includes(f) || d.code.toLowerCase().includes(f);
}

/** The districts per area (in the areas' order, each by name), only those the filter matches; empty areas left out. */
export function districtsByArea(
  areas: AdminArea[],
  districts: AdminDistrict[],
  filter = '',
): { area: AdminArea; districts: AdminDistrict[] }[] {
  return areas
    .map((area) => ({
      area,
      districts: districts
        .filter((d) => d.area_id === area.id && matchesDistrict(d, filter))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    }))
    .filter((g) => g.districts.length > 0);
}

/** The ids with the one at `index` moved `delta` places (clamped); the same array when it cannot move. */
export function moved<X>(items: readonly X[], index: number, delta: number): X[] {
  const to = Math.max(0, Math.min(items.length - 1, index + delta));
  if (index < 0 || index >= items.length || to === index) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item as X);
  return next;
}

/** A theme code from its Dutch name: "Groen & klimaat" → "groen-klimaat". */
export function slugify(name: string): string {
  return folded(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function consoleCounts(c: AdminConsole) {
  return {
    areas: c.areas.length,
    districts: c.districts.length,
    councils: c.councils.length,
    themes: c.themes.length,
    documents: c.documents.length,
  };
}

// ── forms ─────────────────────────────────────────────────────────────────────────────────────────────
// Messages are i18n keys, translated where they are shown. Form values are strings as the controls give them;
// the to<…>Args mappers turn them into RPC arguments.

const email = z.string().trim().min(1, 'admin.errors.emailRequired').email('admin.errors.emailInvalid');
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const YEAR = /^\d{4}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const roleShape = {
  role: z.union([z.enum(MEMBERSHIP_ROLES), z.literal('')]),
  areaId: z.string(),
  councilId: z.string(),
};
type RoleValues = { role: MembershipRole | ''; areaId: string; councilId: string };

function checkRole(v: RoleValues, ctx: z.RefinementCtx) {
  if (!v.role) ctx.addIssue({ code: 'custom', path: ['role'], message: 'admin.errors.roleRequired' });
  if (v.role === 'area_team' && !v.areaId)
    ctx.addIssue({ code: 'custom', path: ['areaId'], message: 'admin.errors.areaRequired' });
  if (v.role === 'council' && !v.councilId)
    ctx.addIssue({ code: 'custom', path: ['councilId'], message: 'admin.errors.councilRequired' });
}

export const grantSchema = z.object(roleShape).superRefine(checkRole);
export type GrantValues = z.infer<typeof grantSchema>;

export const inviteSchema = z.object({ email, ...roleShape }).superRefine(checkRole);
export type InviteValues = z.infer<typeof inviteSchema>;

/** Area and council only where the role has one. */
export function roleArgs(v: RoleValues) {
  return {
    p_role: v.role as MembershipRole,
    p_area_id: v.role === 'area_team' ? v.areaId : undefined,
    p_council_id: v.role === 'council' ? v.councilId : undefined,
  };
}

export const areaSchema = z.object({
  name: z.string().trim().min(2, 'admin.errors.nameLength').max(80, 'admin.errors.nameLength'),
  colorIndex: z.string().regex(/^[0-7]$/, 'admin.errors.colorRequired'),
  description: z.string().max(2000, 'admin.errors.descriptionLength'),
  nameConfirmed: z.boolean(),
});
export type AreaValues = z.infer<typeof areaSchema>;

export const councilSchema = z.object({
  name: z.string().trim().min(2, 'admin.errors.councilNameLength').max(120, 'admin.errors.councilNameLength'),
  kind: z.enum(COUNCIL_KINDS, { message: 'admin.errors.kindRequired' }),
  areaId: z.string().min(1, 'admin.errors.areaRequired'),
  websiteUrl: z
    .string()
    .trim()
    .max(500, 'admin.errors.websiteInvalid')
    // as admin_save_council checks it: http(s), a host with a dot, no spaces
    .refine((s) => s === '' || /^https?:\/\/[^\s/?#]+\.\S*$/i.test(s), 'admin.errors.websiteInvalid'),
  districtIds: z.array(z.string()).min(1, 'admin.errors.districtsRequired'),
});
export type CouncilValues = z.infer<typeof councilSchema>;

/** Moving a wijk: another area than the one it is in. */
export const moveSchema = (currentAreaId: string) =>
  z.object({
    areaId: z
      .string()
      .min(1, 'admin.errors.areaRequired')
      .refine((id) => id !== currentAreaId, 'admin.errors.sameArea'),
  });
export type MoveValues = { areaId: string };

export const themeSchema = z.object({
  slug: z.string().trim().regex(SLUG, 'admin.errors.slugInvalid').max(60, 'admin.errors.slugInvalid'),
  nameNl: z.string().trim().min(2, 'admin.errors.nameLength').max(80, 'admin.errors.nameLength'),
  nameEn: z.string().trim().min(2, 'admin.errors.nameLength').max(80, 'admin.errors.nameLength'),
});
export type ThemeValues = z.infer<typeof themeSchema>;

export const documentSchema = z
  .object({
    areaId: z.string().min(1, 'admin.errors.areaRequired'),
    kind: z.enum(DOCUMENT_KINDS),
    title: z.string().trim().min(2, 'admin.errors.titleLength').max(160, 'admin.errors.titleLength'),
    summary: z.string().max(4000, 'admin.errors.summaryLength'),
    agendaKind: z.enum(AGENDA_KINDS),
    horizonStart: z.string(),
    horizonEnd: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    districtIds: z.array(z.string()).min(1, 'admin.errors.districtsRequired'),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.kind === 'vision') {
      const year = (s: string) => YEAR.test(s) && Number(s) >= 2000 && Number(s) <= 2100;
      if (!year(v.horizonStart)) issue('horizonStart', 'admin.errors.yearInvalid');
      if (!year(v.horizonEnd)) issue('horizonEnd', 'admin.errors.yearInvalid');
      else if (year(v.horizonStart) && Number(v.horizonStart) > Number(v.horizonEnd))
        issue('horizonEnd', 'admin.errors.endBeforeStart');
    }
    if (v.kind === 'plan') {
      if (!DATE.test(v.periodStart)) issue('periodStart', 'admin.errors.dateRequired');
      if (!DATE.test(v.periodEnd)) issue('periodEnd', 'admin.errors.dateRequired');
      else if (DATE.test(v.periodStart) && v.periodStart > v.periodEnd)
        issue('periodEnd', 'admin.errors.endBeforeStart');
    }
  });
export type DocumentValues = z.infer<typeof documentSchema>;

/** create_document's arguments: only the fields of the chosen kind. */
export function toDocumentArgs(v: DocumentValues) {
  return {
    p_area_id: v.areaId,
    p_kind: v.kind,
    p_title: v.title.trim(),
    p_summary: v.summary.trim(),
    p_district_ids: v.districtIds,
    ...(v.kind === 'agenda' ? { p_agenda_kind: v.agendaKind } : {}),
    ...(v.kind === 'vision' ? { p_horizon_start: Number(v.horizonStart), p_horizon_end: Number(v.horizonEnd) } : {}),
    ...(v.kind === 'plan' ? { p_period_start: v.periodStart, p_period_end: v.periodEnd } : {}),
  };
}

// ── errors ────────────────────────────────────────────────────────────────────────────────────────────

export type AdminAction =
  | 'grant'
  | 'revoke'
  | 'invite'
  | 'withdraw'
  | 'area'
  | 'council'
  | 'district'
  | 'theme'
  | 'reorder'
  | 'document';

const CONFLICT_KEYS: Partial<Record<AdminAction, string>> = {
  grant: 'admin.errors.membershipExists',
  invite: 'admin.errors.invitationExists',
  theme: 'admin.errors.slugTaken',
  council: 'admin.errors.councilExists',
  document: 'admin.errors.visionExists',
};

/** What to tell the admin when a change failed: our own copy (nl and en) for the refusals we expect, otherwise
 *  the server's own (Dutch) reason, or that it did not get through. */
export function adminErrorMessage(error: unknown, action: AdminAction, t: T): string | null {
  if (!error) return null;
  if (!(error instanceof AppError)) return t('admin.errors.unknown');
  if (action === 'revoke' && error.code === '22023') return t('admin.errors.lastAdmin');
  if (action === 'withdraw' && error.code === 'P0002') return t('admin.errors.notPending');
  if (error.kind === 'forbidden') return t('errors.forbidden');
  if (error.kind === 'conflict' && CONFLICT_KEYS[action]) return t(CONFLICT_KEYS[action]);
  if (error.kind === 'not_found') return t('admin.errors.notFound');
  if (error.kind === 'invalid' || error.kind === 'conflict')
    return t('admin.errors.refused', { reason: error.message });
  return t('admin.errors.unknown');
}
