import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./processes.js";
import { median, round1, since } from "./stats.js";

export interface CliResult {
  questions: number;
  runs: number;
  /** Whole-process time of `containeros ask --json` over the questions on stdin, median, ms. */
  medianMs: number;
  minMs: number;
  /** `node -e 0` on this machine, for scale: the part of any CLI run no code of ours can save. */
  nodeBaselineMs: number;
}

const BIN = join(ROOT, "bin", "containeros.js");

/** Runs the real CLI `runs` times with `questions` on stdin, one per line, checking every answer. */
export async function measureCli(questions: string[], runs: number): Promise<CliResult> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { ms, stdout } = await timeNode([BIN, "ask", "--json"], `${questions.join("\n")}\n`);
    const answers = stdout.split("\n").filter((line) => line.startsWith("{"));
    if (answers.length !== questions.length) {
      throw new Error(
        `containeros ask --json gave ${answers.length} answers to ${questions.length} questions`,
      );
    }
    times.push(ms);
  }
  const baseline = await timeNode(["-e", "0"], "");
  return {
    questions: questions.length,
    runs,
    medianMs: round1(median(times)),
    minMs: round1(Math.min(...times)),
    nodeBaselineMs: round1(baseline.ms),
  };
}

function timeNode(args: string[], input: string): Promise<{ ms: number; stdout: string }> {
  const start = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH ?? "" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      const ms = since(start);
      if (code === 0) resolve({ ms, stdout });
      else reject(new Error(`node ${args.join(" ")} exited with ${code}: ${stderr.trim()}`));
    });
  });
}
