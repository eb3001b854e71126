import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../src/core/knowledge/schema.js";
import { cutoffFor, latestDay, staleFacts } from "../../src/curate/stale-facts.js";

const now = new Date("2026-12-02T12:00:00Z");

describe("cutoffFor", () => {
  it("should read years, days and weeks, and nothing else", () => {
    expect(cutoffFor("5y", now)?.toISOString()).toBe("2021-12-02T12:00:00.000Z");
    expect(cutoffFor("90d", now)?.toISOString()).toBe("2026-09-03T12:00:00.000Z");
    expect(cutoffFor("2w", now)?.toISOString()).toBe("2026-11-18T12:00:00.000Z");
    for (const bad of ["5", "0y", "five years", "30m", "12h", ""])
      expect(cutoffFor(bad, now)).toBeUndefined();
  });
});

describe("latestDay", () => {
  it("should take the last day a date may mean", () => {
    expect(latestDay("2015").toISOString().slice(0, 10)).toBe("2015-12-31");
    expect(latestDay("2014-08").toISOString().slice(0, 10)).toBe("2014-08-31");
    expect(latestDay("2024-02").toISOString().slice(0, 10)).toBe("2024-02-29");
    expect(latestDay("2015-09-23").toISOString().slice(0, 10)).toBe("2015-09-23");
  });
});

describe("staleFacts", () => {
  const source = (id: string, date: string) => ({
    id,
    date,
    title: id,
    author: "a",
    url: "https://x.example",
    file: `${id}.txt`,
  });
  const fact = (id: string, system: string, ...cited: string[]) => ({
    id,
    system,
    topic: "size",
    text: id,
    sources: cited.map((c) => ({ id: c, evidence: "three words here" })),
  });
  const kb: KnowledgeBase = {
    sources: [source("old", "2014-05-13"), source("new", "2026-03-02")],
    systems: [
      { id: "alpha", name: "Alpha", aliases: ["Alpha"], summary: "s" },
      { id: "beta", name: "Beta", aliases: ["Beta"], summary: "s" },
    ],
    topics: [],
    facts: [
      fact("a-old", "alpha", "old"),
      fact("a-both", "alpha", "old", "new"),
      fact("b-new", "beta", "new"),
    ],
  };

  it("should list facts resting only on old sources, by system, leaving out systems with none", () => {
    expect(staleFacts(kb, cutoffFor("5y", now) as Date)).toEqual([
      {
        system: "alpha",
        name: "Alpha",
        facts: [{ id: "a-old", sources: [{ id: "old", date: "2014-05-13" }] }],
      },
    ]);
    expect(staleFacts(kb, cutoffFor("20y", now) as Date)).toEqual([]);
  });
});
