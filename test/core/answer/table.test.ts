import { describe, expect, it } from "vitest";
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from "../../../src/core/answer/contract.js";
import {
  buildComparison,
  firstClause,
  isMeasure,
  MAX_CELL_CHARS,
  shorten,
  UNKNOWN_CELL,
} from "../../../src/core/answer/table.js";
import { realCatalog } from "../../helpers/engine.js";

const noScores = new Map<number, number>();

describe("buildComparison", () => {
  it("should cut columns at MAX_TABLE_COLUMNS and rows at MAX_TABLE_ROWS", () => {
    const catalog = realCatalog();
    const systems = [...catalog.systemIds(), ...catalog.systemIds()];
    const { table } = buildComparison(catalog, systems, catalog.topicIds(), noScores);

    expect(table.columns).toHaveLength(MAX_TABLE_COLUMNS);
    expect(table.rows).toHaveLength(MAX_TABLE_ROWS);
  });

  it("should leave out rows nobody has a fact for", () => {
    const { table, topics } = buildComparison(
      realCatalog(),
      ["dcos", "snappy"],
      ["updates", "deployment", "clustering"],
      noScores,
    );

    expect(topics).toEqual(["updates", "clustering"]);
    expect(table.rows.map((r) => r.label)).toEqual([
      "Updates and rollback",
      "Clustering, orchestration and scheduling",
    ]);
  });

  it("should set a lone system against the others with facts on its rows", () => {
    const { systems, table } = buildComparison(realCatalog(), ["dcos"], ["clustering"], noScores);

    expect(systems).toEqual(["dcos", "coreos", "atomic", "rancheros"]);
    expect(table.columns[0]).toBe("Mesosphere DCOS");
  });

  it("should keep every cell short and never blank", () => {
    const catalog = realCatalog();
    const { table } = buildComparison(catalog, catalog.systemIds(), catalog.topicIds(), noScores);
    const cells = table.rows.flatMap((r) => r.cells);

    expect(cells.every((c) => c.length > 0 && c.length <= MAX_CELL_CHARS)).toBe(true);
    expect(cells).toContain(UNKNOWN_CELL);
  });

  it("should name the facts behind its cells", () => {
    const catalog = realCatalog();
    const { facts } = buildComparison(catalog, ["rancheros", "coreos"], ["size"], noScores);

    expect(facts.map((i) => catalog.fact(i).value)).toEqual(["20 MB", "22 MB ISO", "164 MB"]);
  });
});

describe("firstClause", () => {
  it.each([
    [
      "According to inovex (2015), CoreOS uses cloud-init to boot.",
      "CoreOS uses cloud-init to boot",
    ],
    [
      "On CoreOS, etcd is handy for storing small pieces.",
      "etcd is handy for storing small pieces",
    ],
    [
      "Metral (2015) recommends Atomic for deployments.",
      "Metral recommends Atomic for deployments",
    ],
    ["Geard, used by Project Atomic, is integrated.", "Geard"],
    ["In 2014 Cockpit was beta code.", "In 2014 Cockpit was beta code"],
  ])("should take %j as %j", (text, clause) => {
    expect(firstClause(text)).toBe(clause);
  });
});

describe("shorten", () => {
  it("should leave short text alone", () => {
    expect(shorten("164 MB", 32)).toBe("164 MB");
  });

  it("should cut long text at a word and mark the cut", () => {
    const cut = shorten("the quick brown fox jumps over the lazy dog", 22);

    expect(cut).toBe("the quick brown fox…");
    expect(cut.length).toBeLessThanOrEqual(22);
  });

  it("should cut a long word in the middle when there is no space to cut at", () => {
    expect(shorten("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("isMeasure", () => {
  it("should take values that start with a number as measurements", () => {
    expect(["164 MB", "3.19.3", "151/333 MB"].map(isMeasure)).toEqual([true, true, true]);
    expect(["systemd", "none", undefined].map(isMeasure)).toEqual([false, false, false]);
  });
});
