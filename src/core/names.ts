/**
 * Indicator names: normalisation and cross-table matching (DOMAIN.md, last paragraph of Temuan).
 */

/** Case, spaces, punctuation, leading numbering ('1.', '2)'), '/' spacing removed. */
export function normaliseName(name: string): string {
  void name;
  throw new Error('normaliseName: belum diimplementasikan');
}

/** Token overlap score in [0, 1] between two names (after normalisation). */
export function tokenOverlap(a: string, b: string): number {
  void a; void b;
  throw new Error('tokenOverlap: belum diimplementasikan');
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
 * near match with score >= NEAR_MATCH; each item is matched at most once.
 */
export function matchByName<T>(as: T[], bs: T[], nameOf: (x: T) => string): Array<NameMatch<T>> {
  void as; void bs; void nameOf;
  throw new Error('matchByName: belum diimplementasikan');
}
