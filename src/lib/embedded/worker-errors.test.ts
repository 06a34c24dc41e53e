import { packDbError, packErrorsOf, unpackDbError } from './worker-errors';

test('a Postgres error keeps its SQLSTATE, message, detail and hint across the worker boundary', () => {
  const pg = Object.assign(new Error('Gebied niet gevonden.'), { code: 'P0002', detail: 'slug atlantis', hint: null });
  const packed = packDbError(pg) as Error;
  // what PGliteWorker does on the tab side: a new Error with only the message
  const arrived = new Error(packed.message);
  expect(unpackDbError(arrived)).toEqual({
    code: 'P0002',
    message: 'Gebied niet gevonden.',
    detail: 'slug atlantis',
    hint: null,
  });
});

test('other errors pass unchanged', () => {
  const plain = new Error('netwerk weg');
  expect(packDbError(plain)).toBe(plain);
  expect(unpackDbError(plain)).toBe(plain);
});

test('the wrapped protocol functions rethrow packed errors and pass results through', async () => {
  const db = {
    execProtocol: async (fail: boolean) => {
      if (fail) throw Object.assign(new Error('Je hebt geen rechten.'), { code: '42501' });
      return 'ok';
    },
    execProtocolStream: async () => 'stream',
  };
  packErrorsOf(db as never);
  await expect(db.execProtocol(false)).resolves.toBe('ok');
  const error = await db.execProtocol(true).catch((e: unknown) => e);
  expect(unpackDbError(new Error((error as Error).message))).toMatchObject({
    code: '42501',
    message: 'Je hebt geen rechten.',
  });
});
