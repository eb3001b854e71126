import { describe, expect, it } from "vitest";
import { buildAnswerMessage, isShareable } from "../../../src/slack/render/answer-message.js";
import { SHORTENED_POINTER } from "../../../src/slack/render/answer-text.js";
import { buildAnswer, buildCitation, buildTable } from "../../helpers/answers.js";
import {
  blocksInReadingOrder,
  expectWithinBlockKitLimits,
  liveMentions,
  parsedTexts,
  tableRows,
} from "../../helpers/block-kit.js";
import { askReal } from "../../helpers/engine.js";

const joined = (message: Parameters<typeof parsedTexts>[0]) => parsedTexts(message).join("\n");
const GROUNDED_TEXT = [
  "Project Atomic · Security and access:",
  "• SELinux is enabled by default on Project Atomic. [1]",
  "• Rosland likes that it relies on trusted technology (SELinux). [2]",
  "Sources differ on RancherOS size: 20 MB (inovex blog, 2015) vs 22 MB ISO (Jonas Rosland, 2015-09-23).",
  "Sources date from 2014–2015; things may have changed since.",
].join("\n");

const COMPARISON = buildAnswer({
  intent: "compare",
  text: [
    "Comparing CoreOS and Project Atomic:",
    "Views on Project Atomic maturity changed over time — 2014: a prototype (Major Hayden); 2015: mature (Jonas Rosland).",
    "Sources date from 2014–2015; things may have changed since.",
  ].join("\n"),
  table: buildTable(),
});

describe("buildAnswerMessage", () => {
  it("should show the core's text with its fact markers, conflicts and age note", () => {
    const message = buildAnswerMessage(buildAnswer({ text: GROUNDED_TEXT }));
    expectWithinBlockKitLimits(message);
    expect(message.blocks[0]).toEqual({
      type: "section",
      text: { type: "mrkdwn", text: GROUNDED_TEXT.replace(/^(Project.*:)$/m, "*$1*") },
    });
    expect(message.text).toBe(GROUNDED_TEXT);
  });

  it("should list every cited source in one block, numbered like the markers and linked", () => {
    const message = buildAnswerMessage(
      buildAnswer({
        citations: [
          buildCitation(),
          buildCitation({
            id: "rosland-2015",
            title: "Container OS comparison",
            author: "Jonas Rosland",
            url: "https://blog.codeship.com/container-os-comparison/",
            date: "2015-09-23",
          }),
        ],
      }),
    );
    expect(message.blocks.filter((block) => JSON.stringify(block).includes("[2]"))).toEqual([
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: [
            "*Sources*",
            "[1] <https://major.io/2014/05/13/coreos-vs-project-atomic-a-review/|CoreOS vs. Project Atomic: A Review> — Major Hayden (major.io), 2014-05-13",
            "[2] <https://blog.codeship.com/container-os-comparison/|Container OS comparison> — Jonas Rosland, 2015-09-23",
          ].join("\n"),
        },
      },
    ]);
  });

  it("should keep a title's pipe from ending its link early", () => {
    const message = buildAnswerMessage(
      buildAnswer({
        citations: [buildCitation({ title: "A | B", url: "https://x.test/?a=1&b=2" })],
      }),
    );
    expect(joined(message)).toContain("<https://x.test/?a=1&amp;b=2|A / B>");
  });

  it("should put a comparison in one native table block inside an attachment", () => {
    const message = buildAnswerMessage(COMPARISON);
    expectWithinBlockKitLimits(message);
    expect(message.attachments).toHaveLength(1);
    expect(tableRows(message)).toEqual([
      ["Topic", "CoreOS", "Project Atomic"],
      ["Size and footprint", "164 MB", "386 MB"],
      ["Init system", "systemd", "systemd"],
    ]);
  });

  it("should put the table straight after the lead sentence, and the rest below it", () => {
    const message = buildAnswerMessage(COMPARISON, {
      askedBy: { userId: "U0ASKER", question: "coreos vs atomic" },
    });
    const order = blocksInReadingOrder(message).map((block) =>
      block.type === "section"
        ? String((block.text as { text: string }).text).slice(0, 12)
        : block.type,
    );
    expect(order).toEqual([
      "context",
      "Comparing Co",
      "table",
      "Views on Pro",
      "context",
      "*Sources*\n[1",
      "context_actions",
    ]);
  });

  it("should not repeat the table's rows as text anywhere but in the notification text", () => {
    const message = buildAnswerMessage(COMPARISON);
    const shown = parsedTexts({ ...message, text: "" }).join("\n");
    expect(shown).not.toContain("164 MB");
    expect(shown).not.toContain("Init system");
  });

  it("should copy the table as monospace text into the notification text, after the lead", () => {
    const message = buildAnswerMessage(COMPARISON);
    expect(message.text).toMatch(
      /^Comparing CoreOS and Project Atomic:\n```\n.*CoreOS.*Project Atomic\n.*\n.*164 MB.*386 MB\n.*systemd.*\n```\nViews on/,
    );
    expect(message.text.match(/164 MB/g)).toHaveLength(1);
  });

  it("should put the monospace table in a section when asked for the text style", () => {
    const message = buildAnswerMessage(COMPARISON, { tableStyle: "text" });
    expectWithinBlockKitLimits(message);
    expect(message.attachments).toBeUndefined();
    expect(tableRows(message)).toBeUndefined();
    expect(message.blocks[1]).toMatchObject({
      type: "section",
      text: { text: expect.stringMatching(/^```\n.*Init system/s) },
    });
  });

  it("should fill empty cells and keep cells short", () => {
    const message = buildAnswerMessage(
      buildAnswer({
        table: buildTable({ rows: [{ label: "Size", cells: ["", "x".repeat(500)] }] }),
      }),
    );
    const [, row] = tableRows(message) ?? [];
    expect(row?.[1]).toBe("-");
    expect(row?.[2]?.length).toBeLessThanOrEqual(80);
  });

  it("should keep a table within 100 rows and 20 columns", () => {
    const columns = Array.from({ length: 30 }, (_, i) => `OS ${i}`);
    const rows = Array.from({ length: 150 }, (_, i) => ({ label: `Topic ${i}`, cells: columns }));
    const message = buildAnswerMessage(buildAnswer({ table: { columns, rows } }));
    expectWithinBlockKitLimits(message);
    const grid = tableRows(message) ?? [];
    expect(grid).toHaveLength(100);
    expect(grid[0]).toHaveLength(20);
  });

  it("should restate the question and who asked", () => {
    const message = buildAnswerMessage(buildAnswer(), {
      askedBy: { userId: "U0ASKER", question: "security atomic" },
    });
    expect(message.blocks[0]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "<@U0ASKER> asked: security atomic" }],
    });
    expect(message.text.startsWith("<@U0ASKER> asked: security atomic\n")).toBe(true);
  });

  it("should restate a mention in the question as a name, without pinging anyone", () => {
    const message = buildAnswerMessage(buildAnswer(), {
      askedBy: { userId: "U0ASKER", question: "does <@U999> know if atomic is secure?" },
    });
    expect(message.blocks[0]).toMatchObject({
      elements: [{ text: "<@U0ASKER> asked: does @someone know if atomic is secure?" }],
    });
    expect(liveMentions(message, ["<@U0ASKER>"])).toEqual([]);
  });

  it("should never send back a ping the asker or the knowledge base typed", () => {
    const hostile =
      "<!channel> <!here> <!everyone> <@U0OTHER> <!subteam^S1|ops> & is <b>atomic</b> secure?";
    const message = buildAnswerMessage(
      buildAnswer({
        query: hostile,
        text: `You asked about ${hostile}`,
        suggestions: [hostile],
        citations: [buildCitation({ title: hostile, author: hostile, date: hostile })],
        table: buildTable({ columns: [hostile, "x"] }),
      }),
      { askedBy: { userId: "U0ASKER", question: hostile } },
    );
    expect(liveMentions(message, ["<@U0ASKER>"])).toEqual([]);
    expect(joined(message)).toContain("&lt;!channel&gt;");
    expect(joined(message)).toContain("&amp; is &lt;b&gt;atomic&lt;/b&gt;");
  });

  it("should not double-escape text Slack already encoded", () => {
    const message = buildAnswerMessage(buildAnswer(), {
      askedBy: { userId: "U1", question: "is &lt;!here&gt; smaller &amp; faster" },
    });
    expect(message.blocks[0]).toMatchObject({
      elements: [{ text: "<@U1> asked: is &lt;!here&gt; smaller &amp; faster" }],
    });
  });

  it("should shorten a very long answer and question with a pointer to the sources", () => {
    const message = buildAnswerMessage(
      buildAnswer({ text: "long & ".repeat(2000), table: buildTable() }),
      { askedBy: { userId: "U1", question: "q".repeat(4000) } },
    );
    expectWithinBlockKitLimits(message);
    expect(joined(message)).toContain(SHORTENED_POINTER);
    expect(message.text.length).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(message.blocks[0]).length).toBeLessThan(500);
  });

  it("should never cut an emoji or an escaped character in half", () => {
    const text = `${"a".repeat(2950)}😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 ${"<".repeat(1000)}`;
    for (let shift = 0; shift < 8; shift++) {
      const message = buildAnswerMessage(buildAnswer({ text: "b".repeat(shift) + text }));
      expect(JSON.stringify(message)).not.toMatch(/\\ud83d(?!\\ude00)/);
      for (const t of parsedTexts(message)) expect(t).not.toMatch(/&[a-z]{0,3}…/);
    }
  });

  it("should leave help's examples to its text and suggest follow-ups for other answers", () => {
    const help = buildAnswerMessage(
      buildAnswer({ intent: "help", citations: [], suggestions: ["updates"] }),
    );
    expectWithinBlockKitLimits(help);
    expect(help.blocks).toHaveLength(1);
    const noMatch = buildAnswerMessage(
      buildAnswer({
        intent: "no_match",
        citations: [],
        suggestions: ["security atomic", "coreos vs atomic"],
      }),
    );
    expect(noMatch.blocks.at(-1)).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "Try: `security atomic` · `coreos vs atomic`" }],
    });
  });
});

describe("buildAnswerMessage: beyond the sources, with the nearest fact they do say", () => {
  it("should cite the nearest fact's source and offer no rating or sharing", () => {
    const message = buildAnswerMessage(askReal("how much does dcos enterprise cost per core"));
    expectWithinBlockKitLimits(message);
    const text = joined(message);
    expect(text).toContain("don't say what it costs");
    expect(text).toContain("*Sources*");
    expect(text).toContain("Container OS comparison");
    expect(JSON.stringify(message.blocks)).not.toMatch(/"(context_)?actions"/);
  });
});

describe("isShareable", () => {
  it("should share answers and comparisons, and keep help and no match private", () => {
    expect(isShareable(buildAnswer({ intent: "answer" }))).toBe(true);
    expect(isShareable(buildAnswer({ intent: "compare" }))).toBe(true);
    expect(isShareable(buildAnswer({ intent: "help" }))).toBe(false);
    expect(isShareable(buildAnswer({ intent: "no_match" }))).toBe(false);
  });
});
