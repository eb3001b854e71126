import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main.js";
import type { GapsReport } from "../../../src/gaps/format.js";
import { FEEDBACK_THANKS_UNHELPFUL, POSTED_IN_THREAD } from "../../../src/slack/render/notices.js";
import { FileEventLog } from "../../../src/store/file-event-log.js";
import { expectWithinBlockKitLimits, parsedTexts } from "../../helpers/block-kit.js";
import { captureIo } from "../../helpers/cli-io.js";
import { useHttpApp } from "../../helpers/http-app.js";
import {
  buildBlockActionsPayload,
  buildMessageShortcutPayload,
  elementsOf,
  feedbackValue,
  sendInteraction,
} from "../../helpers/interactions.js";
import { scrapeMetrics } from "../../helpers/metrics.js";
import type { RecordedCall } from "../../helpers/slack-api-stand-in.js";
import {
  ASKER_ID,
  buildAppMentionEvent,
  buildDirectMessageEvent,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  nextTs,
} from "../../helpers/slack-payloads.js";

const app = useHttpApp();

const postsIn = (channel: string, threadTs?: string) =>
  app()
    .standIn.callsTo("chat.postMessage")
    .filter((c) => c.body.channel === channel && c.body.thread_ts === threadTs);
const firstLine = (call: RecordedCall) => String(call.body.text).split("\n")[0];

/** Mentions the bot in a thread (top-level when `thread` is its own ts) and waits for the reply. */
async function mention(text: string, thread: string, channel = CHANNEL_ID): Promise<RecordedCall> {
  const before = postsIn(channel, thread).length;
  const ts = before === 0 ? thread : nextTs();
  const event = buildAppMentionEvent({
    text: `<@U0BOT> ${text}`,
    ts,
    channel,
    ...(ts === thread ? {} : { thread_ts: thread }),
  });
  await app().sendEvent(event);
  return app().standIn.waitFor(() => postsIn(channel, thread)[before]);
}

async function gapsReport(): Promise<GapsReport> {
  const io = captureIo();
  const saved = process.env.CONTAINEROS_DATA_DIR;
  process.env.CONTAINEROS_DATA_DIR = app().dataDir;
  try {
    expect(await runCli(["gaps", "--json"], io)).toBe(0);
  } finally {
    if (saved === undefined) delete process.env.CONTAINEROS_DATA_DIR;
    else process.env.CONTAINEROS_DATA_DIR = saved;
  }
  return JSON.parse(io.out()) as GapsReport;
}

describe("follow-ups in a thread", () => {
  it("should carry the system and topic over from turn to turn, and compare them", async () => {
    const thread = nextTs();
    expect(firstLine(await mention("coreos security", thread))).toBe(
      "CoreOS · Security and access:",
    );
    expect(firstLine(await mention("and its size?", thread))).toBe("CoreOS · Size and footprint:");
    expect(firstLine(await mention("what about rancheros?", thread))).toBe(
      "RancherOS · Size and footprint:",
    );
    const compared = await mention("compare them", thread);
    expect(firstLine(compared)).toMatch(
      /^Comparing (RancherOS and CoreOS|CoreOS and RancherOS)( on [a-z ]+)?:$/,
    );
    expectWithinBlockKitLimits(compared.body);
  });

  it('should show the next facts of the last answer when asked "more" in the thread', async () => {
    const thread = nextTs();
    const first = String((await mention("security atomic", thread)).body.text);
    expect(first).toMatch(/\d+ more facts? on this: say "more"/);
    const reply = await mention("more", thread);
    expect(firstLine(reply)).toBe("Project Atomic · Security and access:");
    const more = String(reply.body.text);
    const bullets = (text: string) => text.split("\n").filter((line) => line.startsWith("• "));
    expect(bullets(more).length).toBeGreaterThan(0);
    for (const line of bullets(more)) expect(bullets(first)).not.toContain(line);
  });

  it("should keep threads apart, and let a question that names its own subject ignore the thread", async () => {
    const [first, second] = [nextTs(), nextTs()];
    await mention("atomic updates", first);
    await mention("coreos security", second);
    expect(firstLine(await mention("and its size?", first))).toBe(
      "Project Atomic · Size and footprint:",
    );
    expect(firstLine(await mention("rancheros security", second))).toBe(
      "RancherOS · Security and access:",
    );
  });

  it("should follow up in a DM as one conversation", async () => {
    const channel = `${DM_CHANNEL_ID}FOLLOW`;
    await app().sendEvent(buildDirectMessageEvent({ channel, text: "rancheros init system" }));
    await app().standIn.waitFor(() => postsIn(channel)[0]);
    await app().sendEvent(buildDirectMessageEvent({ channel, text: "and coreos?" }));
    const reply = await app().standIn.waitFor(() => postsIn(channel)[1]);
    expect(firstLine(reply)).toMatch(/^CoreOS · /);
    expect(String(reply.body.text)).toMatch(/init|systemd/i);
  });
});

describe("feedback and gaps", () => {
  it("should put feedback buttons under an answer, thank the clicker privately and record the click for gaps", async () => {
    const answer = await mention("rancheros size", nextTs());
    const [buttons] = elementsOf(answer, "context_actions");
    expect(buttons).toMatchObject({ type: "feedback_buttons", action_id: "answer_feedback" });

    const click = buildBlockActionsPayload(
      app(),
      {
        type: "feedback_buttons",
        action_id: "answer_feedback",
        value: feedbackValue(answer, false),
        text: { type: "plain_text", text: "👎" },
      },
      { messageTs: "1700000000.999001", responseId: "feedback-1" },
    );
    expect((await sendInteraction(app(), click)).status).toBe(200);
    const thanks = await app().standIn.waitFor((calls) =>
      calls.find((c) => c.method === "response_url" && c.body.response_url_id === "feedback-1"),
    );
    expect(thanks.body).toMatchObject({
      response_type: "ephemeral",
      replace_original: false,
      text: FEEDBACK_THANKS_UNHELPFUL,
    });

    // The same person clicking again on the same answer is one vote.
    await sendInteraction(app(), {
      ...click,
      response_url: app().standIn.responseUrl("feedback-2"),
    });
    await app().standIn.waitFor((calls) =>
      calls.find((c) => c.body.response_url_id === "feedback-2"),
    );

    const stored = await new FileEventLog({ dir: app().dataDir }).read();
    const feedback = stored.filter((e) => e.kind === "feedback");
    expect(feedback).toEqual([
      expect.objectContaining({
        helpful: false,
        question: "rancheros size",
        intent: "answer",
        systems: ["rancheros"],
        topics: ["size"],
      }),
    ]);
    expect(JSON.stringify(stored)).not.toContain(ASKER_ID);
    const scrape = await scrapeMetrics(app().baseUrl);
    expect(scrape.value("containeros_feedback_total", { verdict: "down" })).toBe(1);
    expect(scrape.value("containeros_feedback_total", { verdict: "up" })).toBe(0);

    const report = await gapsReport();
    expect(report.groups).toContainEqual(
      expect.objectContaining({ question: "rancheros size", unhelpful: 1, systems: ["rancheros"] }),
    );
  });

  it("should record a question it could not answer, and show it in gaps", async () => {
    await mention("what is the airspeed velocity of an unladen swallow", nextTs());
    const report = await gapsReport();
    expect(report.groups).toContainEqual(
      expect.objectContaining({
        question: "what is the airspeed velocity of an unladen swallow",
        unanswered: 1,
      }),
    );
  });

  it("should ignore a click whose value it did not write", async () => {
    const click = buildBlockActionsPayload(
      app(),
      { type: "button", action_id: "answer_helpful", value: "forged" },
      { responseId: "forged" },
    );
    expect((await sendInteraction(app(), click)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(app().standIn.calls.find((c) => c.body.response_url_id === "forged")).toBeUndefined();
  });
});

describe("App Home", () => {
  it("should publish what it knows and the most asked subjects when the Home tab opens", async () => {
    await mention("coreos security", nextTs());
    await app().sendEvent({
      type: "app_home_opened",
      user: ASKER_ID,
      channel: "D0HOME",
      tab: "home",
      event_ts: nextTs(),
    });
    const publish = await app().standIn.waitFor((calls) =>
      calls.find((c) => c.method === "views.publish"),
    );
    expect(publish.body.user_id).toBe(ASKER_ID);
    const view = publish.body.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe("home");
    const text = JSON.stringify(view.blocks);
    for (const expected of [
      "CoreOS",
      "Mesosphere DCOS",
      "Jonas Rosland",
      "2015-09-23",
      "Most asked",
      "`CoreOS security and access`",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("should not publish for the Messages tab", async () => {
    const before = app().standIn.callsTo("views.publish").length;
    await app().sendEvent({
      type: "app_home_opened",
      user: ASKER_ID,
      channel: "D0HOME",
      tab: "messages",
      event_ts: nextTs(),
    });
    await mention("updates", nextTs());
    expect(app().standIn.callsTo("views.publish")).toHaveLength(before);
  });
});

describe("message shortcut", () => {
  it("should answer the message privately, then post the answer in its thread on request", async () => {
    const thread = nextTs();
    const payload = buildMessageShortcutPayload(
      app(),
      { text: "how big is rancheros compared to coreos?", thread_ts: thread },
      "shortcut-1",
    );
    expect((await sendInteraction(app(), payload)).status).toBe(200);
    const reply = await app().standIn.waitFor((calls) =>
      calls.find((c) => c.body.response_url_id === "shortcut-1"),
    );
    expect(reply.body.response_type).toBe("ephemeral");
    expect(parsedTexts(reply.body).join("\n")).toMatch(/RancherOS/);
    expectWithinBlockKitLimits(reply.body);
    const [button] = elementsOf(reply, "actions");
    expect(button).toMatchObject({
      action_id: "post_answer_in_thread",
      text: { text: "Post in thread" },
    });
    expect(postsIn(CHANNEL_ID, thread)).toHaveLength(0);

    const click = buildBlockActionsPayload(
      app(),
      { type: "button", action_id: "post_answer_in_thread", value: button?.value },
      { responseId: "share-1" },
    );
    await sendInteraction(app(), click);
    const posted = await app().standIn.waitFor(() => postsIn(CHANNEL_ID, thread)[0]);
    expect(posted.body.text).toBe(reply.body.text);
    const done = await app().standIn.waitFor((calls) =>
      calls.find((c) => c.body.response_url_id === "share-1"),
    );
    expect(done.body).toMatchObject({ replace_original: true, text: POSTED_IN_THREAD });
  });

  it("should say so, privately, for a message without text", async () => {
    await sendInteraction(
      app(),
      buildMessageShortcutPayload(app(), { text: "" }, "shortcut-empty"),
    );
    const reply = await app().standIn.waitFor((calls) =>
      calls.find((c) => c.body.response_url_id === "shortcut-empty"),
    );
    expect(reply.body).toMatchObject({
      response_type: "ephemeral",
      text: "That message has no text I could answer.",
    });
  });
});
