import type { Middleware, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { INCOMPLETE_COMMAND } from "../render/notices.js";

/** Fields Slack always sends with a slash command, which answering one needs (text may be empty). */
const REQUIRED = ["text", "user_id", "channel_id", "response_url"] as const;

/** The required fields a command lacks or has in the wrong shape. */
export function missingCommandFields(command: Record<string, unknown>): string[] {
  return REQUIRED.filter((field) => {
    const value = command[field];
    return typeof value !== "string" || (field !== "text" && value === "");
  });
}

/**
 * Listener middleware for slash commands: a command without the fields Slack always sends is
 * acknowledged with a short note (Slack shows the ack's body to the asker only) and not answered.
 */
export const completeCommand: Middleware<SlackCommandMiddlewareArgs> = async ({
  command,
  ack,
  logger,
  next,
}) => {
  const missing = missingCommandFields(command as unknown as Record<string, unknown>);
  if (missing.length === 0) return next();
  logger.warn(`Not answering a slash command without ${missing.join(", ")}`);
  await ack({ response_type: "ephemeral", text: INCOMPLETE_COMMAND });
};
