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

const cache = new Map<string, string>();

/** Case, spaces, punctuation, leading numbering ('1.', '2)', 'a.'), '/' spacing removed. */
export function normaliseName(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const out = normaliseUncached(name);
  if (cache.size > 50000) cache.clear();
  cache.set(name, out);
  return out;
}

function normaliseUncached(name: string): string {
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

const tokenCache = new Map<string, Set<string>>();

/** The words of a normalised name (cached: names are matched against many tables). Do not mutate. */
function tokens(normalised: string): Set<string> {
  const hit = tokenCache.get(normalised);
  if (hit) return hit;
  const out = new Set(normalised.split(' ').filter((t) => t.length > 0));
  if (tokenCache.size > 50000) tokenCache.clear();
  tokenCache.set(normalised, out);
  return out;
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
  // Near matches among what is left. Prefix filtering (AllPairs): with every name's words ranked
  // by how rare they are across both sides, a pair with Dice >= t shares at least
  // o(x) = t*|x|/(2-t) words, so the |x| - o(x) + 1 rarest words of each name share one word.
  // Indexing and probing only those prefixes keeps near matching close to linear even when every
  // name shares common words ('persentase', 'di', 'blok').
  const usedAKeys = pendingA.map((p) => tokens(p.key));
  const freeB: number[] = [];
  for (let bi = 0; bi < bs.length; bi++) if (!usedB.has(bi)) freeB.push(bi);
  const bTok = new Map<number, Set<string>>(freeB.map((bi) => [bi, tokens(bKeys[bi])]));
  const df = new Map<string, number>();
  for (const ts of [...usedAKeys, ...bTok.values()]) for (const t of ts) df.set(t, (df.get(t) ?? 0) + 1);
  const order = [...df.keys()].sort((x, y) => df.get(x)! - df.get(y)! || (x < y ? -1 : x > y ? 1 : 0));
  const rank = new Map(order.map((t, i) => [t, i]));
  const ranked = (ts: Set<string>): Int32Array => Int32Array.from([...ts].map((t) => rank.get(t)!)).sort();
  const prefixLen = (n: number): number => n - Math.ceil((NEAR_MATCH * n) / (2 - NEAR_MATCH) - 1e-9) + 1;
  const bRanked = new Map<number, Int32Array>();
  const index = new Map<number, number[]>();
  for (const bi of freeB) {
    const r = ranked(bTok.get(bi)!);
    bRanked.set(bi, r);
    for (let k = 0; k < Math.min(r.length, prefixLen(r.length)); k++) {
      const l = index.get(r[k]);
      if (l) l.push(bi);
      else index.set(r[k], [bi]);
    }
  }
  const candidates: Array<{ ai: number; bi: number; score: number }> = [];
  pendingA.forEach(({ ai }, pi) => {
    const ra = ranked(usedAKeys[pi]);
    if (ra.length === 0) return;
    const seen = new Set<number>();
    for (let k = 0; k < Math.min(ra.length, prefixLen(ra.length)); k++) for (const bi of index.get(ra[k]) ?? []) seen.add(bi);
    for (const bi of seen) {
      const rb = bRanked.get(bi)!;
      let i = 0;
      let j = 0;
      let shared = 0;
      while (i < ra.length && j < rb.length) {
        if (ra[i] === rb[j]) {
          shared++;
          i++;
          j++;
        } else if (ra[i] < rb[j]) i++;
        else j++;
      }
      const score = (2 * shared) / (ra.length + rb.length);
      if (score >= NEAR_MATCH) candidates.push({ ai, bi, score });
    }
  });
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
