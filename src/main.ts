import { config } from "dotenv";
import { type Env, EnvError, loadEnv } from "./config/env.js";
import { loadKnowledge } from "./core/knowledge/load.js";
import { KnowledgeError } from "./core/knowledge/problems.js";
import { defaultArticlesDir, defaultKnowledgeDir, packageVersion } from "./core/project-root.js";
import type { Probes } from "./metrics/probe-server.js";
import { LiveKnowledge, liveEngine } from "./reload/live-knowledge.js";
import { startLiveReload } from "./reload/live-reload.js";
import { stderrLog } from "./reload/stderr-log.js";
import { describeError } from "./slack/reply/rejection.js";

/** SIGTERM/SIGINT: stop taking requests, let replies in flight finish, exit 0 within 5 s. */
const SHUTDOWN_MS = 4500;

function onShutdownSignal(stop: (graceMs: number) => Promise<void>, log: (line: string) => void) {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1); // a second signal: stop waiting
    stopping = true;
    log(`${signal} received: finishing replies in flight, then exiting`);
    setTimeout(() => process.exit(0), SHUTDOWN_MS).unref();
    stop(SHUTDOWN_MS - 500).finally(() => process.exit(0));
  };
  process.on("SIGTERM", handle);
  process.on("SIGINT", handle);
}

/**
 * With PORT set, the terminal chat serves `/health` and `/metrics` too (prom-client loads only
 * then). `/health` is built per request, so it reports reloaded knowledge.
 */
async function terminalProbes(env: Env, knowledge: LiveKnowledge): Promise<Probes | undefined> {
  if (env.probePort === undefined) return undefined;
  const { serveProbes } = await import("./metrics/probe-server.js");
  const { healthReport } = await import("./slack/health.js");
  const warn = (line: string) => process.stderr.write(`${line}\n`);
  const version = packageVersion();
  return serveProbes(env.probePort, () => healthReport(knowledge, version), warn);
}

/**
 * Loads the knowledge base, then runs the mode the environment picks; in every mode the knowledge
 * is reloaded when its folder changes or on SIGHUP.
 */
async function main(env: Env): Promise<void> {
  const location = {
    dir: env.knowledgeDir ?? defaultKnowledgeDir(),
    articlesDir: env.articlesDir ?? defaultArticlesDir(),
  };
  const knowledge = new LiveKnowledge(() => loadKnowledge(location), location.dir);
  const reloading = { knowledge, dir: location.dir, watch: env.watchKnowledge };
  const engine = liveEngine(knowledge);
  // Each mode imports only what it needs: Bolt alone takes most of a second to load.
  if (env.mode === "terminal") {
    const { runTerminal } = await import("./terminal/chat.js");
    const reload = startLiveReload({ ...reloading, log: stderrLog() });
    const interactive = process.stdin.isTTY === true;
    const probes = await terminalProbes(env, knowledge);
    try {
      const { stdin: input, stdout: output } = process;
      await runTerminal({ engine, input, output, interactive, metrics: probes?.metrics });
    } finally {
      reload.stop();
      await probes?.close();
    }
    return;
  }
  const { startSlack } = await import("./slack/start.js");
  const slack = await startSlack({ env, engine, knowledge, version: packageVersion() });
  startLiveReload({ ...reloading, log: slack.logger });
  onShutdownSignal(slack.stop, slack.log);
}

config({ quiet: true });
try {
  await main(loadEnv());
} catch (error) {
  // Configuration and knowledge errors already say what to fix; nothing gets a stack trace.
  const known = error instanceof EnvError || error instanceof KnowledgeError;
  const message = known
    ? (error as Error).message
    : `containeros could not start: ${describeError(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
