/**
 * Indicator names: normalisation and cross-table matching (DOMAIN.md, last paragraph of Temuan).
 */

/** Common misspellings in the seeds folded onto one spelling before matching. */
const SPELLING: Array<[RegExp, string]> = [
  [/\bpresentase\b/g, 'persentase'],
  [/\bprosentase\b/g, 'persentase'],
  [/\bpemasarakatan\b/g, 'pemasyarakatan'],
  [/\bpostif\b/g, 'positif'],
];

/** Case, spaces, punctuation, leading numbering ('1.', '2)', 'a.'), '/' spacing removed. */
export function normaliseName(name: string): string {
  let s = String(name ?? '');
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  s = s
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
  // Leading numbering: '1.', '1)', '1.2.', 'a.', 'IKK 1:' is kept (it is content).
  s = s.replace(/^(?:\d+[.)]\s*)+/, '').replace(/^[a-z][.)]\s+/, '');
  for (const [re, to] of SPELLING) s = s.replace(re, to);
  return s
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function tokens(normalised: string): Set<string> {
  return new Set(normalised.split(' ').filter((t) => t.length > 0));
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Token overlap score in [0, 1] between two names (Sørensen-Dice over their word sets, after normalisation). */
export function tokenOverlap(a: string, b: string): number {
  return dice(tokens(normaliseName(a)), tokens(normaliseName(b)));
}

export const NEAR_MATCH = 0.85;

export interface NameMatch<T> {
  a: T;
  b: T;
  score: number;
  exact: boolean;
}

/**
 * Matches items of `as` to items of `bs` by name: exact normalised matches first, then the best
 * near match with score >= NEAR_MATCH; each item is matched at most once. Near matching looks only
 * at candidates that share a word, so large tables stay fast.
 */
export function matchByName<T>(as: T[], bs: T[], nameOf: (x: T) => string): Array<NameMatch<T>> {
  const out: Array<NameMatch<T>> = [];
  const bKeys = bs.map((b) => normaliseName(nameOf(b)));
  const byKey = new Map<string, number[]>();
  bKeys.forEach((k, i) => {
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  const usedB = new Set<number>();
  const pendingA: Array<{ ai: number; key: string }> = [];
  as.forEach((a, ai) => {
    const key = normaliseName(nameOf(a));
    const list = byKey.get(key);
    const bi = list?.find((i) => !usedB.has(i));
    if (bi !== undefined && key !== '') {
      usedB.add(bi);
      out.push({ a, b: bs[bi], score: 1, exact: true });
    } else pendingA.push({ ai, key });
  });
  if (pendingA.length === 0) return out;
  // Near matches among what is left, through a word index.
  const bTokens = bKeys.map((k) => tokens(k));
  const index = new Map<string, number[]>();
  bTokens.forEach((ts, bi) => {
    if (usedB.has(bi)) return;
    for (const t of ts) {
      const l = index.get(t);
      if (l) l.push(bi);
      else index.set(t, [bi]);
    }
  });
  const candidates: Array<{ ai: number; bi: number; score: number }> = [];
  for (const { ai, key } of pendingA) {
    const at = tokens(key);
    if (at.size === 0) continue;
    const seen = new Set<number>();
    for (const t of at) {
      const l = index.get(t);
      if (!l || l.length > 2000) continue; // a word in thousands of names finds nothing useful
      for (const bi of l) seen.add(bi);
    }
    for (const bi of seen) {
      const score = dice(at, bTokens[bi]);
      if (score >= NEAR_MATCH) candidates.push({ ai, bi, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.ai - y.ai || x.bi - y.bi);
  const usedA = new Set<number>();
  for (const c of candidates) {
    if (usedA.has(c.ai) || usedB.has(c.bi)) continue;
    usedA.add(c.ai);
    usedB.add(c.bi);
    out.push({ a: as[c.ai], b: bs[c.bi], score: c.score, exact: false });
  }
  return out;
}
