import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CLI_TEST_TIMEOUT_MS,
  ensureBuilt,
  jsonLines,
  runContaineros,
  STACK_FRAME,
} from "../../helpers/cli.js";
import { contractViolations } from "../../helpers/contract.js";
import { realKb } from "../../helpers/engine.js";
import { brokenKnowledge, editEntry, removeBrokenKnowledge } from "../../helpers/knowledge.js";

beforeAll(ensureBuilt);
afterAll(removeBrokenKnowledge);

const QUESTIONS = ["security atomic", "", "coreos vs atomic", "reset my VPN password", "updates"];

describe.concurrent("containeros ask", { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it("should print one JSON line per stdin line, empty lines included, in order, and exit 0", async () => {
    const { code, stdout, stderr } = await runContaineros(
      ["ask", "--json"],
      `${QUESTIONS.join("\n")}\n`,
    );
    const answers = jsonLines(stdout);

    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.endsWith("\n")).toBe(true);
    expect(stdout.split("\n")).toHaveLength(QUESTIONS.length + 1);
    expect(answers.map((a) => (a as { query: string }).query)).toEqual(QUESTIONS);
    expect(answers.map((a) => (a as { intent: string }).intent)).toEqual([
      "answer",
      "help",
      "compare",
      "no_match",
      "answer",
    ]);
    for (const answer of answers) expect(contractViolations(answer, realKb())).toEqual([]);
  });

  it("should answer Windows line endings and a last line without one", async () => {
    const { stdout } = await runContaineros(["ask", "--json"], "coreos size\r\n\r\nrancher init");

    expect(jsonLines(stdout).map((a) => (a as { query: string }).query)).toEqual([
      "coreos size",
      "",
      "rancher init",
    ]);
  });

  it("should print nothing and exit 0 for empty stdin", async () => {
    expect(await runContaineros(["ask", "--json"], "")).toEqual({
      code: 0,
      stdout: "",
      stderr: "",
    });
  });

  it("should print one JSON object for a question given as arguments", async () => {
    const { code, stdout } = await runContaineros(["ask", "--json", "coreos", "vs", "atomic"]);
    const [answer, ...rest] = jsonLines(stdout);

    expect(code).toBe(0);
    expect(rest).toEqual([]);
    expect(answer).toMatchObject({ query: "coreos vs atomic", intent: "compare" });
  });

  it("should print a readable answer with its sources for a terminal", async () => {
    const { code, stdout } = await runContaineros(["ask", "security atomic"]);

    expect(code).toBe(0);
    expect(stdout).toContain("Project Atomic · Security and access:");
    expect(stdout).toContain("SELinux");
    expect(stdout).toMatch(/Sources date from 201[45]/);
    expect(stdout).toContain("Sources:\n  [1] ");
    expect(stdout).toContain("https://major.io/2014/05/13/coreos-vs-project-atomic-a-review/");
    expect(stdout.trimStart().startsWith("{")).toBe(false);
  });

  it("should align a comparison table for a terminal", async () => {
    const { stdout } = await runContaineros(["ask", "coreos vs atomic"]);
    const rows = stdout.split("\n").filter((line) => line.includes(" | "));
    const bars = (line: string) => [...line.matchAll(/ \| /g)].map((m) => m.index);

    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((row) => bars(row)[0] === bars(rows[0] as string)[0])).toBe(true);
    expect(stdout).toMatch(/^-+-\+-/m);
  });

  it("should exit 1 listing the knowledge problems, with no stack trace", async () => {
    const dir = brokenKnowledge(
      editEntry("facts/hayden-2014.yml", 3, (fact) => {
        fact.system = "windows";
      }),
    );
    const { code, stdout, stderr } = await runContaineros(["ask", "--knowledge", dir, "coreos"]);

    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      'knowledge/facts/hayden-2014.yml: facts[3] (coreos-management-journald-logging).system: unknown system "windows"',
    );
    expect(stderr).not.toContain(STACK_FRAME);
  });
});
