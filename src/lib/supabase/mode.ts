import { env } from '@/config/env';

/** Without a Supabase project the app runs on the embedded database (PGlite in this browser). */
export const isEmbedded = !env.supabaseUrl;

export const EMBEDDED_URL = 'http://embedded.agendakaart.local';
