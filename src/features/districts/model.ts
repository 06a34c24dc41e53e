// district_page (docs/api.md): one wijk or dorp with what belongs to it.
import type { BBox } from '@/lib/geo/types';

export type DocumentStatus = 'concept' | 'consultatie' | 'vastgesteld';

export type DistrictPage = {
  district: { id: string; code: string; name: string; kind: 'wijk' | 'dorp'; slug: string; bbox: BBox };
  area: { id: string; slug: string; name: string; color_index: number };
  councils: { id: string; name: string; kind: string; website_url: string | null; is_example: boolean }[];
  agendas: {
    id: string;
    slug: string;
    title: string;
    kind: 'wijkagenda' | 'dorpsagenda';
    status: DocumentStatus;
    version_no: number;
    is_example: boolean;
  }[];
  entries: {
    id: string;
    lineage_id: string;
    kind: 'agenda_item' | 'vision_goal' | 'plan_action';
    title: string;
    status: string | null;
    document: { slug: string; title: string; kind: string; status: DocumentStatus; is_example: boolean };
  }[];
  initiatives: { id: string; title: string; status: string; support_count: number; is_example: boolean }[];
};
