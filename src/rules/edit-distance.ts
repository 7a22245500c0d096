// Two rows of the distance table, kept between calls and grown as needed: comparing a name with a thousand others
// allocates nothing. (The function is synchronous, so no two calls share them at once.)
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * Levenshtein distance: the fewest single-character insertions, deletions and substitutions from a to b. With `max`,
 * a distance above it is returned as max + 1 as soon as it is certain (lengths further apart than max, or a row of
 * the table whose every cell is above max), so comparing a name with a very different one costs little.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (previous.length <= n) {
    previous = new Int32Array(n + 1);
    current = new Int32Array(n + 1);
  }
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const letter = a.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      let cell = previous[j - 1]! + (letter === b.charCodeAt(j - 1) ? 0 : 1);
      if (previous[j]! + 1 < cell) cell = previous[j]! + 1;
      if (current[j - 1]! + 1 < cell) cell = current[j - 1]! + 1;
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[n]!, max + 1);
}

/**
 * Like editDistance, but two neighbouring letters swapped count as one edit ("secuirty" is one edit from
 * "security"), as typing mistakes go (optimal string alignment).
 */
export function typoDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
