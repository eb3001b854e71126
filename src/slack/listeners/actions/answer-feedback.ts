import { createHash } from "node:crypto";
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { feedbackEvent } from "../../../store/record.js";
import type { SlackDeps } from "../../deps.js";
import { decodeFeedbackValue } from "../../feedback/value.js";
import { FEEDBACK_THANKS_HELPFUL, FEEDBACK_THANKS_UNHELPFUL } from "../../render/notices.js";
import { describeError } from "../../reply/rejection.js";

type ActionArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>;

/** One vote per person, answer and verdict; the key is hashed, so no user id is stored. */
const voteKey = (user: string, message: string, helpful: boolean) =>
  `feedback:${createHash("sha256").update(`${user}:${message}:${helpful}`).digest("hex").slice(0, 32)}`;

/**
 * A click on an answer's 👍 / 👎: acknowledged with a short thanks only the clicker sees, and
 * recorded with the question, intent, systems, topics and fact ids (never who clicked).
 */
export const answerFeedback = ({ events, dedup, metrics }: SlackDeps) =>
  async function answerFeedbackCallback({ ack, action, body, respond, logger }: ActionArgs) {
    await ack();
    const click = decodeFeedbackValue("value" in action ? action.value : undefined);
    if (!click) {
      logger.warn(
        `Ignoring a feedback click with a value this app did not write (${action.action_id})`,
      );
      return;
    }
    try {
      const message = body.container.message_ts ?? body.message?.ts ?? action.action_ts;
      if (await dedup.claim(voteKey(body.user.id, String(message), click.helpful))) {
        metrics.feedback(click.helpful);
        await events.append(feedbackEvent(click.summary, click.helpful));
      }
      const text = click.helpful ? FEEDBACK_THANKS_HELPFUL : FEEDBACK_THANKS_UNHELPFUL;
      await respond({ response_type: "ephemeral", replace_original: false, text });
    } catch (error) {
      logger.error(`Could not record feedback: ${describeError(error)}`);
    }
  };
