import { describe, expect, it } from "vitest";
import { expectWithinBlockKitLimits, parsedTexts } from "../../helpers/block-kit.js";
import { useHttpApp } from "../../helpers/http-app.js";
import { BOT_ID, BOT_USER_ID, type RecordedCall } from "../../helpers/slack-api-stand-in.js";
import {
  buildAppMentionEvent,
  buildDirectMessageEvent,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  nextTs,
} from "../../helpers/slack-payloads.js";
import { expectStillAnswering } from "../../helpers/still-serving.js";

const app = useHttpApp();

const posts = () => app().standIn.callsTo("chat.postMessage");
const postIn = (channel: string, threadTs?: string) => (calls: RecordedCall[]) =>
  calls.find(
    (c) =>
      c.method === "chat.postMessage" &&
      c.body.channel === channel &&
      c.body.thread_ts === threadTs,
  );

/** Sends a question the app must answer and waits for its answer: later posts come after it. */
const sentinel = () => expectStillAnswering(app());

describe("events over HTTP", () => {
  it("should reply in the thread of a mention made in a thread", async () => {
    const thread = nextTs();
    const event = buildAppMentionEvent({
      thread_ts: thread,
      text: `<@${BOT_USER_ID}> is rancheros smaller than coreos?`,
    });
    const { response } = await app().sendEvent(event);
    expect(response.status).toBe(200);
    const reply = await app().standIn.waitFor(postIn(CHANNEL_ID, thread));
    expectWithinBlockKitLimits(reply.body);
    const text = parsedTexts(reply.body).join("\n");
    expect(text).toMatch(/Sources differ on RancherOS size.*20 MB.*2015.* vs 22 MB.*2015-09-23/);
    expect(text).toMatch(/Sources date from 2014/);
    expect(reply.headers.authorization).toBe(
      "Bearer xoxb-0000000000-1111111111-e2eFakeBotTokenValue",
    );
  });

  it("should start a thread under a top-level mention", async () => {
    const event = buildAppMentionEvent({ text: `<@${BOT_USER_ID}> security atomic` });
    await app().sendEvent(event);
    const reply = await app().standIn.waitFor(postIn(CHANNEL_ID, event.ts as string));
    expect(parsedTexts(reply.body).join("\n")).toContain("SELinux");
  });

  it("should answer a direct message in the DM", async () => {
    const event = buildDirectMessageEvent({ text: "what init system does rancheros use?" });
    await app().sendEvent(event);
    const reply = await app().standIn.waitFor(postIn(DM_CHANNEL_ID));
    expectWithinBlockKitLimits(reply.body);
    expect(reply.body.thread_ts).toBeUndefined();
  });

  it("should ignore its own messages, other bots, edits, deletions and joins", async () => {
    const before = posts().length;
    const ignored = [
      buildDirectMessageEvent({
        user: BOT_USER_ID,
        bot_id: BOT_ID,
        text: "Project Atomic leans on SELinux",
      }),
      buildDirectMessageEvent({ user: "U0OTHERBOT", bot_id: "B0OTHER", text: "security atomic" }),
      buildDirectMessageEvent({
        subtype: "bot_message",
        bot_id: "B0OTHER",
        text: "security atomic",
      }),
      buildDirectMessageEvent({
        subtype: "message_changed",
        message: { user: "U0ASKER", text: "security atomic", ts: nextTs() },
        previous_message: { user: "U0ASKER", text: "security", ts: nextTs() },
      }),
      buildDirectMessageEvent({ subtype: "message_deleted", deleted_ts: nextTs() }),
      buildDirectMessageEvent({
        subtype: "channel_join",
        channel_type: "channel",
        channel: CHANNEL_ID,
      }),
      buildDirectMessageEvent({
        channel_type: "channel",
        channel: CHANNEL_ID,
        text: "security atomic",
      }),
      buildAppMentionEvent({ bot_id: "B0OTHER", user: "U0OTHERBOT" }),
    ];
    for (const event of ignored) expect((await app().sendEvent(event)).response.status).toBe(200);
    await sentinel();
    expect(posts().length).toBe(before + 1);
  });

  it("should answer a retried event once", async () => {
    const event = buildAppMentionEvent({ text: `<@${BOT_USER_ID}> kernel coreos` });
    const { body } = await app().sendEvent(event);
    await app().standIn.waitFor(postIn(CHANNEL_ID, event.ts as string));
    for (const retry of ["1", "2"]) {
      const headers = { "x-slack-retry-num": retry, "x-slack-retry-reason": "http_timeout" };
      expect((await app().sendEvent(event, { body, headers })).response.status).toBe(200);
    }
    await sentinel();
    expect(posts().filter((c) => c.body.thread_ts === event.ts)).toHaveLength(1);
  });
});
