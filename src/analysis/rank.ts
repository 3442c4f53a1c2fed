/** Rank of each municipality for a metric: 1 = highest; ties share a rank; no data has no rank. Pure. */
export function ranks(values: ReadonlyMap<string, number | undefined>): Map<string, { rank: number; of: number }> {
  const present = [...values].filter((e): e is [string, number] => e[1] !== undefined).sort((a, b) => b[1] - a[1]);
  const result = new Map<string, { rank: number; of: number }>();
  present.forEach(([id, value], i) => {
    const previous = present[i - 1];
    const rank = previous && previous[1] === value ? result.get(previous[0])!.rank : i + 1;
    result.set(id, { rank, of: present.length });
  });
  return result;
}
