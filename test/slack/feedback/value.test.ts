import { describe, expect, it } from "vitest";
import {
  decodeFeedbackValue,
  encodeFeedbackValue,
  MAX_VALUE_CHARS,
} from "../../../src/slack/feedback/value.js";
import type { AnswerSummary } from "../../../src/store/record.js";

const summary: AnswerSummary = {
  question: "coreos vs atomic updates",
  intent: "compare",
  systems: ["coreos", "atomic"],
  topics: ["updates"],
  factIds: ["coreos-updates-dual-partition", "atomic-updates-rpm-ostree"],
};

describe("feedback button values", () => {
  it("should carry the rated answer and the verdict back intact", () => {
    expect(decodeFeedbackValue(encodeFeedbackValue(summary, false))).toEqual({
      helpful: false,
      summary,
    });
    expect(decodeFeedbackValue(encodeFeedbackValue(summary, true))?.helpful).toBe(true);
  });

  it("should stay within Slack's 2000 characters by dropping fact ids, then cutting the question", () => {
    const big = {
      ...summary,
      question: `"quoted" ${"é\\".repeat(300)}`,
      factIds: Array.from({ length: 80 }, (_, i) => `coreos-security-fact-number-${i}`),
    };
    const value = encodeFeedbackValue(big, false);
    expect(value.length).toBeLessThanOrEqual(MAX_VALUE_CHARS);
    const decoded = decodeFeedbackValue(value);
    expect(decoded?.summary.question).toBe(big.question);
    expect(decoded?.summary.factIds.length).toBeLessThan(80);
    const huge = encodeFeedbackValue({ ...big, question: "\\".repeat(1500), factIds: [] }, true);
    expect(huge.length).toBeLessThanOrEqual(MAX_VALUE_CHARS);
    expect(decodeFeedbackValue(huge)?.summary.question).toMatch(/^\\+$/);
  });

  it("should refuse values this app did not write", () => {
    for (const value of [
      undefined,
      "",
      "positive_feedback",
      "{}",
      '{"h":true,"q":"x","i":"nope","s":[],"t":[],"f":[]}',
    ]) {
      expect(decodeFeedbackValue(value)).toBeUndefined();
    }
  });
});
