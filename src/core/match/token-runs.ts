/** Whether `run` stands in `tokens` from position `start` on, word for word. */
export function startsRun(
  tokens: readonly string[],
  start: number,
  run: readonly string[],
): boolean {
  let k = 0;
  while (k < run.length && tokens[start + k] === run[k]) k++;
  return k === run.length;
}

/** The positions from `start` up to, not including, `end`. */
export const range = (start: number, end: number): number[] =>
  Array.from({ length: end - start }, (_, k) => start + k);

/** Whether `run` stands anywhere in `tokens`. */
export function containsRun(tokens: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0) return false;
  for (let start = 0; start + run.length <= tokens.length; start++) {
    if (startsRun(tokens, start, run)) return true;
  }
  return false;
}
