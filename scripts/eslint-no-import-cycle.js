// ESLint rule `local/no-import-cycle` (eslint.config.js): no import circle in src/. A file may not import, directly or
// through other files, something that imports it again; `import type` counts too, since a circle of types is a sign
// that a shared type has no home of its own. It follows `@/…` and relative imports (the `@/` alias as
// scripts/eslint-alias-resolver.cjs resolves it) and reports the import that closes the circle, with the circle.
// The import graph of the other files is read from disk with TypeScript's pre-processor and kept per file until its
// modification time changes, so a run over all of src/ reads each file once.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const aliasResolver = require('./eslint-alias-resolver.cjs');

const root = path.resolve(import.meta.dirname, '..');
const SRC = path.join(root, 'src') + path.sep;

/** file → { mtimeMs, imports } */
const graph = new Map();

const CODE = /\.[mc]?[jt]sx?$/;

/** The code file in src/ that `specifier`, imported from `file`, points to; null for packages, CSS and the like. */
function resolveInSrc(specifier, file) {
  if (!specifier.startsWith('.') && !specifier.startsWith('@/')) return null;
  const found = aliasResolver.resolve(specifier, file);
  return found.found && found.path.startsWith(SRC) && CODE.test(found.path) ? path.resolve(found.path) : null;
}

function importsOf(file, text) {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return [...new Set(importedFiles.map((i) => resolveInSrc(i.fileName, file)).filter((f) => f !== null))];
}

function importsOnDisk(file) {
  let mtimeMs;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const known = graph.get(file);
  if (known?.mtimeMs === mtimeMs) return known.imports;
  const imports = importsOf(file, fs.readFileSync(file, 'utf8'));
  graph.set(file, { mtimeMs, imports });
  return imports;
}

/** The shortest chain of imports from `from` to `to` (both included), or null. */
function chain(from, to, importsFn) {
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === to) {
      const out = [];
      for (let f = to; f !== null; f = previous.get(f)) out.unshift(f);
      return out;
    }
    for (const next of importsFn(current)) {
      if (!previous.has(next)) {
        previous.set(next, current);
        queue.push(next);
      }
    }
  }
  return null;
}

export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'no import circle in src/' },
    schema: [],
    messages: {
      cycle:
        'Importcirkel: {{cycle}}. Geef wat beide kanten nodig hebben een eigen bestand, zodat imports één kant op gaan.',
    },
  },
  create(context) {
    const file = path.resolve(context.filename);
    if (!file.startsWith(SRC)) return {};
    // this file as it is in the editor, the others as they are on disk
    const own = importsOf(file, context.sourceCode.text);
    const importsFn = (f) => (f === file ? own : importsOnDisk(f));
    const check = (node) => {
      const specifier = node.source?.type === 'Literal' ? node.source.value : null;
      if (typeof specifier !== 'string') return;
      const target = resolveInSrc(specifier, file);
      const back = target && chain(target, file, importsFn);
      if (!back) return;
      const cycle = [file, ...back].map((f) => path.relative(root, f)).join(' → ');
      context.report({ node, messageId: 'cycle', data: { cycle } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
