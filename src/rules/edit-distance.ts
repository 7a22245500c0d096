/**
 * Levenshtein distance: the fewest single-character insertions, deletions and substitutions from a to b. With `max`,
 * a distance above it is returned as max + 1 as soon as it is certain (lengths further apart than max, or a row of
 * the table whose every cell is above max), so comparing a name with a very different one costs little.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      const cell = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      current.push(cell);
      if (cell < rowMin) rowMin = cell;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}
