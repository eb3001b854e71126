import { describe, expect, it } from "vitest";
import { TRUNCATED_NOTE } from "../../../src/core/answer/compose-text.js";
import { expectWithinBlockKitLimits, liveMentions, parsedTexts } from "../../helpers/block-kit.js";
import { BOT_TOKEN, useHttpApp } from "../../helpers/http-app.js";
import { SIGNING_SECRET, sign } from "../../helpers/signed-request.js";
import { BOT_USER_ID } from "../../helpers/slack-api-stand-in.js";
import { buildAppMentionEvent, CHANNEL_ID } from "../../helpers/slack-payloads.js";

const app = useHttpApp({ LOG_LEVEL: "debug" });

const HOSTILE = "<!channel> <!here> <!everyone> <@U0VICTIM> <!subteam^S0OPS|ops> security atomic";

describe("request verification and untrusted text", () => {
  it("should refuse a forged signature with 401 and post nothing", async () => {
    const before = app().standIn.calls.length;
    const now = Math.floor(Date.now() / 1000);
    const forged = sign("something else", now);
    const { response } = await app().sendEvent(buildAppMentionEvent(), { signature: forged });
    expect(response.status).toBe(401);
    const wrongSecret = await app().sendCommand("security atomic", { secret: "f".repeat(32) });
    expect(wrongSecret.status).toBe(401);
    expect(app().standIn.calls.length).toBe(before);
  });

  it("should refuse a correctly signed request older than 5 minutes with 401", async () => {
    const before = app().standIn.calls.length;
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const { response } = await app().sendEvent(buildAppMentionEvent(), { timestamp: stale });
    expect(response.status).toBe(401);
    expect((await app().sendCommand("security atomic", { timestamp: stale })).status).toBe(401);
    expect(app().standIn.calls.length).toBe(before);
  });

  it("should never echo a broadcast or a mention the asker typed", async () => {
    await app().sendCommand(HOSTILE, { responseId: "hostile" });
    const reply = await app().standIn.waitFor((calls) =>
      calls.find((c) => c.body.response_url_id === "hostile"),
    );
    expect(liveMentions(reply.body, ["<@U0ASKER>"])).toEqual([]);
    expect(parsedTexts(reply.body).join("\n")).toContain("&lt;!channel&gt;");

    const event = buildAppMentionEvent({ text: `<@${BOT_USER_ID}> ${HOSTILE}` });
    await app().sendEvent(event);
    const posted = await app().standIn.waitFor((calls) =>
      calls.find((c) => c.method === "chat.postMessage" && c.body.thread_ts === event.ts),
    );
    expect(liveMentions(posted.body)).toEqual([]);
  });

  it("should ack a 4,000-character question at once, answer within limits and say it was cut", async () => {
    const question = `security atomic ${"and also please tell me more ".repeat(150)}`.slice(
      0,
      4000,
    );
    const started = Date.now();
    const response = await app().sendCommand(question, { responseId: "long" });
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    const reply = await app().standIn.waitFor((calls) =>
      calls.find((c) => c.body.response_url_id === "long"),
    );
    expectWithinBlockKitLimits(reply.body);
    expect(String(reply.body.text).length).toBeLessThanOrEqual(3000);
    expect(parsedTexts(reply.body).join("\n")).toContain(TRUNCATED_NOTE);

    const event = buildAppMentionEvent({
      text: `<@${BOT_USER_ID}> ${question}`,
      channel: `${CHANNEL_ID}LONG`,
    });
    await app().sendEvent(event);
    const posted = await app().standIn.waitFor((calls) =>
      calls.find((c) => c.method === "chat.postMessage" && c.body.thread_ts === event.ts),
    );
    expectWithinBlockKitLimits(posted.body);
    expect(parsedTexts(posted.body).join("\n")).toContain(TRUNCATED_NOTE);
    expect(parsedTexts(posted.body).join("\n")).toContain("SELinux");
  });

  it("should never write the bot token or the signing secret to its output, even at debug level", () => {
    const output = app().process.output();
    expect(output).toContain("DEBUG");
    expect(output).not.toContain(BOT_TOKEN);
    expect(output).not.toContain(SIGNING_SECRET);
  });

  it("should never put the bot token or the signing secret in anything it posted", () => {
    const posted = app().standIn.calls.filter((c) => c.method !== "auth.test");
    expect(posted.length).toBeGreaterThan(3);
    for (const call of posted) {
      const body = JSON.stringify(call.body);
      expect(body).not.toContain(BOT_TOKEN);
      expect(body).not.toContain(SIGNING_SECRET);
    }
  });
});
