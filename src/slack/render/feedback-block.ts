import type { types } from "@slack/bolt";
import type { AnswerSummary } from "../../store/record.js";
import { encodeFeedbackValue } from "../feedback/value.js";

/** `feedback_buttons` in a `context_actions` block: Slack's own thumbs under an answer. */
export const FEEDBACK_ACTION_ID = "answer_feedback";
/** The fallback for surfaces that refuse it: two plain buttons in an `actions` block. */
export const FEEDBACK_BUTTON_ACTION_IDS = ["answer_helpful", "answer_unhelpful"] as const;

export type FeedbackStyle = "feedback_buttons" | "buttons";

const text = (value: string) => ({ type: "plain_text" as const, text: value, emoji: true });

/** The controls under an answer that let the reader say whether it helped. */
export function buildFeedbackBlock(
  summary: AnswerSummary,
  style: FeedbackStyle = "feedback_buttons",
): types.KnownBlock {
  const helpful = encodeFeedbackValue(summary, true);
  const unhelpful = encodeFeedbackValue(summary, false);
  if (style === "feedback_buttons") {
    return {
      type: "context_actions",
      elements: [
        {
          type: "feedback_buttons",
          action_id: FEEDBACK_ACTION_ID,
          positive_button: {
            text: text("👍"),
            accessibility_label: "This answer helped",
            value: helpful,
          },
          negative_button: {
            text: text("👎"),
            accessibility_label: "This answer did not help",
            value: unhelpful,
          },
        },
      ],
    };
  }
  const [helpfulId, unhelpfulId] = FEEDBACK_BUTTON_ACTION_IDS;
  return {
    type: "actions",
    elements: [
      { type: "button", action_id: helpfulId, text: text("👍 Helpful"), value: helpful },
      { type: "button", action_id: unhelpfulId, text: text("👎 Not helpful"), value: unhelpful },
    ],
  };
}
