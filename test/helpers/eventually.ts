/**
 * Polls `check` until it returns something other than undefined, or fails after `timeoutMs` with
 * what it waited for and the last value seen. A bounded wait, never a fixed sleep.
 */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 10_000,
  describeLast: () => string = () => "",
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) {
      throw new Error(`Waited ${timeoutMs} ms for ${what}. ${describeLast()}`.trim());
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
