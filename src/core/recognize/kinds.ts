/** Row classification by an ordered table of predicates: the first that holds names the row. */
export type KindTable<K extends string, S, V> = readonly (readonly [K, (st: S, v: V) => boolean])[];

export function firstKind<K extends string, S, V>(table: KindTable<K, S, V>, st: S, v: V): K {
  for (const [kind, test] of table) if (test(st, v)) return kind;
  return table[table.length - 1][0];
}
