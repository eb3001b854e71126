import { describe, expect, it } from "vitest";
import { splitAroundTable } from "../../src/render/text-around-table.js";
import { buildTable } from "../helpers/answers.js";

const COMPARISON = [
  "Comparing CoreOS and Project Atomic:",
  "Sources differ on CoreOS size and footprint: 164 MB (inovex blog, 2015) vs 180 MB (Jonas Rosland, 2015-09-23).",
  "Sources date from 2014–2015; things may have changed since.",
].join("\n");

describe("splitAroundTable", () => {
  it("should keep an answer without a table whole, as its lead", () => {
    expect(splitAroundTable({ text: "a:\nb", table: null })).toEqual({ lead: "a:\nb", rest: "" });
  });

  it("should split a comparison after its lead sentence", () => {
    expect(splitAroundTable({ text: COMPARISON, table: buildTable() })).toEqual({
      lead: "Comparing CoreOS and Project Atomic:",
      rest: [
        "Sources differ on CoreOS size and footprint: 164 MB (inovex blog, 2015) vs 180 MB (Jonas Rosland, 2015-09-23).",
        "Sources date from 2014–2015; things may have changed since.",
      ].join("\n"),
    });
  });

  it("should keep a note before the lead sentence in the lead", () => {
    const text = `Your question was long.\n${COMPARISON}`;
    expect(splitAroundTable({ text, table: buildTable() }).lead).toBe(
      "Your question was long.\nComparing CoreOS and Project Atomic:",
    );
  });

  it("should take the first line as the lead when no line introduces the table", () => {
    const text = "CoreOS and Project Atomic side by side.\nSources date from 2014–2015.";
    expect(splitAroundTable({ text, table: buildTable() })).toEqual({
      lead: "CoreOS and Project Atomic side by side.",
      rest: "Sources date from 2014–2015.",
    });
  });
});
