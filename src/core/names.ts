/**
 * Indicator names: normalisation and cross-table matching (docs/aturan.md, last paragraph of Temuan).
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
  // Split here rather than through the token cache: each name is registered once.
  const ts = new Set(normalised.split(' ').filter((t) => t.length > 0));
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

/**
 * Words shared by two ranked names whose first shared word sits just before positions x and y
 * (counted as 1), reading ra up to ea and rb up to eb; stops early, returning less than `need`,
 * once `need` cannot be reached.
 */
function overlapFrom(ra: Ranked, x: number, ea: number, rb: Ranked, y: number, eb: number, need: number): number {
  let shared = 1;
  while (x < ea && y < eb) {
    if (shared + Math.min(ea - x, eb - y) < need) return shared;
    const u = ra[x];
    const v = rb[y];
    if (u === v) {
      shared++;
      x++;
      y++;
    } else if (u < v) x++;
    else y++;
  }
  return shared;
}

const prefixLen = (n: number): number => n - Math.ceil((NEAR_MATCH * n) / (2 - NEAR_MATCH) - 1e-9) + 1;

/** A name's words as ascending keys, rarest first (word keys or word ranks). */
type Ranked = Float64Array | Int32Array;

/** Ranked names indexed by length, then by each word of their longest prefix: word key -> [id, position, ...]. */
interface PrefixIndex {
  byLength: Map<number, Map<number, number[]>>;
  lengths: number[];
}

function prefixIndex(items: Iterable<[number, Ranked]>): PrefixIndex {
  const byLength = new Map<number, Map<number, number[]>>();
  for (const [id, r] of items) {
    const lb = r.length;
    if (lb === 0) continue;
    let m = byLength.get(lb);
    if (!m) byLength.set(lb, (m = new Map()));
    const pl = Math.min(lb, prefixLen(lb));
    for (let k = 0; k < pl; k++) {
      const l = m.get(r[k]);
      if (l) l.push(id, k);
      else m.set(r[k], [id, k]);
    }
  }
  return { byLength, lengths: [...byLength.keys()].sort((x, y) => x - y) };
}

interface Probe {
  ranked: (id: number) => Ranked;
  /** stamp[id] === mark: already looked at for this name. */
  stamp: Int32Array;
  mark: number;
  skip?: (id: number) => boolean;
}

/** Calls `visit` with every indexed name scoring >= NEAR_MATCH against the ranked name `ra` (once each). */
function nearOf(ra: Ranked, idx: PrefixIndex, p: Probe, visit: (id: number, score: number) => void): void {
  const la = ra.length;
  if (la === 0) return;
  for (const lb of idx.lengths) {
    // Words shared by a pair of these lengths scoring >= NEAR_MATCH, and the prefixes holding one.
    const need = Math.ceil((NEAR_MATCH * (la + lb)) / 2 - 1e-6);
    const pa = la - need + 1;
    const pb = lb - need + 1;
    if (pa <= 0 || pb <= 0) continue;
    const m = idx.byLength.get(lb)!;
    for (let i = 0; i < pa; i++) {
      const l = m.get(ra[i]);
      if (!l) continue;
      for (let q = 0; q < l.length; q += 2) {
        const id = l[q];
        if (l[q + 1] >= pb || p.stamp[id] === p.mark || p.skip?.(id)) continue;
        p.stamp[id] = p.mark;
        // The first shared word is ra[i] = rb[l[q + 1]] (an earlier one would have been met first).
        const rb = p.ranked(id);
        const shared = overlapFrom(ra, i + 1, la, rb, l[q + 1] + 1, lb, need);
        if (shared < need) continue;
        const score = (2 * shared) / (la + lb);
        if (score >= NEAR_MATCH) visit(id, score);
      }
    }
  }
}

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
  const idx = prefixIndex(freeB.map((bi): [number, Float64Array] => [bi, sortedOf(bInfo[bi])]));
  const candidates: Array<{ ai: number; bi: number; score: number }> = [];
  const probe: Probe = { ranked: (bi) => bInfo[bi].sorted!, stamp: new Int32Array(bs.length).fill(-1), mark: -1 };
  pendingA.forEach(({ ai }, pi) => {
    probe.mark = pi;
    nearOf(sortedOf(aInfo[pi]), idx, probe, (bi, score) => candidates.push({ ai, bi, score }));
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

/**
 * The id of `key` in `keys` (its position), appending it when new: a new key's id is the
 * length `keys` had before (callers keep arrays parallel to `keys` by pushing when id === their length).
 */
export function internKey(ids: Map<string, number>, keys: string[], key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = keys.length;
    ids.set(key, id);
    keys.push(key);
  }
  return id;
}

interface PairState {
  exact: Array<{ ai: number; bi: number }>;
  usedA: Set<number>;
  usedB: Set<number>;
  near: Array<{ ai: number; bi: number; score: number }>;
}

/** What matchManyByName's steps share: the lists' distinct keys and, per wanted pair of lists, its matches so far. */
interface ManyState {
  /** Number of lists; a pair of lists (i, j) is coded i * nl + j. */
  nl: number;
  /** Pair code -> indices into `pairs`. */
  wanted: Map<number, number[]>;
  /** Distinct non-empty keys. */
  keys: string[];
  /** Per key id: list -> positions of the key in that list (ascending). */
  where: Array<Map<number, number[]>>;
  perPair: Map<number, PairState>;
}

function newManyState<T>(lists: T[][], pairs: Array<[number, number]>, keyOf: (x: T) => string): ManyState {
  const nl = lists.length;
  const wanted = new Map<number, number[]>();
  pairs.forEach(([i, j], p) => {
    const l = wanted.get(i * nl + j);
    if (l) l.push(p);
    else wanted.set(i * nl + j, [p]);
  });
  const keyId = new Map<string, number>();
  const keys: string[] = [];
  const where: Array<Map<number, number[]>> = [];
  for (let li = 0; li < nl; li++) {
    const list = lists[li];
    for (let k = 0; k < list.length; k++) {
      const key = keyOf(list[k]);
      if (key === '') continue;
      const id = internKey(keyId, keys, key);
      if (id === where.length) where.push(new Map());
      const m = where[id];
      const pos = m.get(li);
      if (pos) pos.push(k);
      else m.set(li, [k]);
    }
  }
  return { nl, wanted, keys, where, perPair: new Map() };
}

function pairStateOf(s: ManyState, c: number): PairState {
  let p = s.perPair.get(c);
  if (!p) s.perPair.set(c, (p = { exact: [], usedA: new Set(), usedB: new Set(), near: [] }));
  return p;
}

/** Exact: the t-th `as` item with a key takes the t-th `bs` item with that key. */
function addExact(s: ManyState): void {
  for (const m of s.where) {
    if (m.size < 2 && !s.wanted.has([...m.keys()][0] * (s.nl + 1))) continue;
    for (const [li, ap] of m) {
      for (const [lj, bp] of m) {
        const c = li * s.nl + lj;
        if (!s.wanted.has(c)) continue;
        const p = pairStateOf(s, c);
        for (let t = 0; t < Math.min(ap.length, bp.length); t++) {
          p.exact.push({ ai: ap[t], bi: bp[t] });
          p.usedA.add(ap[t]);
          p.usedB.add(bp[t]);
        }
      }
    }
  }
}

/**
 * Every key's words as ranks (0 = rarest among these keys) sorted ascending: views into one flat
 * Int32Array, for locality.
 */
function rankKeys(keys: string[]): Int32Array[] {
  if (nameInfo.size > 50000) resetNameInfo();
  const info = keys.map((k) => register(k));
  const used: number[] = [];
  const seenTok = new Uint8Array(tokCount.length);
  let total = 0;
  for (const x of info) {
    total += x.ids.length;
    for (const id of x.ids) if (!seenTok[id]) {
      seenTok[id] = 1;
      used.push(id);
    }
  }
  used.sort((x, y) => tokCount[x] - tokCount[y] || x - y);
  const rankOf = new Int32Array(tokCount.length);
  for (let r = 0; r < used.length; r++) rankOf[used[r]] = r;
  const flat = new Int32Array(total);
  const out: Int32Array[] = new Array(keys.length);
  for (let id = 0, o = 0; id < keys.length; id++) {
    const ids = info[id].ids;
    for (let k = 0; k < ids.length; k++) flat[o + k] = rankOf[ids[k]];
    out[id] = flat.subarray(o, o + ids.length).sort();
    o += ids.length;
  }
  return out;
}

/** Records the near match of keys ka (as `as`) and kb (as `bs`) for every wanted pair of lists holding them. */
function addNear(s: ManyState, ka: number, kb: number, score: number): void {
  for (const [li, ap] of s.where[ka]) {
    for (const [lj, bp] of s.where[kb]) {
      const c = li * s.nl + lj;
      if (!s.wanted.has(c)) continue;
      const p = pairStateOf(s, c);
      for (const ai of ap) {
        if (p.usedA.has(ai)) continue;
        for (const bi of bp) if (!p.usedB.has(bi)) p.near.push({ ai, bi, score });
      }
    }
  }
}

/** Near: distinct keys scoring >= NEAR_MATCH (the prefix-filtered join of matchByName). */
function addNearAll(s: ManyState): void {
  const ranked = rankKeys(s.keys);
  const idx = prefixIndex(ranked.map((r, id): [number, Ranked] => [id, r]));
  const probe: Probe = { ranked: (id) => ranked[id], stamp: new Int32Array(s.keys.length).fill(-1), mark: -1 };
  let ka = 0;
  probe.skip = (kb) => kb === ka;
  // Each unordered pair of keys is found from both sides: (ka as `as`, kb as `bs`), then the reverse from kb.
  const visit = (kb: number, score: number): void => addNear(s, ka, kb, score);
  for (; ka < ranked.length; ka++) {
    probe.mark = ka;
    nearOf(ranked[ka], idx, probe, visit);
  }
}

/** One pair of lists' matches: exact in `as` order, then the best near matches first, each item once. */
function pairMatches<T>(p: PairState, as: T[], bs: T[]): Array<NameMatch<T>> {
  const out: Array<NameMatch<T>> = [];
  p.exact.sort((x, y) => x.ai - y.ai);
  for (const e of p.exact) out.push({ a: as[e.ai], b: bs[e.bi], score: 1, exact: true });
  p.near.sort((x, y) => y.score - x.score || x.ai - y.ai || x.bi - y.bi);
  const usedA = new Set<number>();
  const usedB = p.usedB;
  for (const n of p.near) {
    if (usedA.has(n.ai) || usedB.has(n.bi)) continue;
    usedA.add(n.ai);
    usedB.add(n.bi);
    out.push({ a: as[n.ai], b: bs[n.bi], score: n.score, exact: false });
  }
  return out;
}

/**
 * matchByName for many lists at once: the same result as `pairs.map(([i, j]) =>
 * matchByName(lists[i], lists[j], nameOf))`, but every name is normalised, ranked and indexed once
 * for all pairs: exact matches come from the names the two lists share, near matches from one
 * prefix-filtered join over the distinct names of every list. Speed only: the pairs' results are
 * the same as matchByName's (exact matches in `as` order, then near matches best first).
 */
export function matchManyByName<T>(
  lists: T[][],
  pairs: Array<[number, number]>,
  nameOf: (x: T) => string,
  /** The normalised name when the caller already holds it (normaliseName(nameOf(x))). */
  keyOf: (x: T) => string = (x) => normaliseName(nameOf(x)),
): Array<Array<NameMatch<T>>> {
  const s = newManyState(lists, pairs, keyOf);
  addExact(s);
  addNearAll(s);
  const results: Array<Array<NameMatch<T>>> = pairs.map(() => []);
  for (const [c, ps] of s.wanted) {
    const p = s.perPair.get(c);
    if (!p) continue;
    const out = pairMatches(p, lists[Math.floor(c / s.nl)], lists[c % s.nl]);
    for (const q of ps) results[q] = ps.length > 1 ? out.slice() : out;
  }
  return results;
}

/**
 * Pairs of distinct normalised names scoring >= NEAR_MATCH, each pair once (i < j, indices into
 * `keys`, which must be distinct and normalised), best first. The same prefix-filtered join as
 * matchByName, over one list: the rekap reports such names side by side, never merging them.
 */
export function pasanganSerupa(keys: string[]): Array<{ i: number; j: number; score: number }> {
  if (nameInfo.size > 50000) resetNameInfo();
  const info = keys.map((k) => register(k));
  const ranked = info.map((x) => sortedOf(x));
  const idx = prefixIndex(ranked.map((r, id): [number, Float64Array] => [id, r]));
  const out: Array<{ i: number; j: number; score: number }> = [];
  // Each pair once: from its smaller index (the candidate condition is symmetric).
  const probe: Probe = { ranked: (id) => ranked[id], stamp: new Int32Array(keys.length).fill(-1), mark: -1 };
  ranked.forEach((ra, ka) => {
    probe.mark = ka;
    probe.skip = (kb) => kb <= ka;
    nearOf(ra, idx, probe, (kb, score) => out.push({ i: ka, j: kb, score }));
  });
  return out.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
}
