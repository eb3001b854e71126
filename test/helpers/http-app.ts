import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { type AppProcess, freePort, spawnApp, waitForHealthy } from "./app-process.js";
import { postSigned, SIGNING_SECRET, type SignedRequestOptions } from "./signed-request.js";
import { SlackApiStandIn } from "./slack-api-stand-in.js";
import { buildEventBody, buildSlashCommandBody } from "./slack-payloads.js";

/** A fake but well-formed bot token: the tests check it never shows up in the app's output. */
export const BOT_TOKEN = "xoxb-0000000000-1111111111-e2eFakeBotTokenValue";

export interface HttpApp {
  standIn: SlackApiStandIn;
  process: AppProcess;
  baseUrl: string;
  eventsUrl: string;
  /** The app's CONTAINEROS_DATA_DIR (a fresh temporary folder unless the env gave one). */
  dataDir: string;
  /** Posts a signed Events API envelope around `event`; returns the response and the body sent. */
  sendEvent(
    event: Record<string, unknown>,
    options?: SignedRequestOptions & { envelope?: Record<string, unknown>; body?: string },
  ): Promise<{ response: Response; body: string }>;
  /** Posts a signed `/containeros` command whose response_url points at the stand-in. */
  sendCommand(
    text: string,
    options?: SignedRequestOptions & { responseId?: string },
  ): Promise<Response>;
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

/** Starts the built app in HTTP mode against a fresh Web API stand-in, and waits for /health. */
export async function startHttpApp(env: Record<string, string> = {}): Promise<HttpApp> {
  const standIn = await new SlackApiStandIn().start();
  const port = await freePort();
  const ownDataDir = env.CONTAINEROS_DATA_DIR
    ? undefined
    : mkdtempSync(join(tmpdir(), "containeros-data-"));
  const dataDir = env.CONTAINEROS_DATA_DIR ?? (ownDataDir as string);
  const appProcess = spawnApp({
    CONTAINEROS_DATA_DIR: dataDir,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standIn.apiUrl,
    PORT: String(port),
    ...env,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthy(`${baseUrl}/health`, appProcess);
  } catch (error) {
    appProcess.child.kill("SIGKILL");
    await standIn.stop();
    throw error;
  }
  const eventsUrl = `${baseUrl}/slack/events`;
  return {
    standIn,
    process: appProcess,
    baseUrl,
    eventsUrl,
    dataDir,
    async sendEvent(event, options = {}) {
      const body = options.body ?? buildEventBody(event, options.envelope);
      const response = await postSigned(eventsUrl, body, "application/json", options);
      return { response, body };
    },
    sendCommand(text, options = {}) {
      const response_url = standIn.responseUrl(options.responseId ?? "command");
      const body = buildSlashCommandBody({ text, response_url });
      return postSigned(eventsUrl, body, "application/x-www-form-urlencoded", options);
    },
    async stop(signal = "SIGTERM") {
      appProcess.child.kill(signal);
      const code = await appProcess.exited;
      await standIn.stop();
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
      return code;
    },
  };
}

/**
 * One app for a whole test file: started before its tests, stopped after them. Returns a getter,
 * since the app exists only once `beforeAll` has run.
 */
export function useHttpApp(env: Record<string, string> = {}): () => HttpApp {
  let app: HttpApp | undefined;
  beforeAll(async () => {
    app = await startHttpApp(env);
  });
  afterAll(async () => {
    await app?.stop();
  });
  return () => {
    if (!app) throw new Error("the app has not started (useHttpApp runs in beforeAll)");
    return app;
  };
}
