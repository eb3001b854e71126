import { describe, expect, it } from "vitest";
import { useHttpApp } from "../../helpers/http-app.js";
import { buildMessageShortcutPayload, sendInteraction } from "../../helpers/interactions.js";
import { scrapeMetrics } from "../../helpers/metrics.js";
import { BOT_USER_ID } from "../../helpers/slack-api-stand-in.js";
import {
  buildAppMentionEvent,
  buildDirectMessageEvent,
  DM_CHANNEL_ID,
} from "../../helpers/slack-payloads.js";

const app = useHttpApp();

const QUESTIONS = "containeros_questions_total";

/** Posts to a channel or DM, waited for: the answer has been sent. */
const postedTo = (channel: string, thread?: string) =>
  app().standIn.waitFor((calls) =>
    calls.find(
      (c) =>
        c.method === "chat.postMessage" &&
        c.body.channel === channel &&
        (thread === undefined || c.body.thread_ts === thread),
    ),
  );

describe("GET /metrics over HTTP", () => {
  it("should start every question series at 0, in Prometheus' text format", async () => {
    const scrape = await scrapeMetrics(app().baseUrl);
    expect(scrape.value(QUESTIONS, { intent: "answer", edge: "command" })).toBe(0);
    expect(scrape.value(QUESTIONS, { intent: "no_match", edge: "terminal" })).toBe(0);
    expect(scrape.text).toContain("# TYPE containeros_answer_duration_seconds histogram");
    // No REDIS_URL: no Redis gauge to mislead anyone.
    expect(scrape.text).not.toContain("containeros_redis_up");
  });

  it("should count a slash command, a mention, an off-topic DM and a shortcut under their intent and edge", async () => {
    await app().sendCommand("security atomic", { responseId: "metrics-command" });
    await app().standIn.waitFor((calls) =>
      calls.find((c) => c.body.response_url_id === "metrics-command"),
    );
    const mention = buildAppMentionEvent({ text: `<@${BOT_USER_ID}> coreos vs atomic` });
    await app().sendEvent(mention);
    await postedTo(String(mention.channel), String(mention.ts));
    await app().sendEvent(buildDirectMessageEvent({ text: "what is the size of the moon" }));
    await postedTo(DM_CHANNEL_ID);
    const shortcut = buildMessageShortcutPayload(app(), { text: "rancheros size" }, "metrics-sc");
    await sendInteraction(app(), shortcut);
    await app().standIn.waitFor((calls) =>
      calls.find((c) => c.body.response_url_id === "metrics-sc"),
    );

    const scrape = await scrapeMetrics(app().baseUrl);
    expect(scrape.value(QUESTIONS, { intent: "answer", edge: "command" })).toBe(1);
    expect(scrape.value(QUESTIONS, { intent: "compare", edge: "mention" })).toBe(1);
    expect(scrape.value(QUESTIONS, { intent: "no_match", edge: "dm" })).toBe(1);
    expect(scrape.value(QUESTIONS, { intent: "answer", edge: "shortcut" })).toBe(1);
    expect(scrape.value(QUESTIONS, { intent: "answer", edge: "mention" })).toBe(0);
    for (const edge of ["command", "mention", "dm", "shortcut"]) {
      expect(scrape.value("containeros_answer_duration_seconds_count", { edge })).toBe(1);
    }
    expect(scrape.value("containeros_answer_duration_seconds_count", { edge: "terminal" })).toBe(0);
  });

  it("should count a Web API call Slack refuses under its method", async () => {
    app().standIn.failNext("chat.postMessage", { kind: "error", error: "channel_not_found" });
    const mention = buildAppMentionEvent({ channel: "C0GONE" });
    await app().sendEvent(mention);
    // The refused answer is followed by the apology, which the stand-in accepts.
    await app().standIn.waitFor((calls) => calls.find((c) => c.method === "chat.postEphemeral"));

    const scrape = await scrapeMetrics(app().baseUrl);
    const errors = "containeros_slack_api_errors_total";
    expect(scrape.value(errors, { method: "chat.postMessage" })).toBe(1);
    expect(scrape.value(errors, { method: "chat.postEphemeral" })).toBeUndefined();
  });
});
