/**
 * Rank of each municipality for a metric: 1 = highest; ties share a rank and are marked joint; zero and no data
 * have no rank (being last among those with nothing is not a position). `of` counts the ranked ones. Pure.
 */
export interface Rank {
  rank: number;
  of: number;
  /** Another municipality has the same value. */
  joint: boolean;
}

export function ranks(values: ReadonlyMap<string, number | undefined>): Map<string, Rank> {
  const present = [...values]
    .filter((e): e is [string, number] => e[1] !== undefined && e[1] > 0)
    .sort((a, b) => b[1] - a[1]);
  const countOf = new Map<number, number>();
  for (const [, v] of present) countOf.set(v, (countOf.get(v) ?? 0) + 1);
  const result = new Map<string, Rank>();
  present.forEach(([id, value], i) => {
    const previous = present[i - 1];
    const rank = previous && previous[1] === value ? result.get(previous[0])!.rank : i + 1;
    result.set(id, { rank, of: present.length, joint: (countOf.get(value) ?? 0) > 1 });
  });
  return result;
}
