export const DATABASE_NAME = 'idb://agendakaart';

/** The IndexedDB databases that hold ours: Emscripten's IDBFS names them after the mount point, which ends in the
 *  data directory's name. */
export async function storedDatabaseNames(): Promise<string[]> {
  const suffix = '/' + DATABASE_NAME.slice('idb://'.length);
  const all = await indexedDB.databases();
  return all.map((d) => d.name ?? '').filter((name) => name.endsWith(suffix));
}
