import { describe, expect, it } from "vitest";
import { buildAnswerMessage } from "../../../src/slack/render/answer-message.js";
import { decodeShareValue, encodeShareValue } from "../../../src/slack/render/share-button.js";
import { buildAnswer } from "../../helpers/answers.js";
import { expectWithinBlockKitLimits } from "../../helpers/block-kit.js";

describe("the post-in-thread button", () => {
  it("should carry the question and the thread within Slack's value limit", () => {
    const target = { question: "is rancheros smaller than coreos?", threadTs: "1700000000.000100" };
    expect(decodeShareValue(encodeShareValue(target))).toEqual(target);
    const long = encodeShareValue({ question: "\u0001".repeat(4000), threadTs: "1.2" });
    expect(long.length).toBeLessThanOrEqual(2000);
    expect(decodeShareValue(long)?.threadTs).toBe("1.2");
    for (const bad of [undefined, "", "{}", '{"q":"x","t":"not a ts"}'])
      expect(decodeShareValue(bad)).toBeUndefined();
  });

  it("should follow a shareable answer shown privately, and never help or no match", () => {
    const shareTo = { question: "coreos security", threadTs: "1.2" };
    const message = buildAnswerMessage(buildAnswer({ intent: "answer" }), { shareTo });
    expectWithinBlockKitLimits(message);
    expect(message.blocks.at(-1)).toMatchObject({
      type: "actions",
      elements: [{ action_id: "post_answer_in_thread" }],
    });
    for (const intent of ["help", "no_match"] as const) {
      const blocks = buildAnswerMessage(buildAnswer({ intent }), { shareTo }).blocks;
      expect(blocks.some((b) => b.type === "actions" || b.type === "context_actions")).toBe(false);
    }
  });

  it("should come with feedback buttons, and plain buttons in the fallback style", () => {
    const answer = buildAnswer({ intent: "compare" });
    expect(buildAnswerMessage(answer).blocks.at(-1)?.type).toBe("context_actions");
    expect(buildAnswerMessage(answer, { feedback: "buttons" }).blocks.at(-1)?.type).toBe("actions");
    expect(
      buildAnswerMessage(answer, { feedback: false }).blocks.some(
        (b) => b.type === "context_actions",
      ),
    ).toBe(false);
  });
});
