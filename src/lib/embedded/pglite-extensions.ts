// The Postgres extensions the migrations create (search: unaccent and pg_trgm, 20261202170000_create_search.sql).
// PGlite ships them as separate bundles that must be passed to every PGlite that runs or opens this database.
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

export const PGLITE_EXTENSIONS = { pg_trgm, unaccent };
