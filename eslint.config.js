/**
 * ESLint (flat configuration) in the house style: correctness rules, not formatting (the code keeps
 * its own layout; no Prettier pass). `npm run lint`, run by .ci/run.
 *
 * - every TypeScript file: ESLint's recommended rules and typescript-eslint's recommended rules;
 * - React code (.tsx): the rules of hooks;
 * - src/excel and src/commands (Office.js code): the rules of eslint-plugin-office-addins, the
 *   same ones Microsoft's add-in templates run (load before read, sync before read, no
 *   context.sync() in a loop, isNullObject tests, ...);
 * - scripts and configs in plain Node JavaScript.
 */
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');

const OFFICE_RULES = Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, 'error']));

module.exports = tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'dist-*/', 'release/', 'test-output/', 'coverage/', 'src/playground/fixtures/', '**/*.min.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a parameter kept for its position (callbacks, Office.js signatures); `{ a, ...rest }` drops a.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // the code documents a host's loose shapes with casts, not with any.
      '@typescript-eslint/no-explicit-any': 'error',
      // `cond ? a() : b()` as a statement is used for two-way side effects.
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true, allowShortCircuit: true }],
      // `const self = this` only where a getter/setter object literal needs its owner (the in-memory Excel).
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['self'] }],
      // require() only for exceljs internals that its typings do not export (src/xlsx/patch.ts).
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^exceljs/lib/'] }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Tests reach into untyped shapes (page.evaluate results, exceljs internals).
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/excel/**/*.{ts,tsx}', 'src/commands/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: OFFICE_RULES,
  },
  {
    // The file adapter strips the control characters XML 1.0 forbids: a regular expression over them is the point.
    files: ['src/xlsx/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // The write loop syncs on purpose when a batch reaches the request budget (5 MB on the web:
    // Microsoft, "Resource limits and performance optimization"), not once per item.
    files: ['src/excel/apply.ts'],
    rules: { 'office-addins/no-context-sync-in-loop': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
);
