import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { type AppProcess, spawnApp } from "./app-process.js";
import { BOT_TOKEN } from "./http-app.js";
import { SlackApiStandIn } from "./slack-api-stand-in.js";
import { SocketModeStandIn } from "./socket-mode-stand-in.js";

export const APP_TOKEN = "xapp-1-A0APP-0000-e2eFakeAppTokenValue";

export interface SocketApp {
  api: SlackApiStandIn;
  socket: SocketModeStandIn;
  process: AppProcess;
}

/**
 * One app in Socket Mode for a whole test file: it opens its WebSocket to a local stand-in for
 * Slack's endpoint (apps.connections.open, on the Web API stand-in, points it there).
 */
export function useSocketApp(env: Record<string, string> = {}): () => SocketApp {
  const api = new SlackApiStandIn();
  const socket = new SocketModeStandIn();
  const dataDir = mkdtempSync(join(tmpdir(), "containeros-socket-"));
  let app: AppProcess | undefined;
  beforeAll(async () => {
    await Promise.all([api.start(), socket.start()]);
    api.answerWith("apps.connections.open", { ok: true, url: socket.url });
    app = spawnApp({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: api.apiUrl,
      CONTAINEROS_DATA_DIR: dataDir,
      ...env,
    });
    await socket.connected();
  });
  afterAll(async () => {
    app?.child.kill("SIGTERM");
    await app?.exited;
    await Promise.all([socket.stop(), api.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  });
  return () => {
    if (!app) throw new Error("the app has not started (useSocketApp runs in beforeAll)");
    return { api, socket, process: app };
  };
}
