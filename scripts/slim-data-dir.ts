// The prebuilt data directory as small as Postgres allows: every byte of it is unpacked on a first visit and then
// written to IndexedDB (Emscripten's IDBFS) before the first write can be reported saved. Two things are not needed:
// - the catalogs' dead rows: the migrations replace functions and tables many times (VACUUM FULL: pg_proc 1.2 MB → ~0.4);
// - WAL segments outside the last checkpoint: Postgres recycles old segments as future ones (7 × 1 MB of
//   preallocated files) and creates a segment again when it needs one.
// Measured on the demo database: 21.1 MB / 626 files → 12.7 MB / 524 files; gzip 3.0 MB → 1.6 MB.
import type { PGlite } from '@electric-sql/pglite';
import { gzipSync } from 'node:zlib';

const WAL_SEGMENT = /(?:^|\/)pg_wal\/([0-9A-F]{24})$/;

/** Vacuums, checkpoints and returns the gzipped data directory without the WAL segments a start does not read. */
export async function slimDataDir(db: PGlite): Promise<Buffer> {
  await db.exec('vacuum full');
  // a browser keeps at most 2 spare segments (of 1 MB) instead of 5, so later stores write less
  await db.exec("alter system set min_wal_size = '2MB'");
  await db.exec('checkpoint');
  const { redo, current } = (
    await db.query<{ redo: string; current: string }>(
      `select pg_walfile_name(redo_lsn) as redo, pg_walfile_name(pg_current_wal_lsn()) as current
         from pg_control_checkpoint()`,
    )
  ).rows[0]!;
  const tar = Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer());
  const needed = (path: string) => {
    const segment = WAL_SEGMENT.exec(path)?.[1];
    return segment === undefined || (segment >= redo && segment <= current);
  };
  return gzipSync(filterTar(tar, needed));
}

/** The ustar archive without the entries `keep` refuses (512-byte header, then the content padded to 512). */
export function filterTar(tar: Buffer, keep: (path: string) => boolean): Buffer {
  const kept: Buffer[] = [];
  const text = (from: number, to: number, at: number) =>
    tar
      .subarray(at + from, at + to)
      .toString('latin1')
      .replace(/\0.*$/s, '');
  let at = 0;
  while (at + 512 <= tar.length && tar.subarray(at, at + 512).some((b) => b !== 0)) {
    const name = text(0, 100, at);
    const prefix = text(345, 500, at);
    const size = parseInt(text(124, 136, at).trim() || '0', 8);
    const length = 512 + Math.ceil(size / 512) * 512;
    if (keep(prefix ? `${prefix}/${name}` : name)) kept.push(tar.subarray(at, at + length));
    at += length;
  }
  kept.push(Buffer.alloc(1024)); // end of archive: two empty blocks
  return Buffer.concat(kept);
}
