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

// ---- word ranking for near matching (module-level, shared by every call)

interface NameInfo {
  /** Distinct word ids of the name. */
  ids: Int32Array;
  /** Word keys (count * 2^22 + id) sorted ascending, valid while `ver === version`. */
  sorted: Float64Array | null;
  ver: number;
}
const tokId = new Map<string, number>();
const tokCount: number[] = [];
const nameInfo = new Map<string, NameInfo>();
let version = 0;

function resetNameInfo(): void {
  tokId.clear();
  tokCount.length = 0;
  nameInfo.clear();
  version++;
}

/** The name's word ids; a name seen for the first time counts its words (changing the order). */
function register(normalised: string): NameInfo {
  let info = nameInfo.get(normalised);
  if (info) return info;
  const ts = tokens(normalised);
  const ids = new Int32Array(ts.size);
  let k = 0;
  for (const t of ts) {
    let id = tokId.get(t);
    if (id === undefined) {
      id = tokCount.length;
      tokId.set(t, id);
      tokCount.push(0);
    }
    tokCount[id]++;
    ids[k++] = id;
  }
  version++;
  info = { ids, sorted: null, ver: -1 };
  nameInfo.set(normalised, info);
  return info;
}

/** The name's words in the current global order (rarest first). */
function sortedOf(info: NameInfo): Float64Array {
  if (info.sorted && info.ver === version) return info.sorted;
  const out = new Float64Array(info.ids.length);
  for (let k = 0; k < out.length; k++) out[k] = tokCount[info.ids[k]] * 4194304 + info.ids[k];
  out.sort();
  info.sorted = out;
  info.ver = version;
  return out;
}

const prefixLen = (n: number): number => n - Math.ceil((NEAR_MATCH * n) / (2 - NEAR_MATCH) - 1e-9) + 1;

/**
 * Names seen before a batch of matchByName calls: registering them all first keeps the word order
 * (and every name's ranked words) the same across the calls. Optional; speed only.
 */
export function prepareNames(names: Iterable<string>): void {
  if (nameInfo.size > 50000) resetNameInfo();
  for (const n of names) register(normaliseName(n));
}

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
  // Near matches among what is left: prefix filtering (PPJoin). Every name's words are ranked by a
  // global order (rarest first, by how many distinct names hold the word); a pair with Dice >= t
  // shares at least a = ceil(t*(|x|+|y|)/2) words, so the first |x|-a+1 words of x and the first
  // |y|-a+1 words of y share one word. Indexing the longest such prefix of each free name and
  // keeping only pairs whose shared word lies inside both pair-specific prefixes keeps near
  // matching close to linear even when every name shares common words ('persentase', 'di', 'blok').
  // The candidate set is exact (every pair scoring >= NEAR_MATCH is verified), so the order only
  // affects speed.
  if (nameInfo.size > 50000) resetNameInfo();
  const freeB: number[] = [];
  for (let bi = 0; bi < bs.length; bi++) if (!usedB.has(bi)) freeB.push(bi);
  const aInfo = pendingA.map((p) => register(p.key));
  const bInfo: NameInfo[] = new Array(bs.length);
  for (const bi of freeB) bInfo[bi] = register(bKeys[bi]);
  // Index by name length, then word key -> [bi, position, bi, position, ...].
  const index = new Map<number, Map<number, number[]>>();
  for (const bi of freeB) {
    const r = sortedOf(bInfo[bi]);
    const lb = r.length;
    if (lb === 0) continue;
    let m = index.get(lb);
    if (!m) index.set(lb, (m = new Map()));
    const pl = Math.min(lb, prefixLen(lb));
    for (let k = 0; k < pl; k++) {
      const l = m.get(r[k]);
      if (l) l.push(bi, k);
      else m.set(r[k], [bi, k]);
    }
  }
  const lengths = [...index.keys()].sort((x, y) => x - y);
  const candidates: Array<{ ai: number; bi: number; score: number }> = [];
  const stamp = new Int32Array(bs.length).fill(-1);
  pendingA.forEach(({ ai }, pi) => {
    const ra = sortedOf(aInfo[pi]);
    const la = ra.length;
    if (la === 0) return;
    for (const lb of lengths) {
      // Words shared by a pair of these lengths scoring >= NEAR_MATCH, and the prefixes holding one.
      const need = Math.ceil((NEAR_MATCH * (la + lb)) / 2 - 1e-6);
      const pa = la - need + 1;
      const pb = lb - need + 1;
      if (pa <= 0 || pb <= 0) continue;
      const m = index.get(lb)!;
      for (let i = 0; i < pa; i++) {
        const l = m.get(ra[i]);
        if (!l) continue;
        for (let q = 0; q < l.length; q += 2) {
          const bi = l[q];
          if (l[q + 1] >= pb || stamp[bi] === pi) continue;
          stamp[bi] = pi;
          const rb = bInfo[bi].sorted!;
          let x = 0;
          let y = 0;
          let shared = 0;
          while (x < la && y < lb) {
            if (ra[x] === rb[y]) {
              shared++;
              x++;
              y++;
            } else if (ra[x] < rb[y]) x++;
            else y++;
          }
          const score = (2 * shared) / (la + lb);
          if (score >= NEAR_MATCH) candidates.push({ ai, bi, score });
        }
      }
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
