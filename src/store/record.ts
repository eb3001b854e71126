import type { Answer } from "../core/answer/contract.js";
import { MAX_QUESTION_CHARS, stripSlackMarkup } from "../core/match/normalise.js";
import type { FeedbackEvent, StoredEvent } from "./events.js";

/** Answers below this confidence are recorded for curators even though they were given. */
export const LOW_CONFIDENCE = 0.6;

/** What a feedback click needs to know about the answer it rates. */
export interface AnswerSummary {
  question: string;
  intent: Answer["intent"];
  systems: string[];
  topics: string[];
  factIds: string[];
}

/**
 * The question as it may be stored: Slack markup (user mentions, links) removed, white space
 * collapsed, cut to the length the core reads.
 */
export const storableQuestion = (text: string): string =>
  stripSlackMarkup(text).replace(/\s+/g, " ").trim().slice(0, MAX_QUESTION_CHARS);

export const summariseAnswer = (answer: Answer): AnswerSummary => ({
  question: storableQuestion(answer.query),
  intent: answer.intent,
  systems: answer.systems,
  topics: answer.topics,
  factIds: answer.facts.map((fact) => fact.id),
});

export const feedbackEvent = (
  summary: AnswerSummary,
  helpful: boolean,
  at = new Date(),
): FeedbackEvent => ({
  kind: "feedback",
  helpful,
  ...summary,
  question: storableQuestion(summary.question),
  at: at.toISOString(),
});

/**
 * What to record when a question is asked: what it was about (for "most asked"), and the question
 * itself when it went unanswered or was answered with low confidence (for `containeros gaps`).
 */
export function eventsForAnswer(answer: Answer, at = new Date()): StoredEvent[] {
  if (answer.intent === "help") return [];
  const time = at.toISOString();
  const events: StoredEvent[] = [];
  if (answer.intent !== "no_match") {
    const { intent, systems, topics } = answer;
    events.push({ kind: "asked", intent, systems, topics, at: time });
  }
  if (answer.intent === "no_match" || answer.confidence < LOW_CONFIDENCE) {
    events.push({
      kind: "unanswered",
      question: storableQuestion(answer.query),
      intent: answer.intent,
      confidence: answer.confidence,
      at: time,
    });
  }
  return events;
}
