import type { CustomRoute, Logger } from "@slack/bolt";
import type { Engine } from "../core/engine.js";
import { Metrics } from "../metrics/metrics.js";
import { serveRoutes } from "../metrics/probe-server.js";
import { probeRoutes } from "../metrics/routes.js";
import type { LiveKnowledge } from "../reload/live-knowledge.js";
import { defaultDataDir, openStores } from "../store/open.js";
import { createSlackApp, type SlackEnv, toBoltLevel } from "./app.js";
import { healthReport } from "./health.js";
import { InFlight } from "./in-flight.js";
import { createLogger } from "./logger.js";
import { describeError } from "./reply/rejection.js";

const probesOn = (port: number | undefined) =>
  port === undefined ? "" : ` (health at /health, metrics at /metrics on port ${port})`;

/**
 * Socket Mode opens no port of its own; with PORT set, `/health` and `/metrics` get one, so a
 * container platform can probe the bot. A port already taken stops the start, as in HTTP mode.
 * (Bolt's Socket Mode receiver can serve custom routes too, but a port it cannot have crashes the
 * process from an unhandled 'error' event.)
 */
const socketModeProbes = (env: SlackEnv, routes: CustomRoute[]) =>
  env.mode === "socket" && env.probePort !== undefined
    ? serveRoutes(env.probePort, routes)
    : undefined;

export interface RunningSlack {
  /** Stops taking requests, then waits up to `graceMs` for replies in flight. */
  stop(graceMs: number): Promise<void>;
  log(line: string): void;
  logger: Logger;
}

export interface StartSlackOptions {
  env: SlackEnv;
  engine: Engine;
  /** What `engine` answers from, reloaded while running; /health reports it. */
  knowledge: LiveKnowledge;
  version: string;
}

/** Checks the bot token (auth.test), then connects (Socket Mode) or listens (HTTP). */
export async function startSlack({
  env,
  engine,
  knowledge,
  version,
}: StartSlackOptions): Promise<RunningSlack> {
  const logger = createLogger(toBoltLevel(env.logLevel));
  process.on("unhandledRejection", (reason) => {
    logger.error(`Unhandled rejection: ${describeError(reason)}`);
  });
  const stores = await openStores({
    redisUrl: env.redisUrl,
    dataDir: env.dataDir ?? defaultDataDir(),
    logger,
  });
  const inFlight = new InFlight();
  const { dedup, contexts, events, flood } = stores;
  const metrics = new Metrics();
  if (stores.connected) metrics.watchRedis(stores.connected);
  // Built per request, so /health reports the knowledge as reloaded, wherever it is served.
  const health = () => healthReport(knowledge, version);
  const app = createSlackApp({
    env,
    deps: { engine, dedup, contexts, events, flood, metrics },
    inFlight,
    logger,
    health,
  });
  try {
    await app.init();
  } catch (error) {
    throw new Error(`Could not check SLACK_BOT_TOKEN with auth.test: ${describeError(error)}`);
  }
  const probes = await socketModeProbes(env, probeRoutes(health, metrics));
  await app.start();
  logger.info(
    env.mode === "http"
      ? `containeros ${version} is listening on port ${env.port} (Slack requests at /slack/events, health at /health, metrics at /metrics)`
      : `containeros ${version} is connected to Slack in Socket Mode${probesOn(env.probePort)}`,
  );
  return {
    log: (line) => logger.info(line),
    logger,
    async stop(graceMs) {
      await app.stop();
      probes?.close();
      if (!(await inFlight.drain(graceMs))) {
        logger.warn(`Exiting with ${inFlight.count} replies still in flight`);
      }
      await stores.close();
    },
  };
}
