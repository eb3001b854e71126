import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { type MemoryResult, memoryResult, readRss } from "./memory.js";
import {
  type AppKind,
  type RunningApp,
  SIGNING_SECRET,
  type StandIn,
  startApp,
  stopProcess,
} from "./processes.js";
import { signedHeaders, slashCommandBody } from "./slack-request.js";
import { mean, median, round1, round2, sleep } from "./stats.js";

export interface HttpOptions {
  connections: number;
  /** Seconds per measured phase. */
  durationS: number;
  /** Unmeasured seconds of load on each app first. */
  warmupS: number;
  /** Measured phases per app, alternating ours and bare. */
  rounds: number;
  questions: string[];
}

export interface HttpPhase {
  app: AppKind;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests sent, and those answered with 2xx. */
  sent: number;
  ok: number;
  /** Non-2xx answers, connection errors and timeouts. */
  failed: number;
  /** response_url posts the app made for this phase's commands. */
  responses: number;
  /** CPU time (user + system) the app spent per request sent, ms: robust on a busy machine. */
  cpuMsPerRequest: number;
}

export interface HttpSide {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  ok: number;
  failed: number;
  /** Share of the commands sent whose answer reached the response_url stand-in. */
  delivered: number;
  cpuMsPerRequest: number;
}

export interface HttpResult {
  connections: number;
  durationS: number;
  rounds: number;
  ours: HttpSide;
  bare: HttpSide;
  /**
   * Requests per second, ours / bare: the median over rounds of each round's ratio. A round's two
   * phases run back to back, so a machine that drifts (other work, CPU frequency) moves both.
   */
  ratio: number;
  roundRatios: number[];
  phases: HttpPhase[];
}

/**
 * Signed `/containeros` commands at fixed concurrency against our app and a bare Bolt app, in
 * alternating phases of the same run; resident memory of both after start-up and after the load.
 */
export async function measureHttp(
  standIn: StandIn,
  options: HttpOptions,
): Promise<{ http: HttpResult; memory: MemoryResult; healthyMs: Record<AppKind, number> }> {
  const apps: RunningApp[] = [];
  try {
    for (const kind of ["ours", "bare"] as const) apps.push(await startApp(kind, standIn.apiUrl));
    const [ours, bare] = apps as [RunningApp, RunningApp];
    await sleep(250);
    const startup = { ours: readRss(ours.pid), bare: readRss(bare.pid) };
    for (const app of apps) await load(app, standIn, options, options.warmupS);
    const phases: HttpPhase[] = [];
    const roundRatios: number[] = [];
    const afterHttp = { ...startup };
    for (let round = 0; round < options.rounds; round++) {
      // Alternate who goes first, so neither always runs on a machine warmed by the other.
      const order = round % 2 === 0 ? [ours, bare] : [bare, ours];
      const rate: Partial<Record<AppKind, number>> = {};
      for (const app of order) {
        const phase = await load(app, standIn, options, options.durationS);
        phases.push(phase);
        rate[app.kind] = phase.requestsPerSec;
        // Right after each app's own load: read later, the app idle longer would have shrunk more.
        afterHttp[app.kind] = readRss(app.pid);
      }
      // A round in which the bare app served nothing has no ratio, and fails the target.
      roundRatios.push(rate.bare ? round2((rate.ours ?? 0) / rate.bare) : Number.NaN);
    }
    const side = (kind: AppKind) => summarise(phases.filter((p) => p.app === kind));
    const http: HttpResult = {
      connections: options.connections,
      durationS: options.durationS,
      rounds: options.rounds,
      ours: side("ours"),
      bare: side("bare"),
      ratio: roundRatios.some(Number.isNaN) ? Number.NaN : median(roundRatios),
      roundRatios,
      phases,
    };
    const healthyMs = { ours: ours.healthyMs, bare: bare.healthyMs };
    return { http, memory: memoryResult(startup, afterHttp), healthyMs };
  } finally {
    await Promise.all(apps.map((app) => stopProcess(app.child)));
  }
}

/** One phase of load on one app; waits for its response_url posts to settle before returning. */
async function load(
  app: RunningApp,
  standIn: StandIn,
  options: HttpOptions,
  durationS: number,
): Promise<HttpPhase> {
  const responseUrl = standIn.responseUrl(app.kind);
  const before = (await standIn.counts())[app.kind];
  const cpuBefore = cpuMs(app.pid);
  let next = 0;
  const result = await autocannon({
    url: app.baseUrl,
    connections: options.connections,
    duration: durationS,
    requests: [
      {
        method: "POST",
        path: "/slack/events",
        setupRequest: (request) => {
          const text = options.questions[next++ % options.questions.length] as string;
          const body = slashCommandBody(text, responseUrl);
          return { ...request, body, headers: signedHeaders(SIGNING_SECRET, body) };
        },
      },
    ],
  });
  const responses = (await settledCount(standIn, app.kind)) - before;
  const cpu = cpuMs(app.pid) - cpuBefore;
  return {
    app: app.kind,
    requestsPerSec: round1(result.requests.total / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    sent: result.requests.sent,
    ok: result["2xx"],
    failed: result.non2xx + result.errors + result.timeouts,
    responses,
    cpuMsPerRequest: round2(cpu / Math.max(1, result.requests.sent)),
  };
}

/** CPU time a process has used so far (utime + stime from /proc/<pid>/stat), ms. */
function cpuMs(pid: number): number {
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** USER_HZ: Linux reports process times in these ticks, 100 a second on every common platform. */
const CLOCK_TICKS = 100;

/** The app's response_url count once it has stopped growing (answers still in flight land). */
async function settledCount(standIn: StandIn, kind: AppKind): Promise<number> {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const count = (await standIn.counts())[kind];
    if (count === last) return count;
    last = count;
    await sleep(100);
  }
  return last;
}

function summarise(phases: HttpPhase[]): HttpSide {
  const total = (field: "sent" | "ok" | "failed" | "responses") =>
    phases.reduce((sum, p) => sum + p[field], 0);
  return {
    requestsPerSec: round1(mean(phases.map((p) => p.requestsPerSec))),
    p50Ms: round1(mean(phases.map((p) => p.p50Ms))),
    p99Ms: round1(mean(phases.map((p) => p.p99Ms))),
    ok: total("ok"),
    failed: total("failed"),
    delivered: total("sent") === 0 ? 0 : round2(total("responses") / total("sent")),
    cpuMsPerRequest: round2(mean(phases.map((p) => p.cpuMsPerRequest))),
  };
}
