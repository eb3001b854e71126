import type { Logger, RespondFn } from "@slack/bolt";
import { SOMETHING_WENT_WRONG } from "../render/notices.js";
import { describeError } from "./rejection.js";

/** Delivers a short text to the person whose question failed (ephemerally where Slack can). */
export type TellAsker = (text: string) => Promise<unknown>;

/** Tells the asker through a response_url: only they see it, and the original message stays. */
export const tellByResponse =
  (respond: RespondFn): TellAsker =>
  (text) =>
    respond({ response_type: "ephemeral", replace_original: false, text });

/**
 * The end of every question listener's catch: logs what went unanswered with the error and its
 * causes, then tells the asker in one line. Never throws, so nothing escapes as an unhandled
 * rejection; if the apology cannot be delivered either, that is logged too.
 */
export async function apologise(
  what: string,
  error: unknown,
  tell: TellAsker,
  logger: Logger,
): Promise<void> {
  logger.error(`Could not answer ${what}: ${describeError(error)}`);
  try {
    await tell(SOMETHING_WENT_WRONG);
  } catch (again) {
    logger.error(`Could not apologise for ${what} either: ${describeError(again)}`);
  }
}
