import { describe, expect, it } from "vitest";
import { decodeFeedbackValue } from "../../../src/slack/feedback/value.js";
import {
  buildFeedbackBlock,
  FEEDBACK_ACTION_ID,
  FEEDBACK_BUTTON_ACTION_IDS,
} from "../../../src/slack/render/feedback-block.js";
import type { AnswerSummary } from "../../../src/store/record.js";

const summary: AnswerSummary = {
  question: "coreos security",
  intent: "answer",
  systems: ["coreos"],
  topics: ["security"],
  factIds: ["coreos-security-a"],
};

describe("buildFeedbackBlock", () => {
  it("should put Slack's feedback buttons in a context actions block, each carrying its verdict", () => {
    const block = buildFeedbackBlock(summary);
    expect(block).toMatchObject({
      type: "context_actions",
      elements: [{ type: "feedback_buttons", action_id: FEEDBACK_ACTION_ID }],
    });
    if (block.type !== "context_actions") throw new Error("unexpected block");
    const [element] = block.elements;
    if (element?.type !== "feedback_buttons") throw new Error("unexpected element");
    expect(decodeFeedbackValue(element.positive_button.value)).toEqual({ helpful: true, summary });
    expect(decodeFeedbackValue(element.negative_button.value)).toEqual({ helpful: false, summary });
    expect(element.positive_button.accessibility_label?.length).toBeLessThanOrEqual(75);
  });

  it("should offer two plain buttons where feedback buttons are refused", () => {
    const block = buildFeedbackBlock(summary, "buttons");
    expect(block).toMatchObject({
      type: "actions",
      elements: FEEDBACK_BUTTON_ACTION_IDS.map((action_id) => ({ type: "button", action_id })),
    });
  });
});
