/**
 * Remembers the last result of `fn`, recomputed only when what `key` picks
 * from the arguments changes (compared by identity; strings and numbers by
 * value), e.g. a serialised part of an object.
 */
export function memoizeLastBy<A extends readonly unknown[], R>(
  key: (...args: A) => readonly unknown[],
  fn: (...args: A) => R,
): (...args: A) => R {
  let last: { keys: readonly unknown[]; result: R } | undefined;
  return (...args: A) => {
    const keys = key(...args);
    if (last && last.keys.length === keys.length && last.keys.every((k, i) => k === keys[i])) return last.result;
    last = { keys, result: fn(...args) };
    return last.result;
  };
}

/** Remembers the last result of a function of object arguments, compared by identity. */
export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return memoizeLastBy((...args: A) => args, fn);
}
