import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsedTexts, tableRows } from "../../helpers/block-kit.js";
import { type HttpApp, startHttpApp } from "../../helpers/http-app.js";
import { BOT_USER_ID, type RecordedCall } from "../../helpers/slack-api-stand-in.js";
import { buildAppMentionEvent } from "../../helpers/slack-payloads.js";

let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
});
afterAll(async () => {
  await app?.stop();
});

/** Mentions the bot in a channel of its own and returns that channel. */
async function mention(question: string, channel: string): Promise<string> {
  await app.sendEvent(buildAppMentionEvent({ channel, text: `<@${BOT_USER_ID}> ${question}` }));
  return channel;
}
const postsIn = (channel: string) => (calls: RecordedCall[]) =>
  calls.filter((c) => c.method === "chat.postMessage" && c.body.channel === channel);

describe("Slack faults", () => {
  it("should post the table as monospace text when Slack rejects the table block", async () => {
    app.standIn.failNext("chat.postMessage", { kind: "error", error: "invalid_blocks" });
    const channel = await mention("coreos vs atomic", "C0REJECTED");
    const [first, second] = await app.standIn.waitFor((calls) => {
      const posts = postsIn(channel)(calls);
      return posts.length >= 2 && posts;
    });
    expect(tableRows(first?.body ?? {})).toBeDefined();
    expect(second?.body.attachments).toBeUndefined();
    const fallback = parsedTexts(second?.body ?? {}).join("\n");
    expect(fallback).toMatch(/```[\s\S]*CoreOS[\s\S]*Project Atomic[\s\S]*```/);
    expect(app.process.output()).toMatch(/rejected the blocks.*invalid_blocks/);
  });

  it("should respond with the monospace table when the response_url rejects the blocks", async () => {
    app.standIn.failNext("response_url", { kind: "status", status: 400, body: "invalid_blocks" });
    await app.sendCommand("coreos vs atomic", { responseId: "rejected" });
    const replies = await app.standIn.waitFor((calls) => {
      const found = calls.filter((c) => c.body.response_url_id === "rejected");
      return found.length >= 2 && found;
    });
    expect(tableRows(replies[1]?.body ?? {})).toBeUndefined();
    expect(parsedTexts(replies[1]?.body ?? {}).join("\n")).toContain("```");
    expect(replies[1]?.body.response_type).toBe("in_channel");
  });

  it("should wait out a 429 with Retry-After and then reply once", async () => {
    app.standIn.failNext("chat.postMessage", { kind: "rate_limited", retryAfter: 1 });
    const channel = await mention("security atomic", "C0LIMITED");
    const [limited, delivered] = await app.standIn.waitFor((calls) => {
      const posts = postsIn(channel)(calls);
      return posts.length >= 2 && posts;
    });
    expect((delivered?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(postsIn(channel)(app.standIn.calls)).toHaveLength(2);
  });

  it("should retry server errors and keep serving when Slack keeps failing", async () => {
    app.standIn.failNext(
      "chat.postMessage",
      { kind: "status", status: 500 },
      { kind: "status", status: 503 },
    );
    const channel = await mention("size rancheros", "C0FLAKY");
    await app.standIn.waitFor((calls) => postsIn(channel)(calls).length === 3);

    const down = Array.from({ length: 4 }, () => ({ kind: "status" as const, status: 500 }));
    app.standIn.failNext("chat.postMessage", ...down);
    await mention("size rancheros", "C0DOWN");
    await app.standIn.waitFor(() =>
      /Could not answer a mention in C0DOWN/.test(app.process.output()),
    );

    const after = await mention("security atomic", "C0AFTER");
    await app.standIn.waitFor((calls) => postsIn(after)(calls).length === 1);
    expect(app.process.child.exitCode).toBeNull();
  });
});
