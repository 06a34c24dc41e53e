// Typed access to the build-time environment. Both variables set: a Supabase project; neither: the embedded backend.
const url = import.meta.env.VITE_SUPABASE_URL as string | undefined;
const anonKey = import.meta.env.VITE_SUPABASE_ANON_KEY as string | undefined;

if (Boolean(url) !== Boolean(anonKey)) {
  throw new Error('Zet VITE_SUPABASE_URL en VITE_SUPABASE_ANON_KEY allebei, of geen van beide (lokale database).');
}

export const env = {
  supabaseUrl: url || undefined,
  supabaseAnonKey: anonKey || undefined,
} as const;
