import { describe, expect, it } from "vitest";
import { buildTableBlock } from "../../../src/slack/render/table-block.js";
import { formatTextTable } from "../../../src/slack/render/table-grid.js";
import { buildTable } from "../../helpers/answers.js";

describe("buildTableBlock", () => {
  it("should build a table block with a bold header row and bold row labels", () => {
    const block = buildTableBlock(
      buildTable({ rows: [{ label: "Size", cells: ["164 MB", "386 MB"] }] }),
    );
    expect(block.type).toBe("table");
    expect(block.column_settings).toEqual([
      { align: "left", is_wrapped: true },
      { align: "left", is_wrapped: true },
      { align: "left", is_wrapped: true },
    ]);
    expect(block.rows[0]?.[1]).toEqual({
      type: "rich_text",
      elements: [
        {
          type: "rich_text_section",
          elements: [{ type: "text", text: "CoreOS", style: { bold: true } }],
        },
      ],
    });
    expect(block.rows[1]?.[2]).toEqual({
      type: "rich_text",
      elements: [{ type: "rich_text_section", elements: [{ type: "text", text: "386 MB" }] }],
    });
  });

  it("should pad short rows and never leave a cell empty", () => {
    const block = buildTableBlock(buildTable({ rows: [{ label: "  ", cells: ["x"] }] }));
    const texts = block.rows.flat().map((cell) => JSON.stringify(cell));
    expect(block.rows.every((row) => row.length === 3)).toBe(true);
    expect(texts.filter((t) => t.includes('"text":"-"'))).toHaveLength(2);
  });
});

describe("formatTextTable", () => {
  it("should align columns under their headers", () => {
    const lines = formatTextTable(buildTable()).split("\n");
    const column = (line: string | undefined) => line?.indexOf("|");
    expect(new Set(lines.filter((l) => l.includes("|")).map(column)).size).toBe(1);
    expect(lines[1]).toMatch(/^-+\+-+\+-+$/);
  });
});
