import { describe, expect, it } from "vitest";
import { answerMrkdwn, SHORTENED_POINTER } from "../../../src/slack/render/answer-text.js";

describe("answerMrkdwn", () => {
  it("should make the core's group headings bold, and nothing else", () => {
    const text = [
      "Project Atomic · Security and access:",
      "• SELinux is on · by default: yes [1]",
      "Comparing CoreOS and Project Atomic:",
    ].join("\n");
    expect(answerMrkdwn(text, 3000).split("\n")).toEqual([
      "*Project Atomic · Security and access:*",
      "• SELinux is on · by default: yes [1]",
      "Comparing CoreOS and Project Atomic:",
    ]);
  });

  it("should escape before formatting, so a heading cannot carry a ping", () => {
    expect(answerMrkdwn("<!here> · Size:", 3000)).toBe("*&lt;!here&gt; · Size:*");
  });

  it("should stay within the limit, headings' asterisks included, pointing to the sources", () => {
    const text = `${"A · B:\n".repeat(300)}${"x".repeat(3000)}`;
    const shown = answerMrkdwn(text, 3000);
    expect(shown.length).toBeLessThanOrEqual(3000);
    expect(shown.endsWith(SHORTENED_POINTER)).toBe(true);
  });
});
