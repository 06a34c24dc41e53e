import type { AreaGeometry, BBox } from '@/lib/geo/types';

export type AreaSummary = {
  id: string;
  slug: string;
  name: string;
  color_index: number;
  district_count: number;
  agenda_count: number;
  council_count: number;
};

export type DistrictFeature = {
  id: string;
  code: string;
  name: string;
  kind: 'wijk' | 'dorp';
  area_id: string;
  area_slug: string;
  geometry: AreaGeometry;
  bbox: BBox;
};

export type MapOverview = { areas: AreaSummary[]; districts: DistrictFeature[]; bbox: BBox };

export type DocumentStatus = 'concept' | 'consultatie' | 'vastgesteld';

/** A vision or plan in the area page's list (the newest version the caller may read). */
export type AreaDocument = {
  id: string;
  slug: string;
  title: string;
  status: DocumentStatus;
  version_no: number;
  is_example: boolean;
  horizon_start: number | null;
  horizon_end: number | null;
  period_start: string | null;
  period_end: string | null;
  comment_count: number;
  open_comment_count: number;
};

export type AreaDetail = {
  area: {
    id: string;
    slug: string;
    name: string;
    name_status: 'confirmed' | 'presumed';
    color_index: number;
    description: string;
    extra_investment: boolean;
    bbox: BBox;
  };
  districts: { id: string; code: string; name: string; kind: 'wijk' | 'dorp' }[];
  councils: {
    id: string;
    name: string;
    kind: string;
    website_url: string | null;
    is_example: boolean;
    districts: { id: string; name: string }[];
  }[];
  agendas: { id: string; slug: string; title: string; kind: string; status: DocumentStatus; is_example: boolean }[];
  visions: AreaDocument[];
  plans: AreaDocument[];
  comment_counts: { document_id: string; comment_count: number; open_comment_count: number }[];
  open_comment_count: number;
  team: { display_name: string }[];
  can_edit: boolean;
};
