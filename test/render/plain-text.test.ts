import { describe, expect, it } from "vitest";
import { renderPlainText, renderTable } from "../../src/render/plain-text.js";
import { buildAnswer, buildCitation, buildTable } from "../helpers/answers.js";

describe("renderPlainText", () => {
  it("should print the text, then numbered sources with author, date and link, then suggestions", () => {
    const text = renderPlainText(buildAnswer());

    expect(text).toBe(
      [
        "Project Atomic leans on SELinux for security.",
        "",
        "Sources:",
        "  [1] CoreOS vs. Project Atomic: A Review — Major Hayden (major.io), 2014-05-13",
        "      https://major.io/2014/05/13/coreos-vs-project-atomic-a-review/",
        "",
        'Try: "coreos vs atomic"',
      ].join("\n"),
    );
  });

  it("should number several sources in order", () => {
    const text = renderPlainText(
      buildAnswer({ citations: [buildCitation(), buildCitation({ id: "b", title: "Second" })] }),
    );

    expect(text).toContain("  [2] Second — ");
  });

  it("should leave out empty sections", () => {
    expect(renderPlainText(buildAnswer({ citations: [], suggestions: [] }))).toBe(
      "Project Atomic leans on SELinux for security.",
    );
  });

  it("should put a comparison table between the text and the sources", () => {
    const text = renderPlainText(buildAnswer({ table: buildTable() }));

    expect(text.indexOf("| CoreOS")).toBeGreaterThan(text.indexOf("SELinux"));
    expect(text.indexOf("| CoreOS")).toBeLessThan(text.indexOf("Sources:"));
  });
});

describe("renderTable", () => {
  it("should pad every column to its widest cell, with a rule under the header", () => {
    expect(renderTable(buildTable()).split("\n")).toEqual([
      "                   | CoreOS  | Project Atomic",
      "-------------------+---------+---------------",
      "Size and footprint | 164 MB  | 386 MB",
      "Init system        | systemd | systemd",
    ]);
  });

  it("should cope with a table without rows", () => {
    expect(renderTable(buildTable({ rows: [] })).split("\n")).toHaveLength(2);
  });
});
