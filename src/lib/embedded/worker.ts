// Web Worker that owns the PGlite database. With several tabs open, PGlite elects one leader worker that runs
// the database; the other tabs' queries are forwarded to it, so all tabs see the same data.
import { PGlite } from '@electric-sql/pglite';
import { worker } from '@electric-sql/pglite/worker';
import { bootstrapDatabase } from './bootstrap';
import { sqlBundle } from './sql-bundle';

export const DATABASE_NAME = 'idb://agendakaart';

void worker({
  async init() {
    const db = await PGlite.create(DATABASE_NAME, { relaxedDurability: true });
    await bootstrapDatabase(db, sqlBundle);
    return db;
  },
});
