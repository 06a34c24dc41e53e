import { nl } from './catalogs';
import { en } from './english';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

test('the Dutch and English catalogs have exactly the same keys', () => {
  expect(keys(en).sort()).toEqual(keys(nl).sort());
});

test('no message is empty, and placeholders match between languages', () => {
  const flat = (o: object) =>
    Object.fromEntries(
      keys(o).map((k) => [k, k.split('.').reduce<unknown>((x, p) => (x as Record<string, unknown>)[p], o)]),
    );
  const [n, e] = [flat(nl), flat(en)];
  for (const k of Object.keys(n)) {
    expect(String(n[k]).trim(), k).not.toBe('');
    const vars = (s: unknown) => [...String(s).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    expect(vars(e[k]), k).toEqual(vars(n[k]));
  }
});

test('every namespace file has a Dutch and an English version', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  expect(Object.keys(nl)).toContain('areas');
});
