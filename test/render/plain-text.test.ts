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

  it("should put a comparison's table once, after its lead sentence and before the sources", () => {
    const text = renderPlainText(
      buildAnswer({
        intent: "compare",
        text: "Comparing CoreOS and Project Atomic:\nSources date from 2014.",
        table: buildTable(),
      }),
    );

    expect(text).toMatch(/^Comparing CoreOS and Project Atomic:\n\n +\| CoreOS/);
    expect(text.match(/164 MB/g)).toHaveLength(1);
    expect(text.indexOf("Sources date from 2014.")).toBeGreaterThan(text.indexOf("Init system"));
    expect(text.indexOf("Sources date from 2014.")).toBeLessThan(text.indexOf("Sources:"));
  });

  it("should not repeat help's examples as suggestions", () => {
    const help = buildAnswer({ intent: "help", text: "Ask me.", suggestions: ["updates"] });
    expect(renderPlainText(help)).not.toContain("Try:");
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
