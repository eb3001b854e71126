import { z } from "zod";
import { INTENTS } from "../core/answer/contract.js";
import { MAX_QUESTION_CHARS } from "../core/match/normalise.js";

/**
 * What the bot records for curators. Never a user id, never user text beyond the question itself
 * (cut to the length the core reads).
 */
const question = z.string().max(MAX_QUESTION_CHARS);
const at = z.iso.datetime();

/** A click on an answer's feedback control. */
export const feedbackEventSchema = z.strictObject({
  kind: z.literal("feedback"),
  helpful: z.boolean(),
  question,
  intent: z.enum(INTENTS),
  systems: z.array(z.string()),
  topics: z.array(z.string()),
  factIds: z.array(z.string()),
  at,
});

/** A question the bot could not answer (`no_match`) or answered with low confidence. */
export const unansweredEventSchema = z.strictObject({
  kind: z.literal("unanswered"),
  question,
  intent: z.enum(INTENTS),
  confidence: z.number().min(0).max(1),
  at,
});

/** A question that was answered: only what it was about, no text (feeds "most asked" on App Home). */
export const askedEventSchema = z.strictObject({
  kind: z.literal("asked"),
  intent: z.enum(INTENTS),
  systems: z.array(z.string()),
  topics: z.array(z.string()),
  at,
});

export const storedEventSchema = z.discriminatedUnion("kind", [
  feedbackEventSchema,
  unansweredEventSchema,
  askedEventSchema,
]);

export type FeedbackEvent = z.infer<typeof feedbackEventSchema>;
export type UnansweredEvent = z.infer<typeof unansweredEventSchema>;
export type AskedEvent = z.infer<typeof askedEventSchema>;
export type StoredEvent = z.infer<typeof storedEventSchema>;

export interface ReadOptions {
  /** Only events at or after this time. */
  since?: Date;
}

/** An append-only log of events, shared by every instance of the bot and read by `containeros gaps`. */
export interface EventLog {
  append(event: StoredEvent): Promise<void>;
  /** Events in the order they were appended; damaged or unknown entries are skipped. */
  read(options?: ReadOptions): Promise<StoredEvent[]>;
}

/** Parses one stored line; undefined for anything damaged (a torn write) or from another version. */
export function parseStoredEvent(line: string): StoredEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const parsed = storedEventSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export const isSince = (event: StoredEvent, since: Date | undefined): boolean =>
  since === undefined || Date.parse(event.at) >= since.getTime();
