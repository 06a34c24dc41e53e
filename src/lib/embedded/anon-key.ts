/** The embedded backend's public anon key. Like Supabase's, it is not a secret: it only says "no user".
 *  Kept apart from jwt.ts so the client can name it without pulling in the JWT code. */
export const EMBEDDED_ANON_KEY = 'embedded-anon-key';
