import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { projectRoot } from "../../src/core/project-root.js";
import { CLI_TEST_TIMEOUT_MS, ensureBuilt, runContaineros, STACK_FRAME } from "../helpers/cli.js";
import { captureIo } from "../helpers/cli-io.js";
import { KB_SECTIONS } from "../helpers/knowledge.js";

/** Runs the CLI in-process, for the many argument cases that need no real process. */
async function runInProcess(args: string[]) {
  const io = captureIo();
  const code = await runCli(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

beforeAll(ensureBuilt);

describe.concurrent("bin/containeros.js (exit codes: 0 done, 1 invalid knowledge, 2 usage error)", {
  timeout: CLI_TEST_TIMEOUT_MS,
}, () => {
  it("should print the usage for --help and exit 0", async () => {
    const { code, stdout, stderr } = await runContaineros(["--help"]);

    expect(code).toBe(0);
    expect(stdout).toContain("Usage:");
    expect(stdout).toContain("containeros ask");
    expect(stdout).toContain("Exit codes:");
    expect(stderr).toBe("");
  });

  it.each([
    [["ask", "--help"], "Usage: containeros ask"],
    [["kb", "--help"], "Usage: containeros kb check"],
  ])("should print the help of %j and exit 0", async (args, usage) => {
    const { code, stdout } = await runContaineros(args);

    expect(code).toBe(0);
    expect(stdout.startsWith(usage)).toBe(true);
  });

  it.each([
    [["frobnicate"], 'containeros: unknown command "frobnicate"'],
    [
      ["ask", "--jsn", "coreos"],
      "containeros: unknown option --jsn (did you mean --json?)\n\nUsage:",
    ],
  ])("should exit 2 on %j with a clear message", async (args, message) => {
    const { code, stdout, stderr } = await runContaineros(args);

    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.startsWith(message)).toBe(true);
    expect(stderr).not.toContain(STACK_FRAME);
  });
});

describe("runCli", () => {
  it.each([["-h"], ["help"]])("should print the usage for %s and exit 0", async (flag) => {
    const { code, stdout } = await runInProcess([flag]);

    expect(code).toBe(0);
    expect(stdout).toContain("Usage:");
  });

  it.each([
    [["ask", "-h"], "Usage: containeros ask"],
    [["kb", "check", "--help"], "Usage: containeros kb check"],
    [["kb", "export", "--help"], "Usage: containeros kb check"],
    [["gaps", "--help"], "Usage: containeros gaps"],
  ])("should print the help of %j and exit 0", async (args, usage) => {
    const { code, stdout } = await runInProcess(args);

    expect(code).toBe(0);
    expect(stdout.startsWith(usage)).toBe(true);
  });

  it("should print the version of package.json and exit 0", async () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as {
      version: string;
    };

    expect(await runInProcess(["--version"])).toMatchObject({
      code: 0,
      stdout: `${pkg.version}\n`,
    });
  });

  it("should export the knowledge base as JSON, its only format, with or without --json", async () => {
    const plain = await runInProcess(["kb", "export"]);
    const flagged = await runInProcess(["kb", "export", "--json"]);

    expect(plain).toMatchObject({ code: 0, stderr: "" });
    expect(Object.keys(JSON.parse(plain.stdout))).toEqual(KB_SECTIONS);
    expect(flagged.stdout).toBe(plain.stdout);
  });

  it("should exit 2 with the usage on stderr when no command is given", async () => {
    const { code, stdout, stderr } = await runInProcess([]);

    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Usage:");
  });

  it.each([
    [["kb", "check", "--frob"], "containeros: unknown option --frob\n\nUsage:"],
    [["kb", "export", "--jsno"], "containeros: unknown option --jsno (did you mean --json?)"],
    [["gaps", "--snce", "7d"], "containeros: unknown option --snce (did you mean --since?)"],
    [["kb", "frob"], 'containeros: unknown kb action "frob"'],
    [["kb"], "containeros: kb needs an action: check, export or add-source"],
    [["kb", "check", "extra"], 'containeros: unexpected argument "extra"'],
    [["ask", "--knowledge"], "containeros: option --knowledge needs a value"],
    [["ask"], "containeros: ask needs a question"],
  ])("should exit 2 on %j with a clear message and the usage", async (args, message) => {
    const { code, stdout, stderr } = await runInProcess(args);

    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.startsWith(message)).toBe(true);
    expect(stderr).toContain("Usage:");
    expect(stderr).not.toContain(STACK_FRAME);
  });
});
