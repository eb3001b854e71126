import { createEngine } from "../src/core/engine.js";
import { loadKnowledge } from "../src/core/knowledge/load.js";
import { defaultArticlesDir, defaultKnowledgeDir } from "../src/core/project-root.js";
import { type AppKind, type StandIn, startApp, stopProcess } from "./processes.js";
import { median, round1, since } from "./stats.js";

export interface StartupResult {
  runs: number;
  /** Spawn to `GET /health` answering 200, median over the runs, ms. */
  oursMs: number;
  /** The same through `npm start` on an unchanged tree (no build), as users start it; undefined when not run. */
  oursNpmMs: number | undefined;
  npmRuns: number;
  bareMs: number;
  /** loadKnowledge (read, validate, check evidence) the first time in this process, ms. */
  knowledgeLoadMs: number;
  /** The same once warm, median of a few, ms: what is left when the JIT is not cold. */
  knowledgeLoadWarmMs: number;
  /** createEngine over the loaded knowledge (indexes), ms. */
  engineMs: number;
}

/** Times the core's own start-up in this process. Call it before anything else loads knowledge. */
export function measureCoreStartup(
  warmRuns: number,
): Omit<StartupResult, "runs" | "oursMs" | "bareMs" | "oursNpmMs" | "npmRuns"> {
  const location = { dir: defaultKnowledgeDir(), articlesDir: defaultArticlesDir() };
  let start = performance.now();
  const { kb } = loadKnowledge(location);
  const knowledgeLoadMs = since(start);
  start = performance.now();
  createEngine(kb);
  const engineMs = since(start);
  const warm = Array.from({ length: warmRuns }, () => {
    const t0 = performance.now();
    loadKnowledge(location);
    return since(t0);
  });
  return {
    knowledgeLoadMs: round1(knowledgeLoadMs),
    knowledgeLoadWarmMs: round1(median(warm)),
    engineMs: round1(engineMs),
  };
}

type StartupTimes = Record<AppKind | "npm", number[]>;

/**
 * Starts each app `runs` times, alternately, and ours through `npm start` as often; the times from
 * spawn to healthy, ms.
 */
export async function measureAppStartup(standIn: StandIn, runs: number): Promise<StartupTimes> {
  const times: StartupTimes = { ours: [], bare: [], npm: [] };
  const launches = [
    ["ours", "node"],
    ["bare", "node"],
    ["ours", "npm start"],
  ] as const;
  for (let run = 0; run < runs; run++) {
    for (const [kind, launch] of launches) {
      const app = await startApp(kind, standIn.apiUrl, launch);
      times[launch === "npm start" ? "npm" : kind].push(app.healthyMs);
      await stopProcess(app.child);
    }
  }
  return times;
}

export function startupResult(
  times: StartupTimes,
  core: ReturnType<typeof measureCoreStartup>,
): StartupResult {
  return {
    runs: times.ours.length,
    oursMs: round1(median(times.ours)),
    bareMs: round1(median(times.bare)),
    oursNpmMs: times.npm.length > 0 ? round1(median(times.npm)) : undefined,
    npmRuns: times.npm.length,
    ...core,
  };
}
