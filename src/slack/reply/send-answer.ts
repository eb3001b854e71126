import type { Logger, RespondFn, webApi } from "@slack/bolt";
import type { Answer } from "../../core/answer/contract.js";
import {
  type AnswerMessageOptions,
  buildAnswerMessage,
  isShareable,
  type SlackMessage,
} from "../render/answer-message.js";
import { blocksRejection } from "./rejection.js";

type Outgoing = Pick<SlackMessage, "text"> & Partial<SlackMessage>;
type Send = (message: Outgoing) => Promise<unknown>;

/**
 * Sends the answer with Slack's native table and feedback buttons. If Slack rejects the blocks
 * (invalid_blocks, invalid_attachments, ...), sends it once more with the table as monospace text
 * and plain feedback buttons, or as plain text when there was no table, so the asker always gets
 * an answer.
 */
async function sendWithFallback(
  send: Send,
  answer: Answer,
  options: AnswerMessageOptions,
  logger: Logger,
  where: string,
): Promise<void> {
  const message = buildAnswerMessage(answer, options);
  try {
    await send(message);
  } catch (error) {
    const reason = blocksRejection(error);
    if (reason === undefined) throw error;
    logger.warn(`Slack rejected the blocks of a reply in ${where} (${reason}); sending it as text`);
    const fallback: Outgoing = answer.table
      ? buildAnswerMessage(answer, { ...options, tableStyle: "text", feedback: "buttons" })
      : { text: message.text };
    await send(fallback);
  }
}

export interface PostTarget {
  channel: string;
  /** The thread to answer in; omitted for a top-level reply (a DM). */
  thread_ts?: string;
}

/** Posts an answer with the bot token (mentions and DMs). */
export async function postAnswer(
  client: webApi.WebClient,
  target: PostTarget,
  answer: Answer,
  logger: Logger,
): Promise<void> {
  const send: Send = (message) => client.chat.postMessage({ ...target, ...message });
  await sendWithFallback(send, answer, {}, logger, target.channel);
}

/**
 * Answers a slash command through its response_url: answers in the channel with the question
 * restated, help and "I don't know" to the asker only.
 */
export async function respondAnswer(
  respond: RespondFn,
  answer: Answer,
  askedBy: { userId: string; question: string },
  logger: Logger,
): Promise<void> {
  const shared = isShareable(answer);
  const response_type = shared ? "in_channel" : "ephemeral";
  const send: Send = (message) => respond({ ...message, response_type, replace_original: false });
  await sendWithFallback(send, answer, shared ? { askedBy } : {}, logger, "a slash command reply");
}

/** Answers through a response_url to one person only (a message shortcut), whatever the answer. */
export async function respondPrivately(
  respond: RespondFn,
  answer: Answer,
  options: AnswerMessageOptions,
  logger: Logger,
): Promise<void> {
  const send: Send = (message) =>
    respond({ ...message, response_type: "ephemeral", replace_original: false });
  await sendWithFallback(send, answer, options, logger, "a private reply");
}
