import { tmpdir } from "node:os";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { spawnApp } from "../../helpers/app-process.js";
import { runContaineros } from "../../helpers/cli.js";
import { BOT_TOKEN, type HttpApp, startHttpApp } from "../../helpers/http-app.js";
import {
  BREAKS,
  brokenKnowledge,
  editText,
  knowledgeReport,
  removeBrokenKnowledge,
} from "../../helpers/knowledge.js";
import { SlackApiStandIn } from "../../helpers/slack-api-stand-in.js";
import { buildAppMentionEvent } from "../../helpers/slack-payloads.js";

let app: HttpApp | undefined;
afterAll(removeBrokenKnowledge);
afterEach(async () => {
  // Also stops the stand-in and removes the data folder when the test already ended the app.
  await app?.stop("SIGKILL");
  app = undefined;
});

describe("running the app", () => {
  it("should report health with knowledge counts and the version", async () => {
    app = await startHttpApp();
    const response = await fetch(`${app.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    const health = (await response.json()) as { knowledge: Record<string, number> };
    expect(health).toMatchObject({
      status: "ok",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    expect(health.knowledge).toMatchObject({ sources: 5, systems: 6 });
    expect(health.knowledge.facts).toBeGreaterThan(100);
  });

  it("should let a reply in flight finish on SIGTERM, stop taking requests, and exit 0", async () => {
    app = await startHttpApp();
    app.standIn.failNext("chat.postMessage", { kind: "delay", ms: 1500 });
    const event = buildAppMentionEvent({ channel: "C0SLOW" });
    await app.sendEvent(event);
    const call = await app.standIn.waitFor((calls) =>
      calls.find((c) => c.body.channel === "C0SLOW"),
    );
    const signalled = Date.now();
    app.process.child.kill("SIGTERM");
    const running = app;
    await running.standIn.waitFor(() => running.process.output().includes("SIGTERM received"));
    await expect(fetch(`${app.baseUrl}/health`)).rejects.toThrow();
    expect(await app.process.exited).toBe(0);
    const exitedAt = Date.now();
    expect(exitedAt - signalled).toBeLessThan(5000);
    expect(exitedAt).toBeGreaterThanOrEqual(call.at + 1400);
    expect(app.process.output()).toContain("SIGTERM received");
    expect(app.process.output()).not.toMatch(/still in flight|ERROR/);
  });

  it("should exit at once on a second signal, without waiting for replies in flight", async () => {
    app = await startHttpApp();
    app.standIn.failNext("chat.postMessage", { kind: "delay", ms: 4000 });
    await app.sendEvent(buildAppMentionEvent({ channel: "C0STUCK" }));
    await app.standIn.waitFor((calls) => calls.find((c) => c.body.channel === "C0STUCK"));
    app.process.child.kill("SIGTERM");
    const running = app;
    await running.standIn.waitFor(() => running.process.output().includes("SIGTERM received"));
    const second = Date.now();
    app.process.child.kill("SIGINT");
    expect(await app.process.exited).toBe(1);
    expect(Date.now() - second).toBeLessThan(1000);
  });

  it("should exit 0 at once on SIGINT when idle", async () => {
    app = await startHttpApp();
    const signalled = Date.now();
    expect(await app.stop("SIGINT")).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(2000);
  });

  it("should choose Socket Mode with an app token, against SLACK_API_URL", async () => {
    const standIn = await new SlackApiStandIn().start();
    standIn.failNext("apps.connections.open", { kind: "error", error: "invalid_auth" });
    const appToken = "xapp-1-A0APP-0000-e2eFakeAppTokenValue";
    const started = spawnApp({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: appToken,
      SLACK_API_URL: standIn.apiUrl,
    });
    expect(await started.exited).toBe(1);
    await standIn.stop();
    const opened = standIn.callsTo("apps.connections.open");
    expect(opened[0]?.headers.authorization).toBe(`Bearer ${appToken}`);
    expect(started.output()).toMatch(/could not start: .*invalid_auth/);
    expect(started.output()).not.toContain(appToken);
    expect(started.output()).not.toContain(BOT_TOKEN);
  });
});

describe("refusing to start", () => {
  it("should name each bad variable, never print a token, and exit 1", async () => {
    const badToken = "xoxp-1234-user-token-not-for-bots";
    const started = spawnApp({ SLACK_BOT_TOKEN: badToken, LOG_LEVEL: "loud" });
    expect(await started.exited).toBe(1);
    const output = started.output();
    expect(output).toContain("SLACK_BOT_TOKEN: expects a bot token starting with xoxb-");
    expect(output).toContain("LOG_LEVEL: expects one of debug, info, warn, error");
    expect(output).not.toContain(badToken);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it("should refuse a broken knowledge base with the report kb check prints, and exit 1", async () => {
    const dir = brokenKnowledge(
      BREAKS.unknownSource,
      BREAKS.evidenceNotFound,
      editText("systems.yml", (text) => `${text}\n  - id: [oops\n`),
    );
    const started = spawnApp({ CONTAINEROS_KNOWLEDGE_DIR: dir });
    const [code, check] = await Promise.all([
      started.exited,
      runContaineros(["kb", "check", "--knowledge", dir]),
    ]);
    expect(code).toBe(1);
    const report = knowledgeReport(dir);
    expect(report).toMatch(/^The knowledge base has 3 problems:\n/);
    // The app runs in the temporary folder, so it names the copy's files relative to it.
    expect(started.output()).toBe(report.replaceAll(`${tmpdir()}/`, ""));
    expect(check).toMatchObject({ code: 1, stderr: `containeros: ${report}` });
  });
});
