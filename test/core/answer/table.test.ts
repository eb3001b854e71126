import { describe, expect, it } from "vitest";
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from "../../../src/core/answer/contract.js";
import {
  buildComparison,
  isMeasure,
  SEE_TEXT_CELL,
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

  it("should take 'the five' to be the five systems with facts on the rows, when five have them", () => {
    const catalog = realCatalog();
    const withKernels = catalog.systemIds().filter((id) => catalog.cell(id, "kernel").length > 0);
    expect(withKernels).toHaveLength(5);
    expect(buildComparison(catalog, [], ["kernel"], noScores, false, 5).systems).toEqual(
      withKernels,
    );
    // Counted otherwise, or not at all, "all" is every system.
    expect(buildComparison(catalog, [], ["kernel"], noScores, false, 4).systems).toHaveLength(6);
    expect(buildComparison(catalog, [], ["kernel"], noScores).systems).toHaveLength(6);
  });

  it("should fill cells with table values, never a cut sentence, and never leave one blank", () => {
    const catalog = realCatalog();
    const values = new Set(catalog.kb.facts.flatMap((f) => f.value ?? []));
    const { table } = buildComparison(catalog, catalog.systemIds(), catalog.topicIds(), noScores);
    const cells = table.rows.flatMap((r) => r.cells);

    expect(cells).toContain(UNKNOWN_CELL);
    for (const cell of cells) {
      const parts = cell.split(" / ");
      const known =
        [UNKNOWN_CELL, SEE_TEXT_CELL].includes(cell) || parts.every((p) => values.has(p));
      expect(known, cell).toBe(true);
    }
  });

  it("should name the facts behind its cells", () => {
    const catalog = realCatalog();
    const { facts } = buildComparison(catalog, ["rancheros", "coreos"], ["size"], noScores);

    expect(facts.map((i) => catalog.fact(i).value)).toEqual(["20 MB", "22 MB ISO", "164 MB"]);
  });
});

describe("isMeasure", () => {
  it("should take values that start with a number as measurements", () => {
    expect(["164 MB", "3.19.3", "151/333 MB"].map(isMeasure)).toEqual([true, true, true]);
    expect(["systemd", "none", undefined].map(isMeasure)).toEqual([false, false, false]);
  });
});
