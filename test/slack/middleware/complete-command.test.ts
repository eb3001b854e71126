import { describe, expect, it, vi } from "vitest";
import {
  completeCommand,
  missingCommandFields,
} from "../../../src/slack/middleware/complete-command.js";
import { INCOMPLETE_COMMAND } from "../../../src/slack/render/notices.js";
import { recordingLogger } from "../../helpers/slack-deps.js";

const COMPLETE = {
  command: "/containeros",
  text: "security atomic",
  user_id: "U1",
  channel_id: "C1",
  response_url: "https://hooks.slack.com/commands/T1/1/x",
};

async function run(command: Record<string, unknown>) {
  const ack = vi.fn(async () => {});
  const next = vi.fn(async () => {});
  const logger = recordingLogger();
  // Only the fields the middleware reads; Bolt's full argument type is too deep to spell out.
  const middleware = completeCommand as unknown as (a: Record<string, unknown>) => Promise<void>;
  await middleware({ command, ack, next, logger });
  return { ack, next, logger };
}

describe("missingCommandFields", () => {
  it("should name each field Slack always sends that is absent, empty or not text", () => {
    expect(missingCommandFields(COMPLETE)).toEqual([]);
    expect(missingCommandFields({ ...COMPLETE, text: "" })).toEqual([]);
    expect(missingCommandFields({ command: "/containeros" })).toEqual([
      "text",
      "user_id",
      "channel_id",
      "response_url",
    ]);
    expect(missingCommandFields({ ...COMPLETE, user_id: "", text: ["a"] })).toEqual([
      "text",
      "user_id",
    ]);
  });
});

describe("completeCommand", () => {
  it("should pass a complete command on", async () => {
    const { ack, next } = await run(COMPLETE);
    expect(next).toHaveBeenCalledTimes(1);
    expect(ack).not.toHaveBeenCalled();
  });

  it("should acknowledge an incomplete command with a note to the asker only, and stop", async () => {
    const { ack, next, logger } = await run({ command: "/containeros", user_id: "U1" });
    expect(next).not.toHaveBeenCalled();
    expect(ack).toHaveBeenCalledWith({ response_type: "ephemeral", text: INCOMPLETE_COMMAND });
    expect(logger.lines).toEqual([
      "WARN Not answering a slash command without text, channel_id, response_url",
    ]);
  });
});
