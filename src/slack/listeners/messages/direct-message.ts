import type { AllMiddlewareArgs, SlackEventMiddlewareArgs, types } from "@slack/bolt";
import { askCore } from "../../conversation.js";
import type { SlackDeps } from "../../deps.js";
import { questionText } from "../../question.js";
import { apologise } from "../../reply/apology.js";
import { postAnswer } from "../../reply/send-answer.js";

type MessageArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<"message">;

/**
 * A plain message a person sent the bot in a DM. Anything with a subtype (edits, deletions, joins,
 * bot messages, file shares) and anything from a bot is not a question.
 */
export function isQuestionInDm(
  message: MessageArgs["message"],
  botUserId?: string,
): message is types.GenericMessageEvent {
  if (message.channel_type !== "im" || message.subtype !== undefined) return false;
  if (message.bot_id !== undefined || message.user === botUserId) return false;
  return typeof message.text === "string";
}

/**
 * A question in a DM: answered in the DM (in its thread when it was asked in one). The DM is one
 * conversation, so follow-ups build on the earlier answers.
 */
export const directMessage = (deps: SlackDeps) =>
  async function directMessageCallback({
    message,
    client,
    context,
    logger,
  }: MessageArgs): Promise<void> {
    if (!isQuestionInDm(message, context.botUserId)) return;
    try {
      const question = questionText(message.text, context.botUserId);
      const asked = { edge: "dm", conversation: message.channel } as const;
      const answer = await askCore(deps, question, asked, logger);
      await postAnswer(
        client,
        { channel: message.channel, thread_ts: message.thread_ts },
        answer,
        logger,
      );
    } catch (error) {
      const { channel, thread_ts } = message;
      const tell = (text: string) => client.chat.postMessage({ channel, thread_ts, text });
      await apologise(`a DM in ${channel}`, error, tell, logger);
    }
  };
