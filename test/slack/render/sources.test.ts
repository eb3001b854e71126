import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/slack/render/limits.js";
import { buildSourcesSection } from "../../../src/slack/render/sources.js";
import { buildCitation } from "../../helpers/answers.js";

const textOf = (citations: Parameters<typeof buildSourcesSection>[0]) =>
  buildSourcesSection(citations)?.text?.text ?? "";

describe("buildSourcesSection", () => {
  it("should leave the section out when nothing is cited", () => {
    expect(buildSourcesSection([])).toBeUndefined();
  });

  it("should number the sources one a line as `[n] Title — Author, date`, the title linked", () => {
    const citations = [buildCitation(), buildCitation({ title: "Second", url: "https://b.test/" })];
    expect(textOf(citations).split("\n")).toEqual([
      "*Sources*",
      "[1] <https://major.io/2014/05/13/coreos-vs-project-atomic-a-review/|CoreOS vs. Project Atomic: A Review> — Major Hayden (major.io), 2014-05-13",
      "[2] <https://b.test/|Second> — Major Hayden (major.io), 2014-05-13",
    ]);
  });

  it("should escape what the knowledge base says, so nothing pings or breaks a link", () => {
    const text = textOf([buildCitation({ title: "A | <!here>", author: "<@U1> & co" })]);
    expect(text).toContain("|A / &lt;!here&gt;> — &lt;@U1&gt; &amp; co,");
  });

  it("should drop whole lines, never half a link, to stay within a section", () => {
    const long = buildCitation({ title: "t".repeat(900) });
    const text = textOf([long, long, long, long, long]);
    expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(text.split("\n")).toHaveLength(3);
    expect(text.endsWith("2014-05-13")).toBe(true);
  });
});
