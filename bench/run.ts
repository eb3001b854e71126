import { cpus, loadavg, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { loadKnowledge } from "../src/core/knowledge/load.js";
import { defaultKnowledgeDir } from "../src/core/project-root.js";
import { measureCli } from "./cli.js";
import { measureHttp } from "./http.js";
import { measureMatcher } from "./matcher.js";
import { removeBenchData, startStandIn } from "./processes.js";
import { evalQuestions, takeCycled } from "./questions.js";
import { type BenchReport, evaluateTargets, formatReport, type Machine } from "./report.js";
import { measureAppStartup, measureCoreStartup, startupResult } from "./startup.js";
import { round1, since } from "./stats.js";

const USAGE = `Usage: npm run bench -- [options]

Measures the matcher, the CLI, start-up, the Slack HTTP path against a bare Bolt app, and memory.

Options:
  --duration S      seconds of load per HTTP phase, 5 phases per app (default 3)
  --connections N   concurrent HTTP connections (default 10)
  --tiny            a few seconds in all: proves the bench works, measures little
  --json            also print the whole report as one JSON object on the last line
  -h, --help        this help`;

function usageError(message: string): never {
  process.stderr.write(`bench: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        duration: { type: "string" },
        connections: { type: "string" },
        tiny: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
}

const values = parseOptions();

if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const positive = (flag: string, raw: string | undefined, fallback: number): number => {
  const value = raw === undefined ? fallback : Number(raw);
  return value > 0 ? value : usageError(`--${flag} expects a positive number`);
};

const tiny = values.tiny;
const options = {
  tiny,
  durationS: positive("duration", values.duration, tiny ? 0.5 : 3),
  connections: Math.round(positive("connections", values.connections, tiny ? 2 : 10)),
  httpRounds: tiny ? 1 : 5,
  warmupS: tiny ? 0.2 : 8,
  /** Start-ups timed on their own; the two HTTP launches add one more sample each. */
  startupRuns: tiny ? 0 : 4,
  cliQuestions: tiny ? 10 : 100,
  cliRuns: tiny ? 1 : 3,
};
const started = performance.now();
const progress = (line: string) =>
  process.stderr.write(`bench [${(since(started) / 1000).toFixed(1)} s]: ${line}\n`);

async function runBench(): Promise<BenchReport> {
  const loadStart = round1(loadavg()[0] ?? 0);
  const questions = evalQuestions();

  progress("core start-up (in this process)");
  const core = measureCoreStartup(tiny ? 1 : 3);

  const scales = tiny ? [1, 10] : [1, 10, 100];
  progress(`matcher at ${scales.map((s) => `${s}x`).join(", ")} knowledge`);
  const { kb } = loadKnowledge({ dir: defaultKnowledgeDir() });
  const matcher = measureMatcher(kb, {
    scales,
    questions: tiny ? questions.slice(0, 20) : questions,
    warmupRounds: tiny ? 1 : 3,
    rounds: tiny ? 1 : 20,
    budgetMs: tiny ? 100 : 3000,
  });

  progress(`CLI over ${options.cliQuestions} questions`);
  const cli = await measureCli(takeCycled(questions, options.cliQuestions), options.cliRuns);

  const standIn = await startStandIn();
  try {
    progress("start-up to healthy, ours (node and npm start) and bare Bolt");
    const appStartup = await measureAppStartup(standIn, options.startupRuns);
    progress(`HTTP load, ${options.connections} connections, ${options.durationS} s phases`);
    const { http, memory, healthyMs } = await measureHttp(standIn, {
      connections: options.connections,
      durationS: options.durationS,
      warmupS: options.warmupS,
      rounds: options.httpRounds,
      questions,
    });
    appStartup.ours.push(healthyMs.ours);
    appStartup.bare.push(healthyMs.bare);
    const measured = { matcher, cli, startup: startupResult(appStartup, core), http, memory };
    return {
      machine: machine(loadStart),
      options,
      ...measured,
      targets: evaluateTargets(measured),
      totalS: round1(since(started) / 1000),
    };
  } finally {
    await standIn.stop();
    removeBenchData();
  }
}

try {
  const report = await runBench();
  process.stdout.write(`${formatReport(report)}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
} catch (error) {
  process.stderr.write(
    `bench: failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}

function machine(loadStart: number): Machine {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: round1(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadStart,
    loadEnd: round1(loadavg()[0] ?? 0),
  };
}
