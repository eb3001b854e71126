import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../src/core/project-root.js";

const ROOT = projectRoot();
/** The `bin` npm installs as `containeros`; it runs the built dist/src/cli/main.js. */
export const BIN = join(ROOT, "bin", "containeros.js");
const BUILT_CLI = join(ROOT, "dist", "src", "cli", "main.js");
const BUILD_LOCK = join(tmpdir(), "containeros-test-build.lock");

/** Per test: a spawned CLI loads the knowledge base and may share a busy machine. */
export const CLI_TEST_TIMEOUT_MS = 60_000;

/** A stack frame line, which a user must never see. */
export const STACK_FRAME = "    at ";

/**
 * Builds dist/ when it is missing (`npm test` builds before vitest; a bare `vitest run` may not).
 * Test files run in parallel, so one builds while the others wait for it.
 */
export function ensureBuilt(): void {
  if (existsSync(BUILT_CLI)) return;
  try {
    mkdirSync(BUILD_LOCK);
  } catch {
    const deadline = Date.now() + 60_000;
    while (existsSync(BUILD_LOCK) && Date.now() < deadline) sleep(200);
    if (existsSync(BUILT_CLI)) return;
  }
  try {
    execFileSync(process.execPath, ["scripts/build.js"], { cwd: ROOT, stdio: "pipe" });
  } catch (error) {
    // tsc still emits when other files have type errors; only a missing CLI stops these tests.
    if (!existsSync(BUILT_CLI)) throw error;
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Close stdout after the first output, as `| head -1` does. */
  hangUpEarly?: boolean;
}

/**
 * Runs `node bin/containeros.js ARGS` with `input` piped to stdin (empty when not given, so stdin
 * is never a terminal), without the environment's knowledge overrides.
 */
export function runContaineros(
  args: string[],
  input: string | Buffer = "",
  { hangUpEarly = false }: RunOptions = {},
): Promise<CliRun> {
  const env = { ...process.env };
  delete env.CONTAINEROS_KNOWLEDGE_DIR;
  delete env.CONTAINEROS_ARTICLES_DIR;
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => {
    out.push(chunk);
    if (hangUpEarly) child.stdout.destroy();
  });
  child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
  // The CLI may exit before reading all of a large input; that is its right, not a test failure.
  child.stdin.on("error", () => {});
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
  });
}

/** The non-empty lines of a JSON-lines output, parsed. */
export function jsonLines(stdout: string): unknown[] {
  return stdout
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as unknown);
}
