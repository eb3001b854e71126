import { describe, expect, it } from "vitest";
import { INCOMPLETE_COMMAND } from "../../../src/slack/render/notices.js";
import { useHttpApp } from "../../helpers/http-app.js";
import { postSigned } from "../../helpers/signed-request.js";
import { buildEventBody, buildSlashCommandBody } from "../../helpers/slack-payloads.js";
import { callsSince, expectStillAnswering } from "../../helpers/still-serving.js";

const app = useHttpApp();

const ONE_MB = 1024 * 1024;
const mentionBody = () =>
  buildEventBody({ type: "app_mention", user: "U0ASKER", channel: "C0HOSTILE", text: "hi" });

/**
 * Sends hostile requests, checks each got `status`, then that the app still answers a normal
 * signed request and sent Slack nothing for the hostile ones.
 */
async function expectRefused(status: number, ...requests: (() => Promise<Response>)[]) {
  const mark = app().standIn.calls.length;
  for (const request of requests) expect((await request()).status).toBe(status);
  await expectStillAnswering(app());
  expect(callsSince(app(), mark)).toEqual([]);
}

describe("hostile HTTP requests to /slack/events", () => {
  it("should refuse a signed body that is not JSON with 400", async () => {
    await expectRefused(
      400,
      () => postSigned(app().eventsUrl, "{not json", "application/json"),
      () =>
        postSigned(app().eventsUrl, "payload=%7Bnot%20json", "application/x-www-form-urlencoded"),
      () => postSigned(app().eventsUrl, "", "application/json"),
    );
    expect(app().process.output()).toContain("Malformed request body");
  });

  it("should refuse a content type Slack never sends with 415, even for a signed event", async () => {
    await expectRefused(
      415,
      () => postSigned(app().eventsUrl, mentionBody(), "text/plain"),
      () => postSigned(app().eventsUrl, "<event type='app_mention'/>", "application/xml"),
      () => postSigned(app().eventsUrl, mentionBody(), "multipart/form-data; boundary=x"),
      () => postSigned(app().eventsUrl, mentionBody(), ""),
    );
    expect(app().process.output()).toContain(
      'Refusing a POST with content type "text/plain" (415)',
    );
  });

  it("should refuse a request without the signature or timestamp header with 401", async () => {
    await expectRefused(
      401,
      () =>
        postSigned(app().eventsUrl, mentionBody(), "application/json", {
          omit: ["x-slack-signature"],
        }),
      () =>
        postSigned(app().eventsUrl, mentionBody(), "application/json", {
          omit: ["x-slack-request-timestamp"],
        }),
      () =>
        postSigned(app().eventsUrl, buildSlashCommandBody(), "application/x-www-form-urlencoded", {
          omit: ["x-slack-signature", "x-slack-request-timestamp"],
        }),
    );
  });

  it("should refuse a 1 MB body with 413, signed or not, declared or streamed", async () => {
    const event = { type: "app_mention", user: "U0ASKER", channel: "C0HOSTILE" };
    const huge = buildEventBody({ ...event, text: `security atomic ${"x".repeat(ONE_MB)}` });
    const command = buildSlashCommandBody({ text: "y".repeat(ONE_MB) });
    await expectRefused(
      413,
      () => postSigned(app().eventsUrl, huge, "application/json"),
      () => postSigned(app().eventsUrl, huge, "application/json", { omit: ["x-slack-signature"] }),
      () => postSigned(app().eventsUrl, command, "application/x-www-form-urlencoded"),
      () => postSigned(app().eventsUrl, huge, "application/json", { stream: true }),
    );
    expect(app().process.output()).toMatch(/Refusing a POST of \d+ bytes, over \d+ \(413\)/);
  });

  it("should ack an event type it does not listen to with 200 and post nothing", async () => {
    const reaction = { type: "reaction_added", user: "U0ASKER", reaction: "thumbsup" };
    const unknown = { type: "event_from_the_future", user: "U0ASKER", text: "security atomic" };
    await expectRefused(
      200,
      () =>
        app()
          .sendEvent(reaction)
          .then(({ response }) => response),
      () =>
        app()
          .sendEvent(unknown)
          .then(({ response }) => response),
      () =>
        app()
          .sendEvent({})
          .then(({ response }) => response),
    );
  });

  it("should tell the asker only that a slash command missing fields was incomplete", async () => {
    const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
    const incomplete = [
      form({ command: "/containeros" }),
      form({ command: "/containeros", text: "security atomic", channel_id: "C0X" }),
      buildSlashCommandBody({ response_url: "" }),
    ];
    const mark = app().standIn.calls.length;
    for (const body of incomplete) {
      const response = await postSigned(app().eventsUrl, body, "application/x-www-form-urlencoded");
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        response_type: "ephemeral",
        text: INCOMPLETE_COMMAND,
      });
    }
    await expectStillAnswering(app());
    expect(callsSince(app(), mark)).toEqual([]);
    expect(app().process.output()).toContain(
      "Not answering a slash command without text, user_id, channel_id, response_url",
    );
  });

  it("should have logged no error and no unhandled rejection through all of it", () => {
    expect(app().process.output()).not.toMatch(/ERROR|Unhandled/);
    expect(app().process.child.exitCode).toBeNull();
  });
});
