// Vision goals with indicators (docs/api.md: document_indicators, area_goal_indicators, save_goal_indicator): the
// shapes the RPCs answer and how to name them.
import { nameOf, type Aggregate, type Indicator, type Source } from './model';

export type GoalIndicator = {
  id: string;
  lineage_id: string;
  version: number;
  entry_id: string;
  kind: 'cbs' | 'custom';
  indicator: Indicator | null;
  name: string | null;
  unit: string | null;
  source: string | null;
  scope: 'area' | 'districts';
  districts: { id: string; code: string; name: string }[];
  baseline: { value: number; year: number; source: Source | null };
  target: { value: number; year: number };
  /** a newer year of the CBS figure than the baseline's, over the same wijken */
  latest: (Aggregate & { source: Source | null }) | null;
};
export type ServedGoal = {
  goal: { lineage_id: string; title: string; document_slug: string; document_title: string };
  indicators: GoalIndicator[];
};
export type DocumentIndicators = {
  document_id: string;
  can_edit: boolean;
  goals: Record<string, GoalIndicator[]>;
  actions: Record<string, ServedGoal[]>;
  districts: { id: string; code: string; name: string }[];
};
export type AreaGoal = {
  goal: { lineage_id: string; title: string };
  document: { slug: string; title: string; status: string; version_no: number; is_example: boolean };
  indicators: GoalIndicator[];
};

/** The name of a goal indicator in the reader's language, whether a CBS figure or the team's own. */
export const goalIndicatorName = (g: GoalIndicator, lng: string) =>
  g.indicator ? nameOf(g.indicator, lng) : (g.name ?? '');
