import { describe, expect, it } from "vitest";
import { MemoryContextStore } from "../../src/store/context-store.js";
import { MemoryDedupStore } from "../../src/store/dedup.js";
import { ExpiringMap } from "../../src/store/expiring-map.js";
import { MemoryFloodCounter } from "../../src/store/flood.js";

const clock = (start = 1_000_000) => {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

describe("ExpiringMap", () => {
  it("should forget an entry once its time is up", () => {
    const time = clock();
    const map = new ExpiringMap<string>({ ttlMs: 100, now: time.now });
    map.set("a", "x");
    time.advance(99);
    expect(map.get("a")).toBe("x");
    time.advance(1);
    expect(map.get("a")).toBeUndefined();
  });

  it("should stay within its bound by forgetting the oldest entry", () => {
    const map = new ExpiringMap<number>({ ttlMs: 1000, maxEntries: 3 });
    for (const [i, key] of ["a", "b", "c", "d"].entries()) map.set(key, i);
    expect(map.size).toBe(3);
    expect(map.has("a")).toBe(false);
    expect(map.get("d")).toBe(3);
  });

  it("should treat a rewrite as new, so a busy entry outlives quiet ones", () => {
    const time = clock();
    const map = new ExpiringMap<number>({ ttlMs: 100, now: time.now });
    map.set("busy", 1);
    map.set("quiet", 1);
    time.advance(60);
    map.set("busy", 2);
    time.advance(60);
    map.set("other", 1);
    expect(map.get("busy")).toBe(2);
    expect(map.get("quiet")).toBeUndefined();
  });
});

describe("MemoryDedupStore", () => {
  it("should let an id through once within the time limit, and again after it", async () => {
    const time = clock();
    const store = new MemoryDedupStore({ ttlMs: 1000, now: time.now });
    expect(await store.claim("Ev1")).toBe(true);
    expect(await store.claim("Ev1")).toBe(false);
    time.advance(1000);
    expect(await store.claim("Ev1")).toBe(true);
  });
});

describe("MemoryContextStore", () => {
  it("should keep a conversation until it expires", async () => {
    const time = clock();
    const store = new MemoryContextStore({ ttlMs: 1000, now: time.now });
    const context = { systems: ["coreos"], topics: ["size"], recentSystems: ["coreos"] };
    await store.set("C1:1.0", context);
    expect(await store.get("C1:1.0")).toEqual(context);
    expect(await store.get("C1:2.0")).toBeUndefined();
    time.advance(1000);
    expect(await store.get("C1:1.0")).toBeUndefined();
  });
});

describe("MemoryFloodCounter", () => {
  it("should count hits per sender in one-minute windows", async () => {
    const time = clock(60_000 * 100);
    const counter = new MemoryFloodCounter(60_000, time.now);
    expect(await counter.hit("U1")).toBe(1);
    expect(await counter.hit("U1")).toBe(2);
    expect(await counter.hit("U2")).toBe(1);
    time.advance(60_000);
    expect(await counter.hit("U1")).toBe(1);
  });
});
