import { readFileSync } from "node:fs";
import { join } from "node:path";
import { config } from "dotenv";
import { type Env, EnvError, loadEnv } from "./config/env.js";
import { createEngine } from "./core/engine.js";
import { loadKnowledge } from "./core/knowledge/load.js";
import { KnowledgeError } from "./core/knowledge/problems.js";
import { defaultArticlesDir, defaultKnowledgeDir, projectRoot } from "./core/project-root.js";
import { toBoltLevel } from "./slack/app.js";
import { createLogger } from "./slack/logger.js";
import { describeError } from "./slack/reply/rejection.js";
import { startSlack } from "./slack/start.js";
import { runTerminal } from "./terminal/chat.js";

/** SIGTERM/SIGINT: stop taking requests, let replies in flight finish, exit 0 within 5 s. */
const SHUTDOWN_MS = 4500;

const version = (): string =>
  (JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as { version: string })
    .version;

function onShutdownSignal(
  stop: (graceMs: number) => Promise<void>,
  log: (line: string) => void,
): void {
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

async function main(env: Env): Promise<void> {
  const { kb } = loadKnowledge({
    dir: env.knowledgeDir ?? defaultKnowledgeDir(),
    articlesDir: defaultArticlesDir(),
  });
  const engine = createEngine(kb);
  if (env.mode === "terminal") {
    await runTerminal({
      engine,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
    });
    return;
  }
  const logger = createLogger(toBoltLevel(env.logLevel));
  process.on("unhandledRejection", (reason) =>
    logger.error(`Unhandled rejection: ${describeError(reason)}`),
  );
  const slack = await startSlack({ env, engine, version: version(), logger });
  onShutdownSignal(slack.stop, (line) => logger.info(line));
}

config({ quiet: true });
try {
  await main(loadEnv());
} catch (error) {
  const known = error instanceof EnvError || error instanceof KnowledgeError;
  process.stderr.write(
    `${known ? (error as Error).message : `containeros could not start: ${describeError(error)}`}\n`,
  );
  process.exit(1);
}
