import { z } from "zod";

/** The single answer object every edge (Slack, CLI, terminal) renders. Documented in README.md. */
export const INTENTS = ["answer", "compare", "help", "no_match"] as const;
export const MAX_ANSWER_TEXT = 1500;
/** A comparison table's size: small enough to read in a chat message. */
export const MAX_TABLE_COLUMNS = 6;
export const MAX_TABLE_ROWS = 8;

export const answerSchema = z.strictObject({
  query: z.string(),
  intent: z.enum(INTENTS),
  confidence: z.number().min(0).max(1),
  systems: z.array(z.string()),
  topics: z.array(z.string()),
  text: z.string().min(1).max(MAX_ANSWER_TEXT),
  facts: z.array(
    z.strictObject({
      id: z.string(),
      system: z.string(),
      topic: z.string(),
      text: z.string(),
      sources: z.array(z.string()).min(1),
    }),
  ),
  table: z
    .strictObject({
      columns: z.array(z.string()).max(MAX_TABLE_COLUMNS),
      rows: z
        .array(z.strictObject({ label: z.string(), cells: z.array(z.string()) }))
        .max(MAX_TABLE_ROWS),
    })
    .nullable(),
  citations: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      author: z.string(),
      url: z.string(),
      date: z.string(),
    }),
  ),
  suggestions: z.array(z.string()),
});

export type Answer = z.infer<typeof answerSchema>;
export type Intent = Answer["intent"];
export type AnswerFact = Answer["facts"][number];
export type AnswerTable = NonNullable<Answer["table"]>;
export type Citation = Answer["citations"][number];

/**
 * What a conversation (a Slack thread, a DM, a terminal session) remembers between questions,
 * so "and its size?" or "compare them" can be resolved. Plain data: edges store it as they like.
 */
/** How many of a question's words, and how long each, a conversation keeps for asking again. */
export const MAX_CONTEXT_WORDS = 16;
export const MAX_CONTEXT_WORD_LENGTH = 40;

export interface ConversationContext {
  /** Systems and topics of the last answer: what "its" and "and security?" refer to. */
  systems: string[];
  topics: string[];
  /** Systems talked about recently, newest first: what "compare them" refers to. */
  recentSystems?: string[];
  /** Ids of the facts the last answer ranked but did not show: what "more" shows next. */
  pending?: string[];
  /** The words the last question asked with: what "and coreos?" asks again. */
  words?: string[];
  /**
   * What the last question asked that the sources cannot know: "and atomic?" after "is coreos
   * still maintained?" asks it again.
   */
  beyond?: { id: string; label: string };
  /** The system the last answer ranked first ("which is smallest?"): what a lone "it" is next. */
  leader?: string;
}
