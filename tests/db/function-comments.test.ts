// docs/api.md's function reference is generated from the functions (npm run db:generate, checked by
// scripts/pgtap.sh on PostgreSQL 15). Its texts are the `comment on function` beside each function in its migration,
// so every function in public needs one; and the generated part replaces only what lies between its markers.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  API_FUNCTIONS_SQL,
  BEGIN_MARKER,
  END_MARKER,
  renderApiReference,
  spliceApiReference,
  type ApiFunction,
} from '../../scripts/api-reference';
import { createTestDb } from '../utils/test-db';

let functions: ApiFunction[];
beforeAll(async () => {
  const db = await createTestDb();
  try {
    const { rows } = await db.query<{ functions: ApiFunction[] }>(`select (${API_FUNCTIONS_SQL}) as functions`);
    functions = rows[0]!.functions;
  } finally {
    await db.close();
  }
});

describe('the function reference of docs/api.md', () => {
  it('every function in public has a `comment on function` (write it beside the function in its migration)', () => {
    expect(functions.length).toBeGreaterThan(50);
    expect(functions.filter((f) => !f.comment?.trim()).map((f) => `${f.name}(${f.arguments})`)).toEqual([]);
  });

  it('shows each function with its security and the roles that may execute it', () => {
    const reference = renderApiReference(functions);
    expect(reference).toContain(
      '### `map_overview`\n\n```sql\nmap_overview() → jsonb\n```\n\n`security invoker` · execute: `anon`, `authenticated`',
    );
    expect(reference).toMatch(
      /### `admin_invite`\n[\s\S]*?`security definer` · execute: `authenticated`, `service_role`/,
    );
  });

  it('replaces only the part between the markers, and appends it when they are missing', () => {
    const doc = `# API\n\nby hand\n\n${BEGIN_MARKER}\nold\n${END_MARKER}\n\n## After\n`;
    expect(spliceApiReference(doc, `${BEGIN_MARKER}\nnew\n${END_MARKER}`)).toBe(
      `# API\n\nby hand\n\n${BEGIN_MARKER}\nnew\n${END_MARKER}\n\n## After\n`,
    );
    expect(spliceApiReference('# API\n', `${BEGIN_MARKER}\nnew\n${END_MARKER}`)).toBe(
      `# API\n\n${BEGIN_MARKER}\nnew\n${END_MARKER}\n`,
    );
    expect(() => spliceApiReference(`${END_MARKER}\n${BEGIN_MARKER}`, 'x')).toThrow(/markers/);
  });
});
