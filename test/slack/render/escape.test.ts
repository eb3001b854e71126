import { describe, expect, it } from "vitest";
import {
  decodeSlackEntities,
  escapeMrkdwn,
  restateSlackText,
} from "../../../src/slack/render/escape.js";
import { LIMITS, shorten } from "../../../src/slack/render/limits.js";

describe("escapeMrkdwn", () => {
  it("should escape only &, < and >", () => {
    expect(escapeMrkdwn(`<!here> & <@U1> *bold* _it_ "q" 'a'`)).toBe(
      `&lt;!here&gt; &amp; &lt;@U1&gt; *bold* _it_ "q" 'a'`,
    );
  });

  it("should restate Slack's encoded text without double escaping", () => {
    expect(decodeSlackEntities("a &lt; b &amp;&amp; c &gt; d &amp;lt;")).toBe(
      "a < b && c > d &lt;",
    );
    expect(restateSlackText("<!channel> &lt;b&gt; &amp;")).toBe("&lt;!channel&gt; &lt;b&gt; &amp;");
  });

  it("should show a mentioned person by the name Slack sent, or as @someone, without a ping", () => {
    expect(restateSlackText("ask <@U999> and <@W0ABC|maria> about <@U1|@ops-lead>")).toBe(
      "ask @someone and @maria about @ops-lead",
    );
    expect(restateSlackText("<@U999|<!here>> &lt;@U2&gt;")).toBe("@&lt;!here&gt; @someone");
  });
});

describe("shorten", () => {
  it("should leave short text alone and cut long text to the limit with an ellipsis", () => {
    expect(shorten("short", 10)).toBe("short");
    const cut = shorten("x".repeat(5000), LIMITS.sectionText);
    expect(cut).toHaveLength(LIMITS.sectionText);
    expect(cut.endsWith("…")).toBe(true);
  });

  it("should not split an emoji or an entity", () => {
    expect(shorten("ab😀cd", 4)).toBe("ab…");
    expect(shorten("abc &amp; def", 7)).toBe("abc …");
    expect(shorten("abc &lt;", 8)).toBe("abc &lt;");
  });
});
