import type { Redis } from "ioredis";
import { ExpiringMap } from "./expiring-map.js";
import type { RedisLink } from "./redis-link.js";

/**
 * Remembers which Slack events were already handled, so a retry (`X-Slack-Retry-Num`, or a Socket
 * Mode redelivery) is not answered twice, even when it lands on another instance.
 */
export interface DedupStore {
  /** True the first time `id` is seen within the time limit, false for a repeat. */
  claim(id: string): Promise<boolean>;
}

/** Slack retries for about 5 minutes; remember a little longer. */
export const DEDUP_TTL_MS = 15 * 60_000;

/** One process's memory, bounded and expiring. */
export class MemoryDedupStore implements DedupStore {
  private readonly seen: ExpiringMap<true>;

  constructor(options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}) {
    this.seen = new ExpiringMap({ ttlMs: DEDUP_TTL_MS, maxEntries: 10_000, ...options });
  }

  get size(): number {
    return this.seen.size;
  }

  async claim(id: string): Promise<boolean> {
    if (this.seen.has(id)) return false;
    this.seen.set(id, true);
    return true;
  }
}

/** Shared by every instance: one atomic `SET key 1 NX PX ttl`, so exactly one claim wins. */
export class RedisDedupStore implements DedupStore {
  constructor(
    private readonly client: Redis,
    private readonly ttlMs = DEDUP_TTL_MS,
  ) {}

  async claim(id: string): Promise<boolean> {
    return (await this.client.set(`dedup:${id}`, "1", "PX", this.ttlMs, "NX")) === "OK";
  }
}

/**
 * Redis while it is there, this process's memory when it is not. Every id is also remembered
 * locally, so a retry that arrives during an outage is still recognised here.
 */
export const failoverDedupStore = (
  link: RedisLink,
  remote: DedupStore,
  local: DedupStore,
): DedupStore => ({
  async claim(id) {
    const first = await local.claim(id);
    return link.run(
      "deduplicating an event",
      () => remote.claim(id),
      () => first,
    );
  },
});
