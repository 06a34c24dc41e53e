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
