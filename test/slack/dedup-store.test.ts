import { describe, expect, it } from "vitest";
import { MemoryDedupStore } from "../../src/slack/dedup/store.js";

describe("MemoryDedupStore", () => {
  it("should let an id through once", async () => {
    const store = new MemoryDedupStore();
    expect(await store.claim("Ev1")).toBe(true);
    expect(await store.claim("Ev1")).toBe(false);
    expect(await store.claim("Ev2")).toBe(true);
  });

  it("should forget ids after the time limit", async () => {
    let now = 0;
    const store = new MemoryDedupStore({ ttlMs: 1000, now: () => now });
    await store.claim("Ev1");
    now = 999;
    expect(await store.claim("Ev1")).toBe(false);
    now = 1001;
    expect(await store.claim("Ev1")).toBe(true);
  });

  it("should stay within its size by forgetting the oldest ids", async () => {
    const store = new MemoryDedupStore({ maxEntries: 3 });
    for (const id of ["a", "b", "c", "d"]) await store.claim(id);
    expect(store.size).toBe(3);
    expect(await store.claim("a")).toBe(true);
    expect(await store.claim("d")).toBe(false);
  });
});
