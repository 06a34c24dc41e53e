// Compile-time checks (run by `tsc --noEmit`, never executed) that the generated database.types.ts gives
// supabase-js the RPC names and arguments of docs/api.md. A wrong name or argument below must stay an error.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database, Enums, Json, Tables, TablesInsert } from '../../src/lib/supabase/database.types';

export function rpcTyping(supabase: SupabaseClient<Database>) {
  const calls = [
    supabase.rpc('map_overview'),
    supabase.rpc('area_page', { p_slug: 'noord' }),
    supabase.rpc('list_themes'),
    supabase.rpc('me'),
    supabase.rpc('update_profile', { p_display_name: 'Sanne' }),
    supabase.rpc('update_area', { p_area_id: 'id', p_description: 'tekst' }),
    supabase.rpc('admin_list_users'),
    supabase.rpc('admin_grant_membership', { p_user_id: 'u', p_role: 'area_team', p_area_id: 'a' }),
    supabase.rpc('admin_revoke_membership', { p_membership_id: 'm' }),
    supabase.rpc('admin_update_area', { p_area_id: 'a', p_name: 'Noord', p_color_index: 1 }),
    supabase.rpc('admin_set_district_area', { p_district_id: 'd', p_area_id: 'a' }),
    supabase.rpc('admin_upsert_theme', { p_id: 't', p_slug: 'wonen', p_name_nl: 'Wonen', p_name_en: 'Housing' }),
    // documents (issue 3)
    supabase.rpc('document_detail', { p_document_id: 'd' }),
    supabase.rpc('document_by_slug', { p_slug: 'wijkagenda-noord', p_version_no: 2 }),
    supabase.rpc('document_history', { p_document_id: 'd' }),
    supabase.rpc('compare_versions', { p_from: 'd1', p_to: 'd2' }),
    supabase.rpc('document_comments', { p_document_id: 'd' }),
    supabase.rpc('plan_progress', {}),
    supabase.rpc('plan_progress', { p_area_id: 'a' }),
    supabase.rpc('map_entries', { p_kinds: ['plan_action'], p_theme_ids: ['t'], p_statuses: ['vertraagd'] }),
    supabase.rpc('create_document', { p_area_id: 'a', p_kind: 'plan', p_title: 'Plan', p_period_start: '2027-01-01' }),
    supabase.rpc('update_document', { p_document_id: 'd', p_version: 1, p_summary: 'Samenvatting' }),
    supabase.rpc('set_document_status', { p_document_id: 'd', p_version: 1, p_status: 'consultatie' }),
    supabase.rpc('set_comments_open', { p_document_id: 'd', p_version: 1, p_open: true }),
    supabase.rpc('start_revision', { p_document_id: 'd' }),
    supabase.rpc('delete_document', { p_document_id: 'd', p_version: 1 }),
    supabase.rpc('upsert_section', { p_document_id: 'd', p_title: 'Sectie' }),
    supabase.rpc('move_section', { p_section_id: 's', p_version: 1, p_position: 0 }),
    supabase.rpc('delete_section', { p_section_id: 's', p_version: 1 }),
    supabase.rpc('upsert_entry', {
      p_section_id: 's',
      p_title: 'Punt',
      p_origin: 'resident_ambition',
      p_location: { type: 'Point', coordinates: [5.07, 51.58] },
    }),
    supabase.rpc('update_action_progress', {
      p_entry_id: 'e',
      p_version: 1,
      p_action_status: 'gereed',
      p_progress: 100,
    }),
    supabase.rpc('move_entry', { p_entry_id: 'e', p_version: 1, p_section_id: 's', p_position: 0 }),
    supabase.rpc('delete_entry', { p_entry_id: 'e', p_version: 1 }),
    supabase.rpc('set_entry_links', { p_entry_id: 'e', p_version: 1, p_target_lineage_ids: ['l'] }),
    supabase.rpc('add_comment', {
      p_document_id: 'd',
      p_body: 'Reactie',
      p_parent_id: 'c',
      p_is_official_response: true,
    }),
    supabase.rpc('update_comment', { p_comment_id: 'c', p_body: 'Reactie' }),
    supabase.rpc('delete_comment', { p_comment_id: 'c' }),
    // @ts-expect-error not a document status
    supabase.rpc('set_document_status', { p_document_id: 'd', p_version: 1, p_status: 'gepubliceerd' }),
    // @ts-expect-error not an origin
    supabase.rpc('upsert_entry', { p_section_id: 's', p_title: 'Punt', p_origin: 'bewoner' }),
    // @ts-expect-error the version is required
    supabase.rpc('delete_entry', { p_entry_id: 'e' }),
    // @ts-expect-error unknown function
    supabase.rpc('no_such_function'),
    // @ts-expect-error misspelt argument
    supabase.rpc('area_page', { slug: 'noord' }),
    // @ts-expect-error not a membership role
    supabase.rpc('admin_grant_membership', { p_user_id: 'u', p_role: 'resident' }),
  ];
  return calls;
}

export async function resultTyping(supabase: SupabaseClient<Database>): Promise<Json> {
  const { data } = await supabase.rpc('map_overview');
  const json: Json = data ?? null;
  return json;
}

export const area = { id: 'a', slug: 'noord' } satisfies Partial<Tables<'areas'>>;
export const newTheme: TablesInsert<'themes'> = { slug: 'wonen', name_nl: 'Wonen', name_en: 'Housing' };
export const role: Enums<'membership_role'> = 'council';
export const actionStatus: Enums<'action_status'> = 'in_uitvoering';
export const entryKind: Enums<'entry_kind'> = 'plan_action';
export const documentRow = { kind: 'vision', version_no: 1 } satisfies Partial<Tables<'documents'>>;
