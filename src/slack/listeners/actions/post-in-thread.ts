import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { askCore, threadConversation } from "../../conversation.js";
import type { SlackDeps } from "../../deps.js";
import { NOT_IN_CHANNEL, POSTED_IN_THREAD } from "../../render/notices.js";
import { decodeShareValue } from "../../render/share-button.js";
import { apologise, tellByResponse } from "../../reply/apology.js";
import { describeError } from "../../reply/rejection.js";
import { postAnswer } from "../../reply/send-answer.js";

type ActionArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>;

/**
 * "Post in thread" under a privately shown answer (from the message shortcut): the answer goes
 * into the message's thread for everyone, and the private copy says so.
 */
export const postInThread = (deps: SlackDeps) =>
  async function postInThreadCallback({ ack, action, body, client, respond, logger }: ActionArgs) {
    await ack();
    const target = decodeShareValue("value" in action ? action.value : undefined);
    const channel = body.channel?.id;
    if (!target || !channel) {
      logger.warn("Ignoring a post-in-thread click without a thread or channel");
      return;
    }
    try {
      const conversation = threadConversation(channel, target.threadTs);
      const answer = await askCore(deps, target.question, { conversation, record: false }, logger);
      await postAnswer(client, { channel, thread_ts: target.threadTs }, answer, logger);
      await respond({ response_type: "ephemeral", replace_original: true, text: POSTED_IN_THREAD });
    } catch (error) {
      const tell = tellByResponse(respond);
      if (describeError(error).includes("not_in_channel")) await tell(NOT_IN_CHANNEL);
      else await apologise(`a post-in-thread click in ${channel}`, error, tell, logger);
    }
  };
