// A tiny import resolver for eslint-plugin-boundaries (eslint-module-utils resolver interface v2).
// It understands the `@/…` alias from tsconfig.json/vite.config.ts and TypeScript extensions, so the import
// boundaries in eslint.config.js see where `@/features/x` really points. Bare package names are left to
// eslint-import-resolver-node (boundaries treats them as external either way).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.json'];

function isFile(p) {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function resolveFile(base) {
  if (isFile(base)) return base;
  for (const ext of EXTENSIONS) if (isFile(base + ext)) return base + ext;
  for (const ext of EXTENSIONS) if (isFile(path.join(base, 'index' + ext))) return path.join(base, 'index' + ext);
  return null;
}

exports.interfaceVersion = 2;

exports.resolve = function resolve(source, file) {
  const clean = source.replace(/[?#].*$/, ''); // vite suffixes: ?url, ?worker, ?raw
  let base = null;
  if (clean.startsWith('@/')) base = path.join(root, 'src', clean.slice(2));
  else if (clean.startsWith('.') || path.isAbsolute(clean)) base = path.resolve(path.dirname(file), clean);
  if (base !== null) {
    const found = resolveFile(base);
    return found ? { found: true, path: found } : { found: false };
  }
  try {
    return { found: true, path: require.resolve(clean, { paths: [path.dirname(file)] }) };
  } catch {
    return { found: false };
  }
};
