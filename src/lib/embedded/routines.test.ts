import { callSql, notFoundText, pickRoutine, type Routine } from './routines';

const routine = (params: [string, string, boolean][]): Routine => ({
  name: 'update_area',
  params: params.map(([name, type, required]) => ({ name, type, required })),
  returnsSet: false,
  returnsVoid: false,
  volatile: true,
});

describe('pickRoutine', () => {
  const withDefault = routine([
    ['p_area_id', 'uuid', true],
    ['p_description', 'text', false],
  ]);

  test('all required arguments and no unknown ones', () => {
    expect(pickRoutine([withDefault], ['p_area_id'])).toBe(withDefault);
    expect(pickRoutine([withDefault], ['p_description', 'p_area_id'])).toBe(withDefault);
    expect(pickRoutine([withDefault], ['p_description'])).toBeNull();
    expect(pickRoutine([withDefault], ['p_area_id', 'p_evil'])).toBeNull();
  });

  test('two overloads that both fit are ambiguous', () => {
    const short = routine([['p_area_id', 'uuid', true]]);
    expect(pickRoutine([withDefault, short], ['p_area_id'])).toEqual([withDefault, short]);
  });
});

test('callSql names every argument and quotes identifiers', () => {
  const { call, record } = callSql(routine([['p_area_id', 'uuid', true]]), ['p_area_id']);
  expect(call).toBe('public."update_area"("p_area_id" := _."p_area_id")');
  expect(record).toBe('json_to_record($1::json) as _("p_area_id" uuid)');
  expect(callSql(routine([]), [])).toEqual({ call: 'public."update_area"()', record: null });
});

test('notFoundText follows PostgREST', () => {
  expect(notFoundText('f', [])).toEqual({
    message: 'Could not find the function public.f without parameters in the schema cache',
    details:
      'Searched for the function public.f without parameters or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.',
  });
  expect(notFoundText('f', ['a', 'b']).message).toBe('Could not find the function public.f(a, b) in the schema cache');
});
