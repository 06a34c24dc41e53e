// View models of document_by_slug (a plan) and plan_progress (docs/api.md), and the pure timeline layout.
export type ActionStatus = 'gepland' | 'in_uitvoering' | 'gereed' | 'vertraagd' | 'gestopt';
export const ACTION_STATUSES: ActionStatus[] = ['gepland', 'in_uitvoering', 'gereed', 'vertraagd', 'gestopt'];

export type PlanAction = {
  id: string;
  lineage_id: string;
  kind: 'plan_action';
  title: string;
  theme_id: string | null;
  owner_org: string | null;
  owner_kind: 'gemeente' | 'partner';
  action_status: ActionStatus;
  start_date: string | null;
  end_date: string | null;
  progress: number;
  budget_eur: number | null;
};

export type PlanDocument = {
  document: {
    id: string;
    slug: string;
    kind: 'agenda' | 'vision' | 'plan';
    title: string;
    status: 'concept' | 'consultatie' | 'vastgesteld';
    version_no: number;
    is_example: boolean;
    period_start: string | null;
    period_end: string | null;
    area: { id: string; slug: string; name: string };
  };
  sections: { id: string; title: string; entries: PlanAction[] }[];
};

/** The progress of a set of actions: the plain mean over the actions that are not stopped (null when none count). */
export type ProgressFigures = {
  action_count: number;
  counted_action_count: number;
  progress: number | null;
  overdue_count: number;
  by_status: Record<ActionStatus, number>;
};

export type PlanProgress = {
  plans: (ProgressFigures & {
    id: string;
    slug: string;
    title: string;
    status: 'concept' | 'consultatie' | 'vastgesteld';
    version_no: number;
    area_id: string;
    period_start: string;
    period_end: string;
    is_example: boolean;
  })[];
  areas: (ProgressFigures & { area_id: string; slug: string; name: string; plan_count: number })[];
  themes: (ProgressFigures & {
    theme_id: string | null;
    slug: string | null;
    name_nl: string | null;
    name_en: string | null;
  })[];
};

// ── timeline layout ───────────────────────────────────────────────────────────────────────────────────────
const DAY = 86_400_000;
/** Days since 1970 for an ISO date (yyyy-mm-dd), in UTC so no time zone shifts a day. */
const dayOf = (iso: string) => Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY);
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export type TimelineBar = { id: string; left: number; width: number } | { id: string; left: null; width: null };
export type TimelineTick = { date: string; offset: number; yearStart: boolean };
export type TimelineLayout = {
  start: string;
  end: string;
  bars: Map<string, TimelineBar>;
  ticks: TimelineTick[];
  /** where today is, in % of the width; null when today is outside the timeline */
  today: number | null;
};

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Places every action on one time axis: the plan's period, widened to any action that starts earlier or ends later.
 * Offsets and widths are percentages; an action spans its start day to the end of its end day. An action without
 * dates gets no bar. Ticks fall on the first day of each quarter.
 */
export function timelineLayout(
  period: { start: string | null; end: string | null },
  actions: Pick<PlanAction, 'id' | 'start_date' | 'end_date'>[],
  today: string,
): TimelineLayout {
  const starts = actions.flatMap((a) => (a.start_date ? [dayOf(a.start_date)] : []));
  const ends = actions.flatMap((a) => (a.end_date ? [dayOf(a.end_date)] : []));
  const first = Math.min(...(period.start ? [dayOf(period.start)] : []), ...starts, ...ends);
  const last = Math.max(...(period.end ? [dayOf(period.end)] : []), ...ends, ...starts);
  const from = Number.isFinite(first) ? first : dayOf(today);
  const to = Number.isFinite(last) ? last : from;
  const span = to - from + 1;
  const pct = (day: number) => round(((day - from) / span) * 100);

  const bars = new Map<string, TimelineBar>();
  for (const a of actions) {
    if (!a.start_date && !a.end_date) {
      bars.set(a.id, { id: a.id, left: null, width: null });
      continue;
    }
    const s = dayOf(a.start_date ?? a.end_date!);
    const e = dayOf(a.end_date ?? a.start_date!);
    bars.set(a.id, { id: a.id, left: pct(s), width: Math.max(round(((e - s + 1) / span) * 100), 0.5) });
  }

  const ticks: TimelineTick[] = [];
  const startDate = new Date(from * DAY);
  let year = startDate.getUTCFullYear();
  let month = Math.ceil(startDate.getUTCMonth() / 3) * 3; // the first quarter start on or after `from`
  if (startDate.getUTCDate() > 1 && month === startDate.getUTCMonth()) month += 3;
  for (;;) {
    if (month >= 12) {
      year += Math.floor(month / 12);
      month %= 12;
    }
    const day = Math.floor(Date.UTC(year, month, 1) / DAY);
    if (day > to) break;
    ticks.push({ date: isoOf(day), offset: pct(day), yearStart: month === 0 });
    month += 3;
  }
  const t = dayOf(today);
  return { start: isoOf(from), end: isoOf(to), bars, ticks, today: t >= from && t <= to ? pct(t) : null };
}

/** An action is late when its end date has passed and it is neither done nor stopped (as plan_progress counts it). */
export function isOverdue(a: Pick<PlanAction, 'end_date' | 'action_status'>, today: string): boolean {
  return !!a.end_date && a.end_date < today && a.action_status !== 'gereed' && a.action_status !== 'gestopt';
}

/** Today's date in Tilburg (yyyy-mm-dd). */
export function todayInTilburg(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
