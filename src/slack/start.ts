import type { Logger } from "@slack/bolt";
import type { Engine } from "../core/engine.js";
import type { LiveKnowledge } from "../reload/live-knowledge.js";
import { defaultDataDir, openStores } from "../store/open.js";
import { createSlackApp, type SlackEnv, toBoltLevel } from "./app.js";
import { healthReport } from "./health.js";
import { limitHeapGrowth } from "./heap-growth.js";
import { InFlight } from "./in-flight.js";
import { createLogger } from "./logger.js";
import { describeError } from "./reply/rejection.js";

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
  limitHeapGrowth();
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
  const app = createSlackApp({
    env,
    deps: { engine, dedup, contexts, events, flood },
    inFlight,
    logger,
    health: () => healthReport(knowledge, version),
  });
  try {
    await app.init();
  } catch (error) {
    throw new Error(`Could not check SLACK_BOT_TOKEN with auth.test: ${describeError(error)}`);
  }
  await app.start();
  logger.info(
    env.mode === "http"
      ? `containeros ${version} is listening on port ${env.port} (Slack requests at /slack/events, health at /health)`
      : `containeros ${version} is connected to Slack in Socket Mode`,
  );
  return {
    log: (line) => logger.info(line),
    logger,
    async stop(graceMs) {
      await app.stop();
      if (!(await inFlight.drain(graceMs))) {
        logger.warn(`Exiting with ${inFlight.count} replies still in flight`);
      }
      await stores.close();
    },
  };
}
