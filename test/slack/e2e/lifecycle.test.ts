import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { spawnApp } from "../../helpers/app-process.js";
import { BOT_TOKEN, type HttpApp, startHttpApp } from "../../helpers/http-app.js";
import { SlackApiStandIn } from "../../helpers/slack-api-stand-in.js";
import { buildAppMentionEvent } from "../../helpers/slack-payloads.js";

let app: HttpApp | undefined;
afterEach(async () => {
  if (app?.process.child.exitCode === null) await app.stop("SIGKILL");
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

  it("should report a broken knowledge base without a stack trace and exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "containeros-kb-"));
    writeFileSync(join(dir, "sources.yml"), "sources: [oops\n");
    const started = spawnApp({ KNOWLEDGE_DIR: dir });
    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(/^The knowledge base has \d+ problems:\n/);
    expect(started.output()).toContain("sources.yml");
    expect(started.output()).not.toMatch(/\n\s+at /);
  });
});
