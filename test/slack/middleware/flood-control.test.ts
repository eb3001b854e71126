import { describe, expect, it, vi } from "vitest";
import { floodControl, questionAsker } from "../../../src/slack/middleware/flood-control.js";
import { TOO_MANY_QUESTIONS } from "../../../src/slack/render/notices.js";
import { MemoryFloodCounter } from "../../../src/store/flood.js";

const mention = {
  type: "event_callback",
  event: { type: "app_mention", user: "U1", channel: "C1" },
};

function run(
  middleware: ReturnType<typeof floodControl>,
  body: Record<string, unknown>,
  withAck = false,
) {
  const next = vi.fn(async () => {});
  const ack = vi.fn(async () => {});
  const postEphemeral = vi.fn(async () => ({ ok: true }));
  const args = {
    body,
    next,
    context: { botUserId: "U0BOT" },
    client: { chat: { postEphemeral } },
    logger: { warn: vi.fn() },
    ...(withAck ? { ack } : {}),
  };
  // Only the fields the middleware reads; Bolt's full argument type is too deep to spell out.
  const call = middleware as unknown as (a: typeof args) => Promise<void>;
  return call(args).then(() => ({ next, ack, postEphemeral }));
}

describe("questionAsker", () => {
  it("should find who asks, and through which edge, in mentions, DMs, commands and message shortcuts, and nothing else", () => {
    expect(questionAsker(mention)).toEqual({ user: "U1", channel: "C1", edge: "mention" });
    const dm = {
      type: "event_callback",
      event: { type: "message", channel_type: "im", user: "U2", channel: "D1" },
    };
    expect(questionAsker(dm)).toEqual({ user: "U2", channel: "D1", edge: "dm" });
    expect(questionAsker({ command: "/containeros", user_id: "U3", channel_id: "C3" })).toEqual({
      user: "U3",
      channel: "C3",
      edge: "command",
    });
    expect(
      questionAsker({ type: "message_action", user: { id: "U4" }, channel: { id: "C4" } }),
    ).toEqual({ user: "U4", channel: "C4", edge: "shortcut" });
    const edit = { type: "event_callback", event: { ...dm.event, subtype: "message_changed" } };
    const bot = { type: "event_callback", event: { ...mention.event, bot_id: "B1" } };
    for (const other of [
      edit,
      bot,
      { type: "block_actions", user: { id: "U5" } },
      { type: "event_callback", event: { type: "app_home_opened", user: "U6" } },
    ]) {
      expect(questionAsker(other)).toBeUndefined();
    }
  });
});

describe("floodControl", () => {
  it("should let a person's questions through up to the limit, then note it once and drop the rest", async () => {
    const middleware = floodControl(new MemoryFloodCounter(), 2);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await run(middleware, mention));
    expect(results.map((r) => r.next.mock.calls.length)).toEqual([1, 1, 0, 0]);
    expect(results[2]?.postEphemeral).toHaveBeenCalledWith({
      channel: "C1",
      user: "U1",
      text: TOO_MANY_QUESTIONS,
    });
    expect(results[3]?.postEphemeral).not.toHaveBeenCalled();
    const other = await run(middleware, { ...mention, event: { ...mention.event, user: "U9" } });
    expect(other.next).toHaveBeenCalled();
  });

  it("should answer a refused person again once the minute has passed", async () => {
    let now = 60_000 * 500;
    const middleware = floodControl(new MemoryFloodCounter(60_000, () => now), 1);
    expect((await run(middleware, mention)).next).toHaveBeenCalled();
    const refused = await run(middleware, mention);
    expect(refused.next).not.toHaveBeenCalled();
    now += 59_999;
    expect((await run(middleware, mention)).next).not.toHaveBeenCalled();
    now += 1;
    expect((await run(middleware, mention)).next).toHaveBeenCalled();
    const refusedAgain = await run(middleware, mention);
    expect(refusedAgain.postEphemeral).toHaveBeenCalledTimes(1);
  });

  it("should still acknowledge a refused command so Slack shows no error", async () => {
    const middleware = floodControl(new MemoryFloodCounter(), 0);
    const { next, ack } = await run(middleware, { command: "/containeros", user_id: "U1" }, true);
    expect(next).not.toHaveBeenCalled();
    expect(ack).toHaveBeenCalled();
  });

  it("should never count what is not a question", async () => {
    const middleware = floodControl(new MemoryFloodCounter(), 0);
    const { next } = await run(middleware, { type: "block_actions", user: { id: "U1" } });
    expect(next).toHaveBeenCalled();
  });
});
