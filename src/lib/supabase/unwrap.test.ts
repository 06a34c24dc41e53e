import { AppError, kindOf, unwrap, unwrapMaybe } from './unwrap';

describe('unwrap', () => {
  test.each([
    ['42501', 'forbidden'],
    ['P0002', 'not_found'],
    ['23505', 'conflict'],
    ['22023', 'invalid'],
    ['PGRST301', 'unauthenticated'],
    ['PGRST303', 'unauthenticated'],
    ['23514', 'invalid'],
    ['PGRST116', 'not_found'],
    ['XX000', 'unknown'],
  ] as const)('SQLSTATE %s is a %s error', (code, kind) => {
    expect(kindOf(code)).toBe(kind);
  });

  test('keeps the server message for the user', () => {
    const call = () =>
      unwrap({ data: null, error: { code: '42501', message: 'Je hebt geen rechten om dit gebied te bewerken.' } });
    expect(call).toThrow(AppError);
    expect(call).toThrow('Je hebt geen rechten om dit gebied te bewerken.');
  });

  test('no data is not_found for unwrap but fine for unwrapMaybe', () => {
    expect(() => unwrap({ data: null, error: null })).toThrow(expect.objectContaining({ kind: 'not_found' }));
    expect(unwrapMaybe({ data: null, error: null })).toBeNull();
    expect(unwrap({ data: { a: 1 }, error: null })).toEqual({ a: 1 });
  });
});
