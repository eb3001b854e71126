import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { askCore, threadConversation } from "../../conversation.js";
import type { SlackDeps } from "../../deps.js";
import { questionText } from "../../question.js";
import { apologise } from "../../reply/apology.js";
import { postAnswer } from "../../reply/send-answer.js";

/**
 * `@containeros question` in a channel: one reply in the thread of the mention, which starts a
 * thread when the mention was top-level. The thread is a conversation: follow-ups ("and its size?")
 * build on the earlier answers. Mentions by bots (ours or others) are ignored.
 */
export const appMention = (deps: SlackDeps) =>
  async function appMentionCallback({
    event,
    client,
    context,
    logger,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<"app_mention">): Promise<void> {
    if (event.bot_id !== undefined || event.subtype !== undefined) return;
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      const question = questionText(event.text, context.botUserId);
      const conversation = threadConversation(event.channel, thread_ts);
      const answer = await askCore(deps, question, { edge: "mention", conversation }, logger);
      await postAnswer(client, { channel: event.channel, thread_ts }, answer, logger);
    } catch (error) {
      const { channel, user } = event;
      const tell = (text: string) =>
        user === undefined
          ? client.chat.postMessage({ channel, thread_ts, text })
          : client.chat.postEphemeral({ channel, user, thread_ts, text });
      await apologise(`a mention in ${channel}`, error, tell, logger);
    }
  };
