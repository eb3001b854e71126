import { describe, expect, it } from "vitest";
import { HEAP_GROWING_PERCENT, heapGrowthFlag } from "../../src/slack/heap-growth.js";

const GB = 1024 ** 3;

describe("heapGrowthFlag", () => {
  it("should lower V8's heap growth where the heap limit is large", () => {
    expect(heapGrowthFlag(4 * GB)).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(heapGrowthFlag(2 * GB)).toBeDefined();
  });

  it("should leave V8's growth alone under a small heap limit, where it is already lower", () => {
    expect(heapGrowthFlag(512 * 1024 ** 2)).toBeUndefined();
    expect(heapGrowthFlag(2 * GB - 1)).toBeUndefined();
  });
});
