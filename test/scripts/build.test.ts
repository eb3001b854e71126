import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/core/project-root.js";

const ROOT = projectRoot();
/** What a clone holds that the build and `npm start` read (node_modules is linked, not copied). */
const CLONED = ["src", "bench", "bin", "scripts", "knowledge", "package.json", "package-lock.json"];
const CONFIGS = ["tsconfig.json", "tsconfig.build.json"];
const BUILDING = "containeros: building dist/";

/** A copy of the project in a temporary folder, without dist/: as after a fresh clone. */
function cloneProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "containeros-start-"));
  for (const entry of [...CLONED, ...CONFIGS]) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return dir;
}

/** `npm start` in `dir` with one piped question; resolves with its exit code and output. */
function npmStart(dir: string): Promise<{ code: number | null; output: string }> {
  const child = spawn("npm", ["start", "--silent"], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmpdir() },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  child.stdin.end("security atomic\n");
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, output })));
}

const mtimes = (dir: string) =>
  ["dist/.build-stamp", "dist/.tsbuildinfo", "dist/src/main.js", "dist/src/core/engine.js"].map(
    (file) => statSync(join(dir, file)).mtimeMs,
  );

describe("npm start", () => {
  const dir = cloneProject();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("should build a fresh clone once, start an unchanged tree without building, and rebuild after an edit or a lost file", async () => {
    const first = await npmStart(dir);
    expect(first.code).toBe(0);
    expect(first.output).toContain(BUILDING);
    expect(first.output).toContain("SELinux");
    const built = mtimes(dir);

    const second = await npmStart(dir);
    expect(second.code).toBe(0);
    expect(second.output).not.toContain(BUILDING);
    expect(second.output).toContain("SELinux");
    expect(mtimes(dir)).toEqual(built);

    const later = new Date(Date.now() + 2000);
    utimesSync(join(dir, "src", "core", "engine.ts"), later, later);
    const third = await npmStart(dir);
    expect(third.code).toBe(0);
    expect(third.output).toContain(BUILDING);
    expect(mtimes(dir)[0]).toBeGreaterThan(built[0] ?? 0);

    // tsc's incremental state would call a dist/ that lost its files up to date; the build does not.
    rmSync(join(dir, "dist", "src", "main.js"));
    const fourth = await npmStart(dir);
    expect(fourth.code).toBe(0);
    expect(fourth.output).toContain(BUILDING);
    expect(fourth.output).toContain("SELinux");
  }, 300_000);
});
