import type { CliResult } from "./cli.js";
import type { HttpResult } from "./http.js";
import type { MatcherResult } from "./matcher.js";
import type { MemoryResult } from "./memory.js";
import type { StartupResult } from "./startup.js";
import { round2 } from "./stats.js";

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
  /** 1-minute load average when the bench started and when it ended: a busy machine shows here. */
  loadStart: number;
  loadEnd: number;
}

export interface Target {
  name: string;
  /** "<" or ">=" or "<=" with the limit, for the table. */
  limit: string;
  value: number;
  unit: string;
  pass: boolean;
}

export interface BenchReport {
  machine: Machine;
  options: Record<string, number | boolean>;
  matcher: MatcherResult[];
  cli: CliResult;
  startup: StartupResult;
  http: HttpResult;
  memory: MemoryResult;
  targets: Target[];
  totalS: number;
}

type Measured = Omit<BenchReport, "targets" | "machine" | "options" | "totalS">;

const target = (name: string, value: number, unit: string, limit: string, pass: boolean) => ({
  name,
  limit: `${limit} ${unit}`,
  value: round2(value),
  unit,
  pass: Number.isFinite(value) && pass,
});

/** The targets, pass or fail; they are reported, never enforced. Unmeasured ones are left out. */
export function evaluateTargets(m: Measured): Target[] {
  const matcher = [
    { scale: "1x", limitMs: 1 },
    { scale: "100x", limitMs: 5 },
  ].flatMap(({ scale, limitMs }) => {
    const measured = m.matcher.find((r) => r.scale === scale);
    if (!measured) return [];
    const ms = measured.p99Us / 1000;
    return [target(`matcher p99 at ${scale}`, ms, "ms", `<${limitMs}`, ms < limitMs)];
  });
  return [
    ...matcher,
    target("HTTP requests/s, ours / bare", m.http.ratio, "x", ">=0.9", m.http.ratio >= 0.9),
    target("HTTP p99 latency, ours", m.http.ours.p99Ms, "ms", "<50", m.http.ours.p99Ms < 50),
    startupTarget(m.startup),
    target(
      `CLI over ${m.cli.questions} questions`,
      m.cli.medianMs,
      "ms",
      "<1500",
      m.cli.medianMs < 1500,
    ),
    target(
      "RSS after HTTP, ours - bare",
      m.memory.overheadMb,
      "MB",
      "<=25",
      m.memory.overheadMb <= 25,
    ),
  ];
}

/** Start-up as users start it (`npm start`), or spawning node when that was not measured (--tiny). */
function startupTarget({ oursNpmMs, oursMs }: StartupResult): Target {
  const [name, value] =
    oursNpmMs === undefined ? ["start-up to healthy", oursMs] : ["npm start to healthy", oursNpmMs];
  return target(name, value, "ms", "<1000", value < 1000);
}

/** Columns padded to their widest cell; a first column of labels left-aligned, numbers right. */
function table(rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map(String));
  const widths =
    cells[0]?.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0))) ?? [];
  const labels = rows.slice(1).some((row) => typeof row[0] === "string" && row[0] !== "");
  const pad = (cell: string, i: number) =>
    i === 0 && labels ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0);
  return cells.map((row) => `  ${row.map(pad).join("  ").trimEnd()}`).join("\n");
}

/** The readable report: machine, one table per section, then the targets. */
export function formatReport(r: BenchReport): string {
  const { machine: m, http, memory, startup, cli } = r;
  return [
    `containeros bench: ${m.cpus} x ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node} (${m.platform}), load ${m.loadStart} -> ${m.loadEnd}, ${r.totalS} s`,
    "",
    "Matcher: engine.ask per question, median of rounds; p50/p99/max over the questions (µs)",
    table([
      [
        "knowledge",
        "systems",
        "facts",
        "index ms",
        "questions x rounds",
        "p50",
        "p99",
        "max",
        "p99 all calls",
      ],
      ...r.matcher.map((s) => [
        s.scale,
        s.systems,
        s.facts,
        s.indexMs,
        `${s.questions} x ${s.rounds}`,
        s.p50Us,
        s.p99Us,
        s.maxUs,
        s.allCallsP99Us,
      ]),
    ]),
    "",
    `CLI: containeros ask --json, ${cli.questions} questions on stdin, ${cli.runs} run${cli.runs === 1 ? "" : "s"}`,
    table([
      ["median ms", "min ms", "node -e 0 ms"],
      [cli.medianMs, cli.minMs, cli.nodeBaselineMs],
    ]),
    "",
    `Start-up: spawn to GET /health = 200, median of ${startup.runs} (npm start: of ${startup.npmRuns}); core in-process`,
    table([
      [
        "ours ms",
        "npm start ms",
        "bare Bolt ms",
        "knowledge load ms",
        "warm ms",
        "engine index ms",
      ],
      [
        startup.oursMs,
        startup.oursNpmMs ?? "-",
        startup.bareMs,
        startup.knowledgeLoadMs,
        startup.knowledgeLoadWarmMs,
        startup.engineMs,
      ],
    ]),
    "",
    `HTTP: signed /containeros, ${http.connections} connections, ${http.rounds} x ${http.durationS} s per app, alternating`,
    table([
      ["app", "req/s", "p50 ms", "p99 ms", "CPU ms/req", "2xx", "failed", "answered"],
      ...(["ours", "bare"] as const).map((k) => [
        k === "ours" ? "ours" : "bare Bolt",
        http[k].requestsPerSec,
        http[k].p50Ms,
        http[k].p99Ms,
        http[k].cpuMsPerRequest,
        http[k].ok,
        http[k].failed,
        `${Math.round(http[k].delivered * 100)}%`,
      ]),
      ["ratio ours/bare", http.ratio, "", "", "", "", "", ""],
    ]),
    `  ratio: median of each round's ours / bare (${http.roundRatios.join(", ")})`,
    "",
    "Memory: resident set (VmRSS, MB)",
    table([
      ["app", "after start-up", "after HTTP", "peak"],
      ["ours", memory.ours.afterStartupMb, memory.ours.afterHttpMb, memory.ours.peakMb],
      ["bare Bolt", memory.bare.afterStartupMb, memory.bare.afterHttpMb, memory.bare.peakMb],
      ["ours - bare", "", memory.overheadMb, ""],
    ]),
    "",
    "Targets (reported, not enforced)",
    table(
      r.targets.map((t) => [t.pass ? "PASS" : "FAIL", t.name, `${t.value} ${t.unit}`, t.limit]),
    ),
  ].join("\n");
}
