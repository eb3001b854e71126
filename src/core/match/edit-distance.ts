/** Rows of the distance table, reused so that a lookup allocates nothing once they are grown. */
let twoBack = new Int32Array(64);
let oneBack = new Int32Array(64);
let current = new Int32Array(64);

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps), so "coreso" is one typo
 * from "coreos". Used to confirm typo candidates with a rule that depends on word length. With
 * `max`, stops as soon as the distance must exceed it and returns `max + 1`: most candidates a
 * lookup checks are far off, and this is the matcher's innermost loop.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (current.length < cols) {
    twoBack = new Int32Array(cols * 2);
    oneBack = new Int32Array(cols * 2);
    current = new Int32Array(cols * 2);
  }
  for (let j = 0; j < cols; j++) current[j] = j;
  let previousBest = 0;
  for (let i = 1; i <= a.length; i++) {
    const reused = twoBack;
    twoBack = oneBack;
    oneBack = current;
    current = reused;
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (oneBack[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (oneBack[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (twoBack[j - 2] as number) + 1);
      }
      current[j] = best;
      if (best < rowBest) rowBest = best;
    }
    // A later row is no better than this one's best, or one more than the row before (a swap).
    if (rowBest > max && previousBest >= max) return max + 1;
    previousBest = rowBest;
  }
  return Math.min(current[cols - 1] as number, max + 1);
}

/** How many typos a word of this length may carry and still count as that word. */
export function allowedTypos(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

/** Whether `a` and `b` hold the same letters, in another order ("dcso", "dcos"). */
export function isSwap(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join("") === [...b].sort().join("");
}
