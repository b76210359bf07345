/**
 * Offline advisory check: every package in package-lock.json against a committed list of
 * advisories (tests/reliability/advisories.json). No network, so it runs the same in CI and on a
 * desk; the list is refreshed by hand when online (see its `about`).
 */
export type Severity = 'low' | 'moderate' | 'high' | 'critical';

export interface Advisory {
  id: string;
  package: string;
  /** `<1.2.3`, `<=1.2.3`, `>=1.0.0 <2.0.0`, alternatives joined by `||`. */
  vulnerable: string;
  severity: Severity;
  title: string;
}

export interface Installed {
  name: string;
  version: string;
  dev: boolean;
}

export interface Hit {
  advisory: Advisory;
  installed: Installed;
}

/** Compares two `x.y.z[-pre]` versions numerically (a pre-release sorts before its release). */
export function compareVersions(a: string, b: string): number {
  const split = (v: string) => {
    const [core, pre] = v.replace(/^v/, '').split('-', 2);
    return { nums: core.split('.').map((n) => Number(n) || 0), pre: pre ?? null };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === null) return 1;
  if (y.pre === null) return -1;
  return x.pre < y.pre ? -1 : 1;
}

function satisfiesComparator(version: string, comparator: string): boolean {
  const m = /^(<=|>=|<|>|=)?\s*(\d[\w.-]*)$/.exec(comparator.trim());
  if (!m) throw new Error(`unreadable version range part: ${comparator}`);
  const c = compareVersions(version, m[2]);
  switch (m[1] ?? '=') {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
    default: return c === 0;
  }
}

/** True when `version` is inside `range` (the subset of npm ranges the advisory list uses). */
export function inRange(version: string, range: string): boolean {
  return range.split('||').some((alt) => alt.trim().split(/\s+(?=[<>=])/).every((part) => satisfiesComparator(version, part)));
}

/** Every installed package of a lockfile (v2/v3 `packages` map). */
export function installedPackages(lock: { packages?: Record<string, { version?: string; dev?: boolean }> }): Installed[] {
  const out: Installed[] = [];
  for (const [key, p] of Object.entries(lock.packages ?? {})) {
    if (!key || !p.version) continue; // the root project
    const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    out.push({ name, version: p.version, dev: !!p.dev });
  }
  return out;
}

export function findAdvisories(installed: Installed[], advisories: Advisory[]): Hit[] {
  const hits: Hit[] = [];
  for (const i of installed) {
    for (const a of advisories) if (a.package === i.name && inRange(i.version, a.vulnerable)) hits.push({ advisory: a, installed: i });
  }
  return hits;
}
