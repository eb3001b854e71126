import { z } from "zod";
import { INTENTS } from "../../core/answer/contract.js";
import { parseJsonWith } from "../../store/parse-json.js";
import type { AnswerSummary } from "../../store/record.js";

/** Slack's limit on a button's value. */
export const MAX_VALUE_CHARS = 2000;

const valueSchema = z.strictObject({
  h: z.boolean(),
  q: z.string(),
  i: z.enum(INTENTS),
  s: z.array(z.string()),
  t: z.array(z.string()),
  f: z.array(z.string()),
});

export interface FeedbackClick {
  helpful: boolean;
  summary: AnswerSummary;
}

/**
 * What a feedback button carries back when clicked: the rated answer's question, intent, systems,
 * topics and fact ids (never who asked), so any instance can record the click without state.
 * Fact ids, then the question, are cut to stay within Slack's limit.
 */
export function encodeFeedbackValue(summary: AnswerSummary, helpful: boolean): string {
  const value = {
    h: helpful,
    q: summary.question,
    i: summary.intent,
    s: summary.systems,
    t: summary.topics,
    f: [...summary.factIds],
  };
  let json = JSON.stringify(value);
  while (json.length > MAX_VALUE_CHARS && value.f.length > 0) {
    value.f.pop();
    json = JSON.stringify(value);
  }
  while (json.length > MAX_VALUE_CHARS && value.q.length > 0) {
    value.q = value.q.slice(0, Math.max(0, value.q.length - (json.length - MAX_VALUE_CHARS) - 1));
    json = JSON.stringify(value);
  }
  return json;
}

/** The click's content, or undefined for a value this app did not write. */
export function decodeFeedbackValue(value: string | undefined): FeedbackClick | undefined {
  const parsed = value === undefined ? undefined : parseJsonWith(valueSchema, value);
  if (!parsed) return undefined;
  const { h, q, i, s, t, f } = parsed;
  return { helpful: h, summary: { question: q, intent: i, systems: s, topics: t, factIds: f } };
}
