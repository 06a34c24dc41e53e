declare module 'virtual:prebuilt-db' {
  /** Built by scripts/prebuilt-db.ts; undefined in a Supabase build. URLs are absolute paths under BASE_URL.
   *  answerUrls: a visitor's first requests, keyed `<rpc> <JSON body>`, and where the build's answer is. */
  export const prebuiltDb: { hash: string; dataDirUrl: string; answerUrls: Record<string, string> } | undefined;
}
