/**
 * Runs `run` once `quietMs` after the last of a burst of triggers (an editor writes a file twice,
 * `git pull` rewrites ten), and at the latest `maxWaitMs` after the first, so a folder that never
 * settles is still reloaded.
 */
export function debounce(run: () => void, quietMs: number, maxWaitMs = quietMs * 8) {
  let timer: NodeJS.Timeout | undefined;
  let firstAt: number | undefined;
  const fire = () => {
    timer = undefined;
    firstAt = undefined;
    run();
  };
  return {
    trigger(): void {
      const now = Date.now();
      firstAt ??= now;
      if (timer) clearTimeout(timer);
      const wait = Math.max(0, Math.min(quietMs, firstAt + maxWaitMs - now));
      timer = setTimeout(fire, wait);
      timer.unref();
    },
    cancel(): void {
      if (timer) clearTimeout(timer);
      timer = undefined;
      firstAt = undefined;
    },
  };
}
