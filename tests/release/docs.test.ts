/**
 * The project's documentation stands on its own: no file points outside the repository, every
 * relative link in the docs resolves, and docs/aturan.md names every rule and every scale the code
 * has (a new rule without its line in the docs fails here).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { RULE_SEVERITY } from '../../src/core/types';
import { PRESET_IDS } from '../../src/core/settings';

const ROOT = path.resolve(__dirname, '..', '..');

/** Tracked and new files (git), else a walk of the usual folders. */
function projectFiles(): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
    return out.split('\n').filter(Boolean).filter((f) => fs.existsSync(path.join(ROOT, f)));
  } catch {
    const walk = (d: string): string[] =>
      fs.readdirSync(path.join(ROOT, d), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    return ['src', 'tests', 'docs', 'scripts', 'bin'].filter((d) => fs.existsSync(path.join(ROOT, d))).flatMap(walk).concat(['README.md', 'ARCHITECTURE.md']);
  }
}

const TEXT = /\.(ts|tsx|js|json|md|html|xml)$/;

test('no file points outside the repository (../shared, DOMAIN.md)', () => {
  const bad = projectFiles()
    .filter((f) => TEXT.test(f) && f !== 'tests/release/docs.test.ts' && f !== 'tests/release/release.test.ts' && !f.startsWith('node_modules/'))
    .filter((f) => /\.\.\/shared\b|\bDOMAIN\.md\b/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
  expect(bad).toEqual([]);
});

test('every relative link and image in README, ARCHITECTURE and docs/ resolves', () => {
  const docs = ['README.md', 'ARCHITECTURE.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  const broken: string[] = [];
  for (const d of docs) {
    const text = fs.readFileSync(path.join(ROOT, d), 'utf8');
    for (const m of text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)) {
      const target = m[1];
      if (/^(https?:|mailto:|#)/.test(target)) continue;
      const file = path.resolve(ROOT, path.dirname(d), decodeURIComponent(target.split('#')[0]));
      if (!file.startsWith(ROOT) || !fs.existsSync(file)) broken.push(`${d}: ${target}`);
    }
  }
  expect(broken).toEqual([]);
});

test('docs/aturan.md names every rule id and every scale preset of the code', () => {
  const aturan = fs.readFileSync(path.join(ROOT, 'docs', 'aturan.md'), 'utf8');
  const rules = Object.keys(RULE_SEVERITY);
  expect(rules.length).toBeGreaterThanOrEqual(14);
  for (const r of rules) {
    // a table row: `| \`rule\` | severity | ... |`
    const row = new RegExp(`^\\| \`${r}\` \\| (galat|peringatan|info) \\|`, 'm').exec(aturan);
    expect(`${r}: ${row ? row[1] : 'missing'}`).toBe(`${r}: ${RULE_SEVERITY[r as keyof typeof RULE_SEVERITY]}`);
  }
  for (const p of PRESET_IDS) expect(aturan).toContain(`\`${p}\``);
});

test('source comments that cite docs/aturan.md cite a file that exists', () => {
  const citing = projectFiles().filter((f) => /^src\/.*\.tsx?$/.test(f) && fs.readFileSync(path.join(ROOT, f), 'utf8').includes('docs/aturan.md'));
  expect(citing.length).toBeGreaterThan(0);
  expect(fs.existsSync(path.join(ROOT, 'docs', 'aturan.md'))).toBe(true);
});
