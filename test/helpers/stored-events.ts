import type { AskedEvent, FeedbackEvent, UnansweredEvent } from "../../src/store/events.js";

/** Fixture builders for stored events: sensible defaults, any field overridable. */
export const buildUnansweredEvent = (
  overrides: Partial<UnansweredEvent> = {},
): UnansweredEvent => ({
  kind: "unanswered",
  question: "what is the size of the moon",
  intent: "no_match",
  confidence: 0.1,
  at: new Date().toISOString(),
  ...overrides,
});

export const buildFeedbackEvent = (overrides: Partial<FeedbackEvent> = {}): FeedbackEvent => ({
  kind: "feedback",
  helpful: false,
  question: "coreos security",
  intent: "answer",
  systems: ["coreos"],
  topics: ["security"],
  factIds: ["coreos-security-example"],
  at: new Date().toISOString(),
  ...overrides,
});

export const buildAskedEvent = (overrides: Partial<AskedEvent> = {}): AskedEvent => ({
  kind: "asked",
  intent: "answer",
  systems: ["coreos"],
  topics: ["security"],
  at: new Date().toISOString(),
  ...overrides,
});
