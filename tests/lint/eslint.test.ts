/**
 * The lint configuration means something: the Office.js rules fire in src/excel and src/commands,
 * the TypeScript and hooks rules fire where they apply, and formatting is not a finding.
 */
import * as path from 'path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '..', '..');
// The project's configuration, passed in (jest cannot run ESLint's dynamic import of the file).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, 'eslint.config.js'));
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });

async function rules(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return r.messages.map((m) => m.ruleId ?? m.message).sort();
}

const SYNC_IN_LOOP = `
export async function run(context: Excel.RequestContext, names: string[]): Promise<void> {
  for (const n of names) {
    context.workbook.worksheets.getItem(n).getRange('A1').values = [[1]];
    await context.sync();
  }
}
`;

test('Office.js: context.sync() in a loop is an error in src/excel and src/commands, not in core', async () => {
  expect(await rules('src/excel/contoh.ts', SYNC_IN_LOOP)).toContain('office-addins/no-context-sync-in-loop');
  expect(await rules('src/commands/contoh.ts', SYNC_IN_LOOP)).toContain('office-addins/no-context-sync-in-loop');
  expect(await rules('src/core/contoh.ts', SYNC_IN_LOOP)).toEqual([]);
});

test('Office.js: reading a property that was not loaded is an error', async () => {
  const code = `
export async function read(context: Excel.RequestContext): Promise<unknown> {
  const r = context.workbook.getSelectedRange();
  await context.sync();
  return r.values;
}
`;
  expect(await rules('src/excel/contoh.ts', code)).toContain('office-addins/load-object-before-read');
});

test('TypeScript rules: unused names and any are errors; a _parameter is allowed', async () => {
  const code = `
import { plan } from './plan';
export function f(_unused: number, x: any): number { return x; }
`;
  expect(await rules('src/core/contoh.ts', code)).toEqual(['@typescript-eslint/no-explicit-any', '@typescript-eslint/no-unused-vars']);
});

test('hooks: a hook called conditionally is an error in .tsx', async () => {
  const code = `
import * as React from 'react';
export function C(p: { on: boolean }) {
  if (p.on) React.useState(0);
  const [v] = React.useState(1);
  return v;
}
`;
  expect(await rules('src/taskpane/components/Contoh.tsx', code)).toContain('react-hooks/rules-of-hooks');
});

test('formatting is not a finding (no Prettier war): odd spacing and quotes lint clean', async () => {
  const code = `export const a   =  { "b" : 1,c:[ 1,2 ] } ;\nexport function g( x : number ){return x+a.b}\n`;
  expect(await rules('src/core/contoh.ts', code)).toEqual([]);
});
