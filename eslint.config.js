// ESLint flat config. One gate of `npm run check` (STYLE.md §2.9); run with --max-warnings=0.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noImportCycle } from './scripts/eslint-no-import-cycle.js';

const root = import.meta.dirname; // no trailing slash: boundaries strips `${root}/` from paths
const aliasResolver = fileURLToPath(new URL('./scripts/eslint-alias-resolver.cjs', import.meta.url));

const TS = ['**/*.{ts,tsx,mts,cts}'];

// Layers of STYLE.md §2.1: lib, components, config (+ i18n, styles) → features → app.
const SHARED = ['lib', 'components', 'config', 'i18n', 'styles'];

export default tseslint.config(
  // .tmp* : scratch files people keep next to the code while working; never committed (see .gitignore)
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.vite/**',
      'test-results/**',
      'playwright-report/**',
      '**/.tmp*',
    ],
  },

  js.configs.recommended,
  ...tseslint.configs.recommended,

  // Type-aware rules, picked for value per cost: promises and needless assertions (the `no-unsafe-*` family is
  // left out because supabase-js hands back `Json`, and `no-explicit-any` already stops hand-written `any`).
  {
    files: TS,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/consistent-type-exports': 'error',
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Plain JS (this file, scripts/*.cjs, *.mjs): Node, no type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // The app: browser (and Web Worker for the embedded backend), React hooks, TanStack Query.
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    ...reactHooks.configs.flat['recommended-latest'],
  },
  ...pluginQuery.configs['flat/recommended'].map((c) => ({
    ...c,
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
  })),
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // Named exports only (STYLE.md §2.6). Config files live outside src/ and may default-export.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Gebruik een named export (STYLE.md §2.6): geen default exports in src/.',
        },
        {
          selector: 'ExportNamedDeclaration > ExportSpecifier[exported.name="default"]',
          message: 'Gebruik een named export (STYLE.md §2.6): geen default exports in src/.',
        },
      ],
    },
  },

  // Import boundaries (STYLE.md §2.1).
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { [aliasResolver]: {} },
      'boundaries/root-path': root,
      'boundaries/include': ['src/**/*'],
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'boundaries/elements': [
        { type: 'main', mode: 'full', pattern: 'src/*.{ts,tsx}' },
        { type: 'app', mode: 'full', pattern: 'src/app/**' },
        { type: 'feature', mode: 'full', pattern: 'src/features/*/**', capture: ['feature'] },
        { type: 'shared', mode: 'full', pattern: `src/{${SHARED.join(',')}}/**`, capture: ['layer'] },
      ],
    },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'allow',
          rules: [
            {
              from: ['shared'],
              disallow: ['feature'],
              message:
                'src/${file.layer} mag niet importeren uit src/features (STYLE.md §2.1: lib, components, config → features → app); verplaats het gedeelde naar src/lib of src/components.',
            },
            {
              from: ['shared'],
              disallow: ['app', 'main'],
              message:
                'src/${file.layer} mag niet importeren uit src/app (STYLE.md §2.1: lib, components, config → features → app).',
            },
            {
              from: ['feature'],
              disallow: ['app', 'main'],
              message: 'Feature "${file.feature}" mag niet importeren uit src/app (STYLE.md §2.1).',
            },
            {
              from: ['feature'],
              disallow: [['feature', { feature: '!${from.feature}' }]],
              message:
                'Feature "${file.feature}" mag geen andere feature ("${dependency.feature}") importeren: stel ze samen in src/app/routes, of verplaats het gedeelde naar src/lib of src/components (STYLE.md §2.1).',
            },
          ],
        },
      ],
    },
  },

  // No import circle in src/ (scripts/eslint-no-import-cycle.js): give what both sides need a file of its own.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'local/no-import-cycle': 'error' },
  },

  // Tests, scripts and config files run in Node.
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,mts}', '*.config.{ts,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.vitest } },
  },
);
