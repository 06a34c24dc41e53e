// The same SQL files a Supabase project gets, bundled as text for the browser.
import seed from '../../../supabase/seed.sql?raw';
import shim from '../../../supabase/shim/supabase-shim.sql?raw';
import { toMigration, type SqlBundle } from './bootstrap';

const files = import.meta.glob<string>('/supabase/migrations/*.sql', { query: '?raw', import: 'default', eager: true });

export const sqlBundle: SqlBundle = {
  shim,
  seed,
  migrations: Object.entries(files).map(([path, sql]) => toMigration(path, sql)),
};
