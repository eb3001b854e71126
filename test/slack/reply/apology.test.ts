import { describe, expect, it, vi } from "vitest";
import { postInThread } from "../../../src/slack/listeners/actions/post-in-thread.js";
import { containerosCommand } from "../../../src/slack/listeners/commands/containeros.js";
import { appMention } from "../../../src/slack/listeners/events/app-mention.js";
import { directMessage } from "../../../src/slack/listeners/messages/direct-message.js";
import { askContaineros } from "../../../src/slack/listeners/shortcuts/ask-containeros.js";
import { SOMETHING_WENT_WRONG } from "../../../src/slack/render/notices.js";
import { encodeShareValue } from "../../../src/slack/render/share-button.js";
import { apologise } from "../../../src/slack/reply/apology.js";
import { buildSlackDeps, recordingLogger, throwingEngine } from "../../helpers/slack-deps.js";

/** A failure deep in the core, with the cause the log must name. */
const failure = () =>
  new Error("could not rank facts", { cause: new RangeError("fact 9999 is out of range") });
/** What a listener sends through a response_url when it could not answer. */
const PRIVATE_APOLOGY = {
  response_type: "ephemeral",
  replace_original: false,
  text: SOMETHING_WENT_WRONG,
};
const LOGGED_CAUSE = "could not rank facts; cause: fact 9999 is out of range";

/** Calls a listener with only the arguments it reads; Bolt's full types are too deep to spell out. */
const call = (listener: unknown, args: Record<string, unknown>) =>
  (listener as (a: Record<string, unknown>) => Promise<void>)(args);

function failingListenerArgs() {
  const logger = recordingLogger();
  const client = {
    chat: {
      postMessage: vi.fn(async () => ({ ok: true })),
      postEphemeral: vi.fn(async () => ({})),
    },
  };
  const respond = vi.fn(async () => ({}));
  const ack = vi.fn(async () => {});
  const { deps } = buildSlackDeps({ engine: throwingEngine(failure()) });
  return { deps, logger, client, respond, ack, context: { botUserId: "U0BOT" } };
}

describe("apologise", () => {
  it("should log what failed with its cause, and tell the asker in one line", async () => {
    const logger = recordingLogger();
    const tell = vi.fn(async () => ({}));
    await apologise("a mention in C1", failure(), tell, logger);
    expect(logger.lines).toEqual([`ERROR Could not answer a mention in C1: ${LOGGED_CAUSE}`]);
    expect(tell).toHaveBeenCalledWith(SOMETHING_WENT_WRONG);
  });

  it("should log an apology that cannot be delivered either, and never throw", async () => {
    const logger = recordingLogger();
    const tell = vi.fn(async () => {
      throw new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED") });
    });
    await expect(apologise("a DM in D1", failure(), tell, logger)).resolves.toBeUndefined();
    expect(logger.lines).toEqual([
      `ERROR Could not answer a DM in D1: ${LOGGED_CAUSE}`,
      "ERROR Could not apologise for a DM in D1 either: fetch failed; cause: connect ECONNREFUSED",
    ]);
  });
});

describe("a question listener whose work throws", () => {
  it("should apologise for a mention to the asker only, in the thread", async () => {
    const { deps, logger, client, context } = failingListenerArgs();
    const event = { type: "app_mention", user: "U1", channel: "C1", ts: "1.5", text: "hi" };
    await call(appMention(deps), { event, client, context, logger });
    expect(client.chat.postEphemeral).toHaveBeenCalledWith({
      channel: "C1",
      user: "U1",
      thread_ts: "1.5",
      text: SOMETHING_WENT_WRONG,
    });
    expect(client.chat.postMessage).not.toHaveBeenCalled();
    expect(logger.lines).toEqual([`ERROR Could not answer a mention in C1: ${LOGGED_CAUSE}`]);
  });

  it("should apologise in the DM", async () => {
    const { deps, logger, client, context } = failingListenerArgs();
    const message = { channel_type: "im", channel: "D1", user: "U1", ts: "2.5", text: "hi" };
    await call(directMessage(deps), { message, client, context, logger });
    expect(client.chat.postMessage).toHaveBeenCalledWith({
      channel: "D1",
      thread_ts: undefined,
      text: SOMETHING_WENT_WRONG,
    });
    expect(logger.lines).toEqual([`ERROR Could not answer a DM in D1: ${LOGGED_CAUSE}`]);
  });

  it("should apologise for /containeros through its response_url, to the asker only", async () => {
    const { deps, logger, respond, ack } = failingListenerArgs();
    const command = { text: "security atomic", user_id: "U1", channel_id: "C1" };
    await call(containerosCommand(deps), { ack, command, respond, logger });
    expect(ack).toHaveBeenCalledTimes(1);
    expect(respond).toHaveBeenCalledWith(PRIVATE_APOLOGY);
    expect(logger.lines).toEqual([`ERROR Could not answer /containeros in C1: ${LOGGED_CAUSE}`]);
  });

  it("should apologise for the message shortcut, to the person who used it", async () => {
    const { deps, logger, respond, ack } = failingListenerArgs();
    const shortcut = { message: { text: "security atomic", ts: "3.5" }, channel: { id: "C1" } };
    await call(askContaineros(deps), { ack, shortcut, respond, logger });
    expect(respond).toHaveBeenCalledWith(PRIVATE_APOLOGY);
    expect(logger.lines).toEqual([
      `ERROR Could not answer a message shortcut in C1: ${LOGGED_CAUSE}`,
    ]);
  });

  it("should apologise for a post-in-thread click, to the person who clicked", async () => {
    const { deps, logger, respond, ack, client } = failingListenerArgs();
    const value = encodeShareValue({ question: "security atomic", threadTs: "4.5" });
    const args = {
      ack,
      action: { value },
      body: { channel: { id: "C1" } },
      client,
      respond,
      logger,
    };
    await call(postInThread(deps), args);
    expect(respond).toHaveBeenCalledWith(PRIVATE_APOLOGY);
    expect(client.chat.postMessage).not.toHaveBeenCalled();
    expect(logger.lines).toEqual([
      `ERROR Could not answer a post-in-thread click in C1: ${LOGGED_CAUSE}`,
    ]);
  });
});
