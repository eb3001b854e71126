import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { askCore } from "../../conversation.js";
import type { SlackDeps } from "../../deps.js";
import { apologise, tellByResponse } from "../../reply/apology.js";
import { respondAnswer } from "../../reply/send-answer.js";

export const COMMAND = "/containeros";

/** `/containeros <question>`: ack at once, then answer through the command's response_url. */
export const containerosCommand = (deps: SlackDeps) =>
  async function containerosCommandCallback({
    ack,
    command,
    respond,
    logger,
  }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> {
    try {
      await ack();
      const answer = await askCore(deps, command.text, { edge: "command" }, logger);
      await respondAnswer(
        respond,
        answer,
        { userId: command.user_id, question: command.text },
        logger,
      );
    } catch (error) {
      const tell = tellByResponse(respond);
      await apologise(`${COMMAND} in ${command.channel_id}`, error, tell, logger);
    }
  };
