import { beforeAll, describe, expect, it } from "vitest";
import { MAX_QUESTION_CHARS } from "../../src/core/match/normalise.js";
import {
  CLI_TEST_TIMEOUT_MS,
  ensureBuilt,
  jsonLines,
  runContaineros,
  STACK_FRAME,
} from "../helpers/cli.js";
import { contractViolations } from "../helpers/contract.js";
import { realKb } from "../helpers/engine.js";

beforeAll(ensureBuilt);

/** Reproducible noise: the same "binary file" on every run. */
function pseudoRandomBytes(length: number, seed = 42): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** Lines as `wc -l` counts them, plus an unterminated last one. */
const lineCount = (input: Buffer) =>
  input.filter((byte) => byte === 0x0a).length + (input.at(-1) === 0x0a ? 0 : 1);

/** Runs `ask --json` on `input` and checks what every hostile input must get. */
async function askJson(input: Buffer) {
  const { code, stdout, stderr } = await runContaineros(["ask", "--json"], input);
  const answers = jsonLines(stdout);
  expect(code).toBe(0);
  expect(stderr).toBe("");
  expect(stdout).not.toContain(STACK_FRAME);
  expect(answers).toHaveLength(lineCount(input));
  for (const answer of answers) expect(contractViolations(answer, realKb())).toEqual([]);
  return answers as { query: string; intent: string; text: string }[];
}

describe.concurrent("containeros ask --json on hostile stdin (exit 0, one answer a line)", {
  timeout: CLI_TEST_TIMEOUT_MS,
}, () => {
  it("should exit 0 with one answer per line for 64 KB of binary noise", async () => {
    const noise = pseudoRandomBytes(64 * 1024);

    expect(noise.includes(0x0d)).toBe(true);
    await askJson(noise);
  });

  it("should exit 0 with one answer, saying it was cut, for a 1 MB line", async () => {
    const [answer] = await askJson(Buffer.from(`coreos size ${"a".repeat(1024 * 1024)}\n`));

    expect(answer?.intent).toBe("answer");
    expect(answer?.text).toContain(`first ${MAX_QUESTION_CHARS} characters`);
  });

  it("should exit 0 answering lines of invalid UTF-8, read as replacement characters", async () => {
    const input = Buffer.concat([
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      Buffer.from(" coreos size\n"),
      Buffer.from([0x80, 0x80, 0xed, 0xa0, 0x80, 0x0a]),
      Buffer.from("\u0000rancher\u0007 init\u001b\r\n"),
    ]);
    const answers = await askJson(input);

    expect(answers.map((a) => a.intent)).toEqual(["answer", "help", "answer"]);
    expect(answers[0]?.query).toContain("\ufffd");
  });

  it("should exit 0 quietly when its reader goes away, as with | head -1", async () => {
    const questions = Buffer.from("coreos size\n".repeat(5_000));
    const { code, stderr } = await runContaineros(["ask", "--json"], questions, {
      hangUpEarly: true,
    });

    expect(code).toBe(0);
    expect(stderr).toBe("");
  });
});
