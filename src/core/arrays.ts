/**
 * `target.push(...items)` passes every item as an argument, and a JavaScript engine's call stack
 * holds only so many (about 100,000 in V8): a 100,000-row sheet overflows it. Append in a loop.
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
