import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { debounce } from "../../src/reload/debounce.js";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("debounce", () => {
  it("should run once for a burst, after it goes quiet", () => {
    const run = vi.fn();
    const burst = debounce(run, 300);
    for (let i = 0; i < 10; i++) {
      burst.trigger();
      vi.advanceTimersByTime(50);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
    burst.trigger();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("should still run while changes never stop, at the latest after the longest wait", () => {
    const run = vi.fn();
    const burst = debounce(run, 300, 1000);
    for (let i = 0; i < 12; i++) {
      burst.trigger();
      vi.advanceTimersByTime(100);
    }
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("should not run once cancelled", () => {
    const run = vi.fn();
    const burst = debounce(run, 300);
    burst.trigger();
    burst.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});
