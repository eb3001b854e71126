import { join } from "node:path";
import type { CliEnv } from "../config/env.js";
import { projectRoot } from "../core/project-root.js";
import {
  type ContextStore,
  failoverContextStore,
  MemoryContextStore,
  RedisContextStore,
} from "./context-store.js";
import { type DedupStore, failoverDedupStore, MemoryDedupStore, RedisDedupStore } from "./dedup.js";
import { StoreUnavailableError } from "./errors.js";
import type { EventLog } from "./events.js";
import { FileEventLog } from "./file-event-log.js";
import {
  type FloodCounter,
  failoverFloodCounter,
  MemoryFloodCounter,
  RedisFloodCounter,
} from "./flood.js";
import { failoverEventLog, RedisEventLog } from "./redis-event-log.js";
import type { StoreLogger } from "./redis-link.js";

/** The local event file's folder when none is configured: `data/` in the project (gitignored). */
export const defaultDataDir = (): string => join(projectRoot(), "data");

/** Everything the bot keeps between questions, in one process or shared through Redis. */
export interface Stores {
  backend: "redis" | "local";
  events: EventLog;
  dedup: DedupStore;
  contexts: ContextStore;
  flood: FloodCounter;
  /** With Redis: whether it is connected now (else the stores run on their local fallbacks). */
  connected?: () => boolean;
  close(): Promise<void>;
}

export interface OpenStoresOptions {
  /** With a URL, Redis (falling back to local memory and files while it is away). */
  redisUrl?: string | undefined;
  dataDir: string;
  logger: StoreLogger;
  /** How long to wait for Redis at start before answering from local storage meanwhile. */
  connectWaitMs?: number;
}

/** Opens the stores for the bot. Never fails for want of Redis: it reconnects in the background. */
export async function openStores({
  redisUrl,
  dataDir: dir,
  logger,
  connectWaitMs = 2000,
}: OpenStoresOptions): Promise<Stores> {
  const local = {
    events: new FileEventLog({ dir }),
    dedup: new MemoryDedupStore(),
    contexts: new MemoryContextStore(),
    flood: new MemoryFloodCounter(),
  };
  if (!redisUrl) return { backend: "local", ...local, close: async () => {} };
  // ioredis is loaded only when Redis is configured: it costs memory and start-up time otherwise.
  const { RedisLink } = await import("./redis-link.js");
  const link = new RedisLink({ url: redisUrl, logger });
  if (await link.waitUntilReady(connectWaitMs)) logger.info(`Using Redis at ${link.where}`);
  const { client } = link;
  const events = failoverEventLog(link, new RedisEventLog(client), local.events);
  return {
    backend: "redis",
    events,
    dedup: failoverDedupStore(link, new RedisDedupStore(client), local.dedup),
    contexts: failoverContextStore(link, new RedisContextStore(client), local.contexts),
    flood: failoverFloodCounter(link, new RedisFloodCounter(client), local.flood),
    connected: () => link.ready,
    async close() {
      await events.handedOver();
      await link.close();
    },
  };
}

/**
 * The event log for one-shot readers (`containeros gaps`): the same store the bot writes, Redis
 * when REDIS_URL is set (an error if it cannot be reached), else the local file.
 */
export async function openEventLogForReading({
  redisUrl: url,
  dataDir,
}: Pick<CliEnv, "redisUrl" | "dataDir">): Promise<{
  log: EventLog;
  where: string;
  close(): Promise<void>;
}> {
  if (!url) {
    const log = new FileEventLog({ dir: dataDir ?? defaultDataDir() });
    return { log, where: log.file, close: async () => {} };
  }
  const quiet = { info: () => {}, warn: () => {} };
  const { RedisLink } = await import("./redis-link.js");
  const link = new RedisLink({ url, logger: quiet, reconnect: false, commandTimeoutMs: 10_000 });
  if (!(await link.waitUntilReady(3000))) {
    await link.close();
    throw new StoreUnavailableError(`could not connect to Redis at ${link.where} (REDIS_URL)`);
  }
  return {
    log: new RedisEventLog(link.client),
    where: `Redis at ${link.where}`,
    close: () => link.close(),
  };
}
