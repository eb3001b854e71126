import { z } from "zod";
import { INTENTS } from "../core/answer/contract.js";
import { MAX_QUESTION_CHARS } from "../core/match/normalise.js";
import { parseJsonWith } from "./parse-json.js";

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

/** Events moved out of a log, to be stored elsewhere; `done()` forgets them for good. */
export interface TakenEvents {
  /** Oldest first. */
  events: StoredEvent[];
  done(): void;
}

/** A log whose events can be handed over to another (the local file to Redis, once it is back). */
export interface HandoverEventLog extends EventLog {
  take(): TakenEvents;
}

/** One event as stored: checked against the schema first, so nothing else gets written. */
export const serialiseEvent = (event: StoredEvent): string =>
  JSON.stringify(storedEventSchema.parse(event));

/**
 * The event stored in `text` when it is valid and not older than `since`; undefined for anything
 * damaged (a torn write), from another version, or older.
 */
export function readStoredEvent(text: string, since: Date | undefined): StoredEvent | undefined {
  const event = parseJsonWith(storedEventSchema, text);
  return event && (since === undefined || Date.parse(event.at) >= since.getTime())
    ? event
    : undefined;
}
