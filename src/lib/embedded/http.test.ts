import { pgErrorResponse, statusForSqlState } from './http';

describe('statusForSqlState (PostgREST Error.hs)', () => {
  test.each([
    ['42501', false, 401],
    ['42501', true, 403],
    ['23505', true, 409],
    ['23503', true, 409],
    ['22023', true, 400],
    ['22P02', true, 400],
    ['23514', true, 400],
    ['P0001', true, 400],
    ['P0002', true, 500],
    ['42883', true, 404],
    ['42P01', true, 404],
    ['42703', true, 400],
    ['25006', true, 405],
    ['40001', true, 500],
    ['53300', true, 503],
    ['PT418', true, 418],
    ['XX000', true, 500],
  ] as const)('%s (signed in: %s) → %i', (code, authenticated, status) => {
    expect(statusForSqlState(code, '', authenticated)).toBe(status);
  });

  test('a role from the JWT that does not exist is 401, other 22023 errors 400', () => {
    expect(statusForSqlState('22023', 'role "superuser" does not exist', true)).toBe(401);
    expect(statusForSqlState('22023', 'Naam moet tussen 2 en 80 tekens zijn.', true)).toBe(400);
  });
});

describe('pgErrorResponse', () => {
  test('keeps code, message, detail and hint in PostgREST field names', async () => {
    const response = pgErrorResponse({ code: '22023', message: 'Te lang.', detail: 'max 80', hint: 'korter' }, true);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: '22023', message: 'Te lang.', details: 'max 80', hint: 'korter' });
    expect(response.headers.get('WWW-Authenticate')).toBeNull();
  });

  test('401 carries WWW-Authenticate: Bearer', () => {
    expect(pgErrorResponse({ code: '42501', message: 'nee' }, false).headers.get('WWW-Authenticate')).toBe('Bearer');
  });

  test("sqlstate 'PGRST' sets status, body and headers from its JSON", async () => {
    const response = pgErrorResponse(
      { code: 'PGRST', message: '{"code":"P0002","message":"Weg."}', detail: '{"status":404,"headers":{"X-A":"b"}}' },
      true,
    );
    expect(response.status).toBe(404);
    expect(response.headers.get('X-A')).toBe('b');
    expect(await response.json()).toEqual({ code: 'P0002', message: 'Weg.', details: null, hint: null });
  });

  test("unparseable 'PGRST' JSON is PGRST121 (500)", async () => {
    const response = pgErrorResponse({ code: 'PGRST', message: 'geen json' }, true);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'PGRST121' });
  });
});
