import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { type AppProcess, freePort, spawnApp } from "./app-process.js";
import { BOT_TOKEN } from "./http-app.js";
import { SlackApiStandIn } from "./slack-api-stand-in.js";
import { SocketModeStandIn } from "./socket-mode-stand-in.js";

export const APP_TOKEN = "xapp-1-A0APP-0000-e2eFakeAppTokenValue";

export interface SocketApp {
  api: SlackApiStandIn;
  socket: SocketModeStandIn;
  process: AppProcess;
  /** With `probes`: the base URL of the app's `/health` and `/metrics` (PORT). */
  probes: string | undefined;
}

/**
 * One app in Socket Mode for a whole test file: it opens its WebSocket to a local stand-in for
 * Slack's endpoint (apps.connections.open, on the Web API stand-in, points it there). With
 * `probes`, PORT is set to a free port, where it serves `/health` and `/metrics`.
 */
export function useSocketApp(
  env: Record<string, string> = {},
  { probes = false }: { probes?: boolean } = {},
): () => SocketApp {
  const api = new SlackApiStandIn();
  const socket = new SocketModeStandIn();
  const dataDir = mkdtempSync(join(tmpdir(), "containeros-socket-"));
  let app: AppProcess | undefined;
  let probesUrl: string | undefined;
  beforeAll(async () => {
    await Promise.all([api.start(), socket.start()]);
    api.answerWith("apps.connections.open", { ok: true, url: socket.url });
    const port = probes ? await freePort() : undefined;
    probesUrl = port === undefined ? undefined : `http://127.0.0.1:${port}`;
    app = spawnApp({
      ...(port === undefined ? {} : { PORT: String(port) }),
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
    return { api, socket, process: app, probes: probesUrl };
  };
}
