// @vitest-environment node
// Every class selector in our CSS must be one the app can render: a rule nothing renders is dead weight that
// misleads the next reader (issue 17). "Rendered" means the class is written in a string of src/ (a className,
// a Leaflet `className:` option, an HTML string), or starts with the fixed part of a class built in a template
// string (`badge--${status}` renders every `badge--…`), or is on the allow-list below with its reason.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

/** Classes that another library renders, which our CSS restyles. (NL Design System's Utrecht classes need no entry:
 *  that library is only a stylesheet, so every `utrecht-…` class on the page is written by one of our components.) */
const RENDERED_BY_LIBRARIES: { prefix: string; reason: string }[] = [
  {
    prefix: 'leaflet-',
    reason: 'Leaflet renders its container, panes, tooltips and controls; map-view.css restyles a few',
  },
];

const CLASS_NAME = /^-?[_a-zA-Z][\w-]*$/;

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(test)
    .map((f) => join(dir, f));
}

/** The class names of the selectors (not of the declarations) of a stylesheet. */
function selectorClasses(css: string): Set<string> {
  const classes = new Set<string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // a prelude is what stands before `{`: a selector list, or an at-rule (@media, @keyframes …) that holds rules
  for (const match of text.matchAll(/(?<=^|[{};])\s*([^{};]+?)\s*\{/g)) {
    const prelude = match[1]!;
    if (prelude.startsWith('@')) continue;
    const withoutStrings = prelude.replace(/\[[^\]]*\]/g, '').replace(/(['"]).*?\1/g, '');
    for (const m of withoutStrings.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) classes.add(m[1]!);
  }
  return classes;
}

/** The class names the app's code can render: whole tokens, and prefixes of classes built in template strings. */
function renderedClasses(sources: { file: string; text: string }[]): { whole: Set<string>; prefixes: string[] } {
  const whole = new Set<string>();
  const prefixes = new Set<string>();
  const addTokens = (literal: string) => {
    for (const token of literal.split(/\s+/)) if (CLASS_NAME.test(token)) whole.add(token);
    for (const m of literal.matchAll(/class="([^"]*)"/g)) for (const token of m[1]!.split(/\s+/)) whole.add(token);
  };
  for (const { file, text } of sources) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) addTokens(node.text);
      else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
        // `badge--${status}`: the text right before a substitution is the fixed start of a class, and the text
        // right after one (`${kind}-action`) the end of a class that is not known here
        let part = node.text;
        if (!ts.isTemplateHead(node)) part = part.replace(/^\S+/, '');
        if (!ts.isTemplateTail(node)) {
          const start = /(\S+)$/.exec(part)?.[1];
          if (start && start.length >= 3 && CLASS_NAME.test(start)) prefixes.add(start);
          part = part.replace(/\S+$/, '');
        }
        addTokens(part);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { whole, prefixes: [...prefixes] };
}

describe('CSS class selectors', () => {
  it('every class selector in src/**/*.css is rendered by something in src/', () => {
    const sources = filesUnder(
      SRC,
      (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('database.types.ts'),
    ).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    const { whole, prefixes } = renderedClasses(sources);
    const isRendered = (c: string) =>
      whole.has(c) ||
      prefixes.some((p) => c.startsWith(p)) ||
      RENDERED_BY_LIBRARIES.some((l) => c.startsWith(l.prefix));

    const unused = filesUnder(SRC, (f) => f.endsWith('.css')).flatMap((file) =>
      [...selectorClasses(readFileSync(file, 'utf8'))]
        .filter((c) => !isRendered(c))
        .map((c) => `${relative(SRC, file)}: .${c}`),
    );
    expect(
      unused,
      'class selectors that nothing in src/ renders (delete the rule, or allow-list it with a reason)',
    ).toEqual([]);
  }, 60_000);

  it('every Utrecht class the app renders is styled by a package that utrecht.css imports', () => {
    const sources = filesUnder(SRC, (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)).map((file) => ({
      file,
      text: readFileSync(file, 'utf8'),
    }));
    const { whole, prefixes } = renderedClasses(sources);
    const require = createRequire(import.meta.url);
    const styled = new Set<string>();
    for (const [, name] of readFileSync(join(SRC, 'styles', 'utrecht.css'), 'utf8').matchAll(/@import '([^']+)'/g)) {
      for (const c of selectorClasses(readFileSync(require.resolve(name!), 'utf8'))) styled.add(c);
    }
    const rendered = [...whole, ...prefixes].filter((c) => c.startsWith('utrecht-'));
    expect(rendered.length, 'the app renders Utrecht components').toBeGreaterThan(10);
    const unstyled = rendered.filter((c) => ![...styled].some((s) => s === c || s.startsWith(c)));
    expect(unstyled, 'Utrecht classes without their package in src/styles/utrecht.css').toEqual([]);
  });

  it('reads selectors, not declarations, and sees classes built in template strings', () => {
    expect([
      ...selectorClasses('.a, .b:not(.c) > .d[data-x=".e"] { width: 0.5rem; } @media (max-width: 1px) { .f { } }'),
    ]).toEqual(['a', 'b', 'c', 'd', 'f']);
    const { whole, prefixes } = renderedClasses([
      {
        file: 'x.tsx',
        text: 'const a = <i className={`badge badge--${s}${on ? " badge--on" : ""} ${k}-action`} />; const h = `<b class="x y">`;',
      },
    ]);
    expect([...whole].sort()).toEqual(['badge', 'badge--on', 'x', 'y']);
    expect(prefixes).toEqual(['badge--']);
  });
});
