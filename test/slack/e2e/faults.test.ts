import { describe, expect, it } from "vitest";
import { SOMETHING_WENT_WRONG } from "../../../src/slack/render/notices.js";
import { freePort } from "../../helpers/app-process.js";
import { parsedTexts, tableRows } from "../../helpers/block-kit.js";
import { BOT_TOKEN, useHttpApp } from "../../helpers/http-app.js";
import { postSigned, SIGNING_SECRET } from "../../helpers/signed-request.js";
import { BOT_USER_ID, type RecordedCall } from "../../helpers/slack-api-stand-in.js";
import {
  ASKER_ID,
  buildAppMentionEvent,
  buildSlashCommandBody,
  CHANNEL_ID,
} from "../../helpers/slack-payloads.js";
import { expectStillAnswering, postsIn } from "../../helpers/still-serving.js";

const app = useHttpApp();

/** Mentions the bot in a channel of its own and returns that channel. */
async function mention(question: string, channel: string): Promise<string> {
  await app().sendEvent(buildAppMentionEvent({ channel, text: `<@${BOT_USER_ID}> ${question}` }));
  return channel;
}
/** The apology only the asker sees, in the thread of their mention in `channel`. */
const apologyIn = (channel: string) => (calls: RecordedCall[]) =>
  calls.find(
    (c) =>
      c.method === "chat.postEphemeral" &&
      c.body.channel === channel &&
      c.body.user === ASKER_ID &&
      c.body.text === SOMETHING_WENT_WRONG,
  );
/** Log lines of the app that report something unhandled: there must never be any. */
const unhandled = () =>
  app()
    .process.output()
    .match(/.*Unhandled.*/g) ?? [];

describe("Slack faults", () => {
  it("should post the table as monospace text when Slack rejects the table block", async () => {
    app().standIn.failNext("chat.postMessage", { kind: "error", error: "invalid_blocks" });
    const channel = await mention("coreos vs atomic", "C0REJECTED");
    const [first, second] = await app().standIn.waitFor((calls) => {
      const posts = postsIn(channel)(calls);
      return posts.length >= 2 && posts;
    });
    expect(tableRows(first?.body ?? {})).toBeDefined();
    expect(second?.body.attachments).toBeUndefined();
    const fallback = parsedTexts(second?.body ?? {}).join("\n");
    expect(fallback).toMatch(/```[\s\S]*CoreOS[\s\S]*Project Atomic[\s\S]*```/);
    expect(app().process.output()).toMatch(/rejected the blocks.*invalid_blocks/);
  });

  it("should respond with the monospace table when the response_url rejects the blocks", async () => {
    app().standIn.failNext("response_url", { kind: "status", status: 400, body: "invalid_blocks" });
    await app().sendCommand("coreos vs atomic", { responseId: "rejected" });
    const replies = await app().standIn.waitFor((calls) => {
      const found = calls.filter((c) => c.body.response_url_id === "rejected");
      return found.length >= 2 && found;
    });
    expect(tableRows(replies[1]?.body ?? {})).toBeUndefined();
    expect(parsedTexts(replies[1]?.body ?? {}).join("\n")).toContain("```");
    expect(replies[1]?.body.response_type).toBe("in_channel");
  });

  it("should wait out a 429 with Retry-After and then reply once", async () => {
    app().standIn.failNext("chat.postMessage", { kind: "rate_limited", retryAfter: 1 });
    const channel = await mention("security atomic", "C0LIMITED");
    const [limited, delivered] = await app().standIn.waitFor((calls) => {
      const posts = postsIn(channel)(calls);
      return posts.length >= 2 && posts;
    });
    expect((delivered?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(limited?.body.text).toBe(delivered?.body.text);
    await expectStillAnswering(app());
    expect(postsIn(channel)(app().standIn.calls)).toHaveLength(2);
  });

  it("should retry server errors and keep serving when Slack keeps failing", async () => {
    app().standIn.failNext(
      "chat.postMessage",
      { kind: "status", status: 500 },
      { kind: "status", status: 503 },
    );
    const channel = await mention("size rancheros", "C0FLAKY");
    await app().standIn.waitFor((calls) => postsIn(channel)(calls).length === 3);
    await expectStillAnswering(app());
    expect(postsIn(channel)(app().standIn.calls)).toHaveLength(3);

    const down = Array.from({ length: 4 }, () => ({ kind: "status" as const, status: 500 }));
    app().standIn.failNext("chat.postMessage", ...down);
    await mention("size rancheros", "C0DOWN");
    await app().standIn.waitFor(apologyIn("C0DOWN"));
    expect(app().process.output()).toMatch(
      /ERROR containeros: Could not answer a mention in C0DOWN: .*statusCode = 500/,
    );
    expect(postsIn("C0DOWN")(app().standIn.calls)).toHaveLength(4);

    await expectStillAnswering(app());
    expect(unhandled()).toEqual([]);
    expect(app().process.child.exitCode).toBeNull();
  });

  it("should apologise to the asker when Slack refuses the answer, log why, and serve the next", async () => {
    app().standIn.failNext("chat.postMessage", { kind: "error", error: "fatal_error" });
    const channel = await mention("security atomic", "C0REFUSED");
    const apology = await app().standIn.waitFor(apologyIn(channel));
    expect(apology.body.thread_ts).toBeDefined();
    expect(app().process.output()).toContain(
      "Could not answer a mention in C0REFUSED: An API error occurred: fatal_error (fatal_error)",
    );
    await expectStillAnswering(app());
    expect(unhandled()).toEqual([]);
  });
});

describe("response_url faults", () => {
  it("should log a response_url answering 500, apologise through it, and serve the next", async () => {
    app().standIn.failNext("response_url", { kind: "status", status: 500 });
    await app().sendCommand("security atomic", { responseId: "broken" });
    const [failed, apology] = await app().standIn.waitFor((calls) => {
      const found = calls.filter((c) => c.body.response_url_id === "broken");
      return found.length >= 2 && found;
    });
    expect(parsedTexts(failed?.body ?? {}).join("\n")).toContain("SELinux");
    expect(apology?.body).toMatchObject({ response_type: "ephemeral", text: SOMETHING_WENT_WRONG });
    expect(app().process.output()).toContain(
      `Could not answer /containeros in ${CHANNEL_ID}: Failed to respond to the response_url: 500`,
    );
    await expectStillAnswering(app());
    expect(unhandled()).toEqual([]);
  });

  it("should log a response_url that refuses connections, with the cause, and serve the next", async () => {
    const nobody = `http://127.0.0.1:${await freePort()}/respond/gone`;
    const body = buildSlashCommandBody({ text: "security atomic", response_url: nobody });
    const response = await postSigned(app().eventsUrl, body, "application/x-www-form-urlencoded");
    expect(response.status).toBe(200);
    await app().standIn.waitFor(() => app().process.output().includes("Could not apologise for"));
    const output = app().process.output();
    expect(output).toMatch(
      /Could not answer \/containeros in \w+: fetch failed; cause: connect ECONNREFUSED/,
    );
    expect(output).toMatch(
      /Could not apologise for \/containeros in \w+ either: fetch failed; cause: connect ECONNREFUSED/,
    );
    await expectStillAnswering(app());
    expect(unhandled()).toEqual([]);
    expect(app().process.child.exitCode).toBeNull();
  });
});

describe("errors in the log", () => {
  it("should never carry the bot token or the signing secret", () => {
    const output = app().process.output();
    expect(output).toMatch(/ERROR/);
    expect(output).not.toContain(BOT_TOKEN);
    expect(output).not.toContain(SIGNING_SECRET);
  });
});
