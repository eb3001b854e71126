import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { get } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../src/core/project-root.js";
import { since, sleep } from "./stats.js";

export const ROOT = projectRoot();
export const OURS_JS = join(ROOT, "dist", "src", "main.js");
export const BARE_JS = join(ROOT, "dist", "bench", "bare-bolt.js");
export const STAND_IN_JS = join(ROOT, "dist", "bench", "stand-in.js");

/** A bot token and signing secret of the right shapes; only the stand-in ever sees them. */
export const BOT_TOKEN = "xoxb-0000000000-1111111111-benchFakeBotToken";
export const SIGNING_SECRET = "5b7e1f0c3a9d8e2f4c6b0a1d3e5f7a9c";

export type AppKind = "ours" | "bare";

export interface RunningApp {
  kind: AppKind;
  child: ChildProcess;
  pid: number;
  baseUrl: string;
  /** Milliseconds from spawn to the first `GET /health` answering 200. */
  healthyMs: number;
  output(): string;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no free port");
  return address.port;
}

/** Runs a built script with exactly `env` (plus PATH), from a temporary folder so no `.env` leaks in. */
export function spawnNode(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [script], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

let dataDir: string | undefined;

/** Our app records every question; in the bench, to a temporary folder rather than the project's data/. */
function benchDataDir(): string {
  dataDir ??= mkdtempSync(join(tmpdir(), "containeros-bench-"));
  return dataDir;
}

export function removeBenchData(): void {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
}

/**
 * `npm start` in the project, as users start our app: in a process group of its own (npm, the
 * shell, node), which `stopProcess` ends as a whole. It runs in the project folder, so a `.env`
 * there is read for what `env` does not set.
 */
export function spawnNpmStart(env: Record<string, string>): ChildProcess {
  return spawn("npm", ["start", "--silent"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmpdir(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
}

/** How an app is started: node on the built script, or (ours only) `npm start`. */
export type Launch = "node" | "npm start";

/** Starts our app or the bare Bolt app in HTTP mode and waits for `GET /health`. */
export async function startApp(
  kind: AppKind,
  apiUrl: string,
  launch: Launch = "node",
): Promise<RunningApp> {
  const port = await freePort();
  const started = performance.now();
  const ours = kind === "ours";
  const env = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    PORT: String(port),
    ...(ours ? { CONTAINEROS_DATA_DIR: benchDataDir() } : {}),
  };
  const child =
    launch === "npm start" ? spawnNpmStart(env) : spawnNode(ours ? OURS_JS : BARE_JS, env);
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealthy(`${baseUrl}/health`, child, () => output);
  const healthyMs = since(started);
  return { kind, child, pid: child.pid as number, baseUrl, healthyMs, output: () => output };
}

async function waitForHealthy(url: string, child: ChildProcess, output: () => string) {
  const deadline = performance.now() + 15_000;
  while (performance.now() < deadline && child.exitCode === null) {
    if ((await statusOf(url)) === 200) return;
    await sleep(5);
  }
  child.kill("SIGKILL");
  throw new Error(`${url} did not answer 200 in time. Output:\n${output()}`);
}

/** The status of `GET url`, or 0 when nothing answers. */
function statusOf(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = get(url, { agent: false, timeout: 1000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", () => resolve(0));
    request.on("timeout", () => request.destroy());
  });
}

/**
 * SIGTERM, then SIGKILL if the process has not exited within `graceMs`; to its whole process group
 * when it leads one (`npm start`).
 */
export async function stopProcess(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const group = child.spawnargs[0] === "npm" && child.pid !== undefined;
  const signal = (name: NodeJS.Signals) =>
    group ? process.kill(-(child.pid as number), name) : child.kill(name);
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

export interface StandIn {
  /** For SLACK_API_URL. */
  apiUrl: string;
  /** The response_url for commands sent to `kind`. */
  responseUrl(kind: AppKind): string;
  /** response_url posts received so far, per app. */
  counts(): Promise<Record<AppKind, number>>;
  stop(): Promise<void>;
}

/** Runs bench/stand-in.js (Web API and response_url) in its own process. */
export async function startStandIn(): Promise<StandIn> {
  const child = spawnNode(STAND_IN_JS, {});
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once("data", (chunk: Buffer) => {
      resolve((JSON.parse(chunk.toString("utf8")) as { port: number }).port);
    });
    child.once("exit", (code) => reject(new Error(`the stand-in exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (kind) => `${base}/respond/${kind}`,
    async counts() {
      const counts = (await (await fetch(`${base}/counts`)).json()) as Partial<
        Record<AppKind, number>
      >;
      return { ours: counts.ours ?? 0, bare: counts.bare ?? 0 };
    },
    stop: () => stopProcess(child),
  };
}
