import type { Logger } from "@slack/bolt";
import type { Answer } from "../core/answer/contract.js";
import type { Edge } from "../metrics/metrics.js";
import { eventsForAnswer } from "../store/record.js";
import type { SlackDeps } from "./deps.js";
import { describeError } from "./reply/rejection.js";

/** The conversation a thread is: follow-ups in it share a context. */
export const threadConversation = (channel: string, threadTs: string): string =>
  `${channel}:${threadTs}`;

/**
 * Asks the core. Within a conversation (a thread, a DM) the stored context goes in and the updated
 * one is saved, so "and its size?" follows on; what was asked is recorded for curators. Storage
 * trouble is logged and never costs the asker the answer. The question is counted for `/metrics`
 * under its edge and the answer's intent.
 */
export interface AskOptions {
  /** Where the question came in; none for an answer asked again only to be shared (not counted). */
  edge?: Edge;
  /** The thread or DM the question belongs to; none for one-off questions (slash commands). */
  conversation?: string | undefined;
  /** Off when the same question was already recorded (an answer shared after a private one). */
  record?: boolean;
}

export async function askCore(
  deps: SlackDeps,
  question: string,
  { edge, conversation, record = true }: AskOptions,
  logger: Logger,
): Promise<Answer> {
  const context = conversation
    ? await attempt(() => deps.contexts.get(conversation), "read the conversation", logger)
    : undefined;
  const { answer, context: next } = deps.engine.ask(question, context);
  if (edge) deps.metrics.answered(edge, answer);
  if (conversation) {
    await attempt(() => deps.contexts.set(conversation, next), "save the conversation", logger);
  }
  for (const event of record ? eventsForAnswer(answer) : []) {
    await attempt(() => deps.events.append(event), `record the ${event.kind} event`, logger);
  }
  return answer;
}

async function attempt<T>(work: () => Promise<T>, what: string, logger: Logger) {
  try {
    return await work();
  } catch (error) {
    logger.warn(`Could not ${what}: ${describeError(error)}`);
    return undefined;
  }
}
