/** The data directory's name; Emscripten's IDBFS names its IndexedDB database after the mount point, which ends in it. */
export const DATA_DIR_NAME = 'agendakaart';

/** The IndexedDB databases that hold ours. */
export async function storedDatabaseNames(): Promise<string[]> {
  const all = await indexedDB.databases();
  return all.map((d) => d.name ?? '').filter((name) => name.endsWith(`/${DATA_DIR_NAME}`));
}
