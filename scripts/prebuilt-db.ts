// Builds the embedded database ahead of time, so the browser does not run initdb, the migrations and the seed on a
// first visit (about 5 s). The Vite plugin below serves the result in dev and emits it as assets in a build:
//   agendakaart-db-<hash>.tar.gz   PGlite data directory (shim + migrations + seed applied), loaded with loadDataDir
//   visitor-<hash>-<name>.json     what a visitor's first pages ask (the map, the area pages, the published documents)
//                                  as the embedded backend answers it: pages draw from these before PGlite is up
// <hash> covers how the directory is made (DATA_DIR_LAYOUT), shim, migrations and seed, so a changed schema or seed
// never meets an old data directory.
import { createHash } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { Plugin } from 'vite';
import {
  bootstrapDatabase,
  DATA_DIR_LAYOUT,
  dropTemplateDatabases,
  INITDB_PARAMS,
  recordBundleHash,
  type SqlBundle,
} from '../src/lib/embedded/bootstrap';
import { EMBEDDED_ANON_KEY } from '../src/lib/embedded/anon-key';
import { createEmbeddedFetch } from '../src/lib/embedded/handler';
import { PGLITE_EXTENSIONS } from '../src/lib/embedded/pglite-extensions';
import { loadSqlBundle } from '../tests/utils/sql-bundle-node';
import { slimDataDir } from './slim-data-dir';

/** `key` is how the request looks (early-answers.ts): `<rpc> <JSON body>`; `name` its file name part. */
export type VisitorAnswer = { key: string; name: string; body: string };
export type PrebuiltDb = { hash: string; dataDir: Buffer; answers: VisitorAnswer[] };

export function bundleHash(bundle: SqlBundle): string {
  const hash = createHash('sha256').update(DATA_DIR_LAYOUT).update('\0');
  for (const part of [bundle.shim, ...bundle.migrations.map((m) => `${m.version}\n${m.sql}`), bundle.seed]) {
    hash.update(part).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export async function buildPrebuiltDb(bundle: SqlBundle = loadSqlBundle()): Promise<PrebuiltDb> {
  const hash = bundleHash(bundle);
  const db = new PGlite({ initDbStartParams: INITDB_PARAMS, extensions: PGLITE_EXTENSIONS });
  try {
    await dropTemplateDatabases(db);
    await bootstrapDatabase(db, bundle);
    await recordBundleHash(db, hash);
    const dataDir = await slimDataDir(db);
    // after the dump: the backend below stores its signing key, which the shipped directory must not hold
    return { hash, dataDir, answers: await visitorAnswers(db) };
  } finally {
    await db.close();
  }
}

/** The calls a visitor's first pages make with the arguments they send (supabase-js posts the arguments as JSON),
 *  answered by the real embedded backend as anon: the same bytes PGlite will answer in the browser. Only answers
 *  that do not depend on the day (plan_progress counts overdue actions against current_date: not answered early). */
async function visitorAnswers(db: PGlite): Promise<VisitorAnswer[]> {
  const slugs = async (sql: string) => (await db.query<{ slug: string }>(sql)).rows.map((r) => r.slug);
  const calls: { rpc: string; args: Record<string, string>; name: string }[] = [
    { rpc: 'map_overview', args: {}, name: 'map_overview' },
    { rpc: 'list_themes', args: {}, name: 'list_themes' },
    ...(await slugs('select slug from public.areas order by slug')).map((slug) => ({
      rpc: 'area_page',
      args: { p_slug: slug },
      name: `area_page-${slug}`,
    })),
    // the profile of each area (issue 14): figures change only with a migration
    ...(
      await db.query<{ id: string; slug: string }>('select id::text as id, slug from public.areas order by slug')
    ).rows.map(({ id, slug }) => ({ rpc: 'area_figures', args: { p_area_id: id }, name: `area_figures-${slug}` })),
    ...(await slugs('select distinct slug from public.documents order by slug')).map((slug) => ({
      rpc: 'document_by_slug',
      args: { p_slug: slug },
      name: `document-${slug}`,
    })),
  ];
  const fetch = await createEmbeddedFetch(db);
  const answers: VisitorAnswer[] = [];
  for (const call of calls) {
    const body = JSON.stringify(call.args);
    const response = await fetch(`http://embedded.local/rest/v1/rpc/${call.rpc}`, {
      method: 'POST',
      headers: { apikey: EMBEDDED_ANON_KEY, 'Content-Type': 'application/json' },
      body,
    });
    // a document a visitor may not read (a concept) is simply not answered early
    if (response.ok) answers.push({ key: `${call.rpc} ${body}`, name: call.name, body: await response.text() });
  }
  return answers;
}

const VIRTUAL_ID = 'virtual:prebuilt-db';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const dataDirFile = (hash: string) => `assets/agendakaart-db-${hash}.tar.gz`;
const answerFile = (hash: string, name: string) => `assets/visitor-${hash}-${name}.json`;

/** `import { prebuiltDb } from 'virtual:prebuilt-db'` → { hash, dataDirUrl, answerUrls } (URLs under BASE_URL). */
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
      const { hash, answers } = await current();
      const url = (file: string) => `import.meta.env.BASE_URL + ${JSON.stringify(file)}`;
      const answerUrls = answers.map((a) => `${JSON.stringify(a.key)}: ${url(answerFile(hash, a.name))}`);
      return `export const prebuiltDb = { hash: ${JSON.stringify(hash)}, dataDirUrl: ${url(dataDirFile(hash))}, answerUrls: { ${answerUrls.join(', ')} } };`;
    },
    async generateBundle() {
      if (skip || !building) return;
      const built = await building;
      this.emitFile({ type: 'asset', fileName: dataDirFile(built.hash), source: built.dataDir });
      for (const answer of built.answers)
        this.emitFile({ type: 'asset', fileName: answerFile(built.hash, answer.name), source: answer.body });
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
        const match = /\/assets\/(?:agendakaart-db-([0-9a-f]+)\.tar\.gz|visitor-([0-9a-f]+)-([\w-]+)\.json)$/.exec(
          req.url ?? '',
        );
        if (!match) return next();
        current().then(
          (built) => {
            if (built.hash !== (match[1] ?? match[2])) return next();
            const answer = match[3] ? built.answers.find((a) => a.name === match[3]) : undefined;
            if (match[3] && !answer) return next();
            res.setHeader('Content-Type', answer ? 'application/json' : 'application/gzip');
            res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
            res.end(answer ? answer.body : built.dataDir);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
