// Builds the embedded database ahead of time, so the browser does not run initdb, the migrations and the seed on a
// first visit (about 5 s). The Vite plugin below serves the result in dev and emits it as assets in a build:
//   agendakaart-db-<hash>.tar.gz   PGlite data directory (shim + migrations + seed applied), loaded with loadDataDir
//   map-overview-<hash>.json       map_overview() as a visitor sees it: the map draws from it before PGlite is up
// <hash> covers shim, migrations and seed, so a changed schema or seed never meets an old data directory.
import { createHash } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { Plugin } from 'vite';
import { bootstrapDatabase, recordBundleHash, type SqlBundle } from '../src/lib/embedded/bootstrap';
import { loadSqlBundle } from '../tests/utils/sql-bundle-node';

export type PrebuiltDb = { hash: string; dataDir: Buffer; mapOverview: string };

export function bundleHash(bundle: SqlBundle): string {
  const hash = createHash('sha256');
  for (const part of [bundle.shim, ...bundle.migrations.map((m) => `${m.version}\n${m.sql}`), bundle.seed]) {
    hash.update(part).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export async function buildPrebuiltDb(bundle: SqlBundle = loadSqlBundle()): Promise<PrebuiltDb> {
  const hash = bundleHash(bundle);
  const db = new PGlite();
  try {
    await bootstrapDatabase(db, bundle);
    await recordBundleHash(db, hash);
    const overview = await db.transaction(async (tx) => {
      await tx.exec('set local role anon');
      return tx.query<{ overview: unknown }>('select public.map_overview() as overview');
    });
    await db.exec('checkpoint');
    const dump = await db.dumpDataDir('gzip');
    return {
      hash,
      dataDir: Buffer.from(await dump.arrayBuffer()),
      mapOverview: JSON.stringify(overview.rows[0]!.overview),
    };
  } finally {
    await db.close();
  }
}

const VIRTUAL_ID = 'virtual:prebuilt-db';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const fileNames = (hash: string) => ({
  dataDir: `assets/agendakaart-db-${hash}.tar.gz`,
  mapOverview: `assets/map-overview-${hash}.json`,
});

/** `import { prebuiltDb } from 'virtual:prebuilt-db'` → { hash, dataDirUrl, mapOverviewUrl } (URLs under BASE_URL). */
export function prebuiltDbPlugin(): Plugin {
  let building: Promise<PrebuiltDb> | undefined;
  let skip = false;
  const current = () => (building ??= buildPrebuiltDb());
  return {
    name: 'agendakaart-prebuilt-db',
    configResolved(config) {
      // A Supabase build has no embedded database: nothing to build or ship. Vitest (mode "test", jsdom) has no
      // IndexedDB or workers: tests build their database in Node (tests/utils/test-db.ts).
      skip = Boolean(config.env.VITE_SUPABASE_URL) || config.mode === 'test';
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (skip) return 'export const prebuiltDb = undefined;';
      const { hash } = await current();
      const files = fileNames(hash);
      const url = (file: string) => `import.meta.env.BASE_URL + ${JSON.stringify(file)}`;
      return `export const prebuiltDb = { hash: ${JSON.stringify(hash)}, dataDirUrl: ${url(files.dataDir)}, mapOverviewUrl: ${url(files.mapOverview)} };`;
    },
    async generateBundle() {
      if (skip || !building) return;
      const built = await building;
      const files = fileNames(built.hash);
      this.emitFile({ type: 'asset', fileName: files.dataDir, source: built.dataDir });
      this.emitFile({ type: 'asset', fileName: files.mapOverview, source: built.mapOverview });
    },
    configureServer(server) {
      server.watcher.add(['supabase/migrations', 'supabase/seed.sql', 'supabase/shim']);
      server.watcher.on('change', (file) => {
        if (!/supabase[\\/](migrations|shim|seed\.sql)/.test(file)) return;
        building = undefined;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
      });
      server.middlewares.use((req, res, next) => {
        const match = /\/assets\/(agendakaart-db|map-overview)-([0-9a-f]+)\.(tar\.gz|json)$/.exec(req.url ?? '');
        if (!match) return next();
        current().then(
          (built) => {
            if (built.hash !== match[2]) return next();
            const isData = match[1] === 'agendakaart-db';
            res.setHeader('Content-Type', isData ? 'application/gzip' : 'application/json');
            res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
            res.end(isData ? built.dataDir : built.mapOverview);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
