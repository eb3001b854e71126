import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from "@slack/bolt";
import { askCore } from "../../conversation.js";
import type { SlackDeps } from "../../deps.js";
import { NOTHING_TO_ANSWER } from "../../render/notices.js";
import { apologise, tellByResponse } from "../../reply/apology.js";
import { respondPrivately } from "../../reply/send-answer.js";

export const ASK_SHORTCUT_ID = "ask_containeros";

/**
 * The message shortcut "Ask containeros" on any message: answers that message's text to the person
 * who used it only, with a button to post the answer in the message's thread.
 */
export const askContaineros = (deps: SlackDeps) =>
  async function askContainerosCallback({
    ack,
    shortcut,
    respond,
    logger,
  }: AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>): Promise<void> {
    await ack();
    const { message } = shortcut;
    const question = (message.text ?? "").trim();
    try {
      if (question === "") {
        await respond({ response_type: "ephemeral", text: NOTHING_TO_ANSWER });
        return;
      }
      const answer = await askCore(deps, question, { edge: "shortcut" }, logger);
      const threadTs = typeof message.thread_ts === "string" ? message.thread_ts : message.ts;
      await respondPrivately(respond, answer, { shareTo: { question, threadTs } }, logger);
    } catch (error) {
      const tell = tellByResponse(respond);
      await apologise(`a message shortcut in ${shortcut.channel.id}`, error, tell, logger);
    }
  };
