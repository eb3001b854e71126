import { type AddressInfo, createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { spawnApp, waitForHealthy } from "../../helpers/app-process.js";
import { BOT_TOKEN } from "../../helpers/http-app.js";
import { scrapeMetrics } from "../../helpers/metrics.js";
import { BOT_USER_ID, SlackApiStandIn } from "../../helpers/slack-api-stand-in.js";
import {
  buildAppMentionEvent,
  buildEventBody,
  buildSlashCommandBody,
  CHANNEL_ID,
} from "../../helpers/slack-payloads.js";
import { APP_TOKEN, useSocketApp } from "../../helpers/socket-app.js";

// The default mode: the app opens a WebSocket to the URL apps.connections.open gives it, and
// Slack sends events and commands over it in envelopes the app must acknowledge.
describe("Socket Mode, end to end", () => {
  const started = useSocketApp({}, { probes: true });

  it("should open its connection with the app token", () => {
    const { api } = started();
    const opened = api.callsTo("apps.connections.open");
    expect(opened[0]?.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
  });

  it("should acknowledge a mention's envelope and answer in the mention's thread", async () => {
    const { api, socket } = started();
    const mention = buildAppMentionEvent({
      text: `<@${BOT_USER_ID}> is rancheros smaller than coreos?`,
    });
    const envelope = socket.send("events_api", JSON.parse(buildEventBody(mention)));
    expect(await socket.ackOf(envelope)).toMatchObject({ envelope_id: envelope });
    const post = await api.waitFor((calls) =>
      calls.find((c) => c.method === "chat.postMessage" && c.body.thread_ts === mention.ts),
    );
    expect(post.body.channel).toBe(CHANNEL_ID);
    expect(String(post.body.text)).toMatch(/RancherOS.*CoreOS|CoreOS.*RancherOS/s);
    expect(post.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it("should acknowledge a slash command's envelope and answer in the channel", async () => {
    const { api, socket } = started();
    const command = new URLSearchParams(
      buildSlashCommandBody({ text: "security atomic", response_url: api.responseUrl("socket") }),
    );
    const envelope = socket.send("slash_commands", Object.fromEntries(command));
    expect((await socket.ackOf(envelope)).envelope_id).toBe(envelope);
    const reply = await api.waitFor((calls) =>
      calls.find((c) => c.method === "response_url" && c.body.response_url_id === "socket"),
    );
    expect(reply.body.response_type).toBe("in_channel");
    expect(String(reply.body.text)).toContain("SELinux");
  });

  it("should serve /health and /metrics on PORT, counting what came over the socket", async () => {
    const { process: app, probes = "" } = started();
    await waitForHealthy(`${probes}/health`, app);
    expect(await (await fetch(`${probes}/health`)).json()).toMatchObject({ status: "ok" });
    const scrape = await scrapeMetrics(probes);
    const questions = "containeros_questions_total";
    expect(scrape.value(questions, { intent: "compare", edge: "mention" })).toBe(1);
    expect(scrape.value(questions, { intent: "answer", edge: "command" })).toBe(1);
    expect(app.output()).toContain(`metrics at /metrics on port ${new URL(probes).port}`);
  });

  it("should never print a token", () => {
    const output = started().process.output();
    expect(output).not.toContain(APP_TOKEN);
    expect(output).not.toContain(BOT_TOKEN);
  });
});

describe("Socket Mode with a PORT already taken", () => {
  it("should stop at start with one line naming the port's trouble, not a stack trace", async () => {
    const api = await new SlackApiStandIn().start();
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, resolve));
    try {
      const { port } = busy.address() as AddressInfo;
      const app = spawnApp({
        PORT: String(port),
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_APP_TOKEN: APP_TOKEN,
        SLACK_API_URL: api.apiUrl,
      });
      expect(await app.exited).toBe(1);
      expect(app.output()).toMatch(/^containeros could not start: .*EADDRINUSE.*\n$/m);
      expect(app.output()).not.toMatch(/\n\s+at /);
    } finally {
      busy.close();
      await api.stop();
    }
  });
});
