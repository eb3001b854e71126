import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe } from "vitest";
import { freePort } from "./app-process.js";

/** Whether `redis-server` can be run here (Debian package `redis-server`). */
export const redisInstalled = spawnSync("redis-server", ["--version"]).status === 0;

/** CI sets CONTAINEROS_REQUIRE_REDIS=1: the Redis tests then fail rather than skip without a server. */
const redisRequired = process.env.CONTAINEROS_REQUIRE_REDIS === "1";

/** `describe` for suites that need a real Redis: skipped where it is not installed, unless required. */
export const describeWithRedis = describe.skipIf(!redisInstalled && !redisRequired);

export interface RedisServer {
  url: string;
  port: number;
  /** Stops the server (SIGTERM) and waits for it to exit; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts `redis-server` on a free loopback port (or `port`, to restart one that was stopped) with no persistence, in its own temporary
 * directory, and resolves once it accepts connections.
 */
export async function startRedisServer(port?: number): Promise<RedisServer> {
  if (!redisInstalled) {
    throw new Error("redis-server is not installed (apt-get install -y redis-server)");
  }
  port ??= await freePort();
  const dir = mkdtempSync(join(tmpdir(), "containeros-redis-"));
  const child = spawn(
    "redis-server",
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      dir,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitForReady(child, exited);
  let stopped: Promise<void> | undefined;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop() {
      stopped ??= (async () => {
        child.kill("SIGTERM");
        await exited;
        rmSync(dir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}

async function waitForReady(child: ChildProcess, exited: Promise<void>): Promise<void> {
  let output = "";
  const ready = new Promise<void>((resolve) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.includes("Ready to accept connections")) resolve();
    });
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), 10_000);
  });
  const outcome = await Promise.race([ready, exited.then(() => "exited" as const), timeout]);
  clearTimeout(timer);
  if (outcome !== undefined) {
    child.kill("SIGKILL");
    throw new Error(`redis-server did not start (${outcome}):\n${output}`);
  }
}
