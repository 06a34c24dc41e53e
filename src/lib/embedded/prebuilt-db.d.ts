declare module 'virtual:prebuilt-db' {
  /** Built by scripts/prebuilt-db.ts; undefined in a Supabase build. URLs are absolute paths under BASE_URL. */
  export const prebuiltDb: { hash: string; dataDirUrl: string; mapOverviewUrl: string } | undefined;
}
