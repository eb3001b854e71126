import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../../src/cli/main.js";
import type { GapsReport } from "../../../src/gaps/format.js";
import { freePort } from "../../helpers/app-process.js";
import { captureIo } from "../../helpers/cli-io.js";
import { type HttpApp, startHttpApp } from "../../helpers/http-app.js";
import {
  buildBlockActionsPayload,
  feedbackValue,
  sendInteraction,
} from "../../helpers/interactions.js";
import { scrapeMetrics } from "../../helpers/metrics.js";
import {
  describeWithRedis,
  type RedisServer,
  startRedisServer,
} from "../../helpers/redis-server.js";
import type { RecordedCall } from "../../helpers/slack-api-stand-in.js";
import { buildAppMentionEvent, buildEventBody, nextTs } from "../../helpers/slack-payloads.js";

describeWithRedis("two instances sharing one Redis", () => {
  let redis: RedisServer;
  let apps: [HttpApp, HttpApp];

  beforeAll(async () => {
    redis = await startRedisServer();
    const env = { REDIS_URL: redis.url };
    apps = await Promise.all([startHttpApp(env), startHttpApp(env)]);
  });
  afterAll(async () => {
    await Promise.all((apps ?? []).map((app) => app.stop()));
    await redis?.stop();
  });

  const repliesIn = (thread: string): RecordedCall[] =>
    apps.flatMap((app) =>
      app.standIn.callsTo("chat.postMessage").filter((c) => c.body.thread_ts === thread),
    );
  const waitForReplies = async (thread: string, count: number) => {
    await vi.waitFor(() => expect(repliesIn(thread).length).toBeGreaterThanOrEqual(count), {
      timeout: 5000,
    });
    return repliesIn(thread);
  };

  it("should answer an event delivered to both instances exactly once", async () => {
    const event = buildAppMentionEvent({ text: "<@U0BOT> coreos security" });
    const body = buildEventBody(event);
    const responses = await Promise.all(apps.map((app) => app.sendEvent(event, { body })));
    expect(responses.map(({ response }) => response.status)).toEqual([200, 200]);
    await waitForReplies(event.ts as string, 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(repliesIn(event.ts as string)).toHaveLength(1);
  });

  it("should carry a thread's conversation from one instance to the other", async () => {
    const [a, b] = apps;
    const thread = nextTs();
    await a.sendEvent(buildAppMentionEvent({ text: "<@U0BOT> rancheros security", ts: thread }));
    await waitForReplies(thread, 1);
    await b.sendEvent(buildAppMentionEvent({ text: "<@U0BOT> and its size?", thread_ts: thread }));
    const [, followUp] = await waitForReplies(thread, 2);
    expect(String(followUp?.body.text).split("\n")[0]).toBe("RancherOS · Size and footprint:");
  });

  it("should record feedback given on one instance where gaps (and the other) read it", async () => {
    const [a] = apps;
    const thread = nextTs();
    await a.sendEvent(buildAppMentionEvent({ text: "<@U0BOT> snappy updates", ts: thread }));
    const [answer] = await waitForReplies(thread, 1);
    if (!answer) throw new Error("no answer");
    const click = buildBlockActionsPayload(
      a,
      {
        type: "feedback_buttons",
        action_id: "answer_feedback",
        value: feedbackValue(answer, false),
      },
      { responseId: "scale-feedback" },
    );
    await sendInteraction(a, click);
    await a.standIn.waitFor((calls) =>
      calls.find((c) => c.body.response_url_id === "scale-feedback"),
    );

    vi.stubEnv("REDIS_URL", redis.url);
    const io = captureIo();
    try {
      expect(await runCli(["gaps", "--json"], io)).toBe(0);
    } finally {
      vi.unstubAllEnvs();
    }
    const report = JSON.parse(io.out()) as GapsReport;
    expect(report.source).toBe(`Redis at 127.0.0.1:${redis.port}`);
    expect(report.groups).toContainEqual(
      expect.objectContaining({ question: "snappy updates", unhelpful: 1 }),
    );
  });

  it("should keep answering, log the outage once, and still answer a retry once when Redis stops", async () => {
    const [a, b] = apps;
    expect((await scrapeMetrics(a.baseUrl)).value("containeros_redis_up")).toBe(1);
    await redis.stop();
    const threads: string[] = [];
    for (const question of ["coreos size", "atomic security"]) {
      const event = buildAppMentionEvent({ text: `<@U0BOT> ${question}` });
      const body = buildEventBody(event);
      threads.push(event.ts as string);
      await a.sendEvent(event, { body });
      await waitForReplies(event.ts as string, 1);
      // Slack's retry lands on the same instance: its local memory still knows the event.
      const retry = { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" };
      await a.sendEvent(event, { body, headers: retry });
    }
    const thread = nextTs();
    threads.push(thread);
    await b.sendEvent(buildAppMentionEvent({ text: "<@U0BOT> photon security", ts: thread }));
    await waitForReplies(thread, 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(threads.map((t) => repliesIn(t).length)).toEqual([1, 1, 1]);
    const outage = a.process.output().match(/Redis at 127\.0\.0\.1:\d+ is unavailable/g) ?? [];
    expect(outage).toHaveLength(1);
    expect((await scrapeMetrics(a.baseUrl)).value("containeros_redis_up")).toBe(0);
  });
});

describe("an instance whose Redis is unreachable from the start", () => {
  it("should start, answer from local memory, and say so once", async () => {
    const app = await startHttpApp({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    try {
      const thread = nextTs();
      const replies = () => app.standIn.callsTo("chat.postMessage");
      await app.sendEvent(buildAppMentionEvent({ text: "<@U0BOT> coreos security", ts: thread }));
      await app.standIn.waitFor(() => replies()[0]);
      await app.sendEvent(
        buildAppMentionEvent({ text: "<@U0BOT> and its size?", thread_ts: thread }),
      );
      await app.standIn.waitFor(() => replies()[1]);
      const [, followUp] = app.standIn.callsTo("chat.postMessage");
      expect(String(followUp?.body.text).split("\n")[0]).toBe("CoreOS · Size and footprint:");
      expect(app.process.output().match(/is unavailable/g)).toHaveLength(1);
    } finally {
      await app.stop();
    }
  });
});
