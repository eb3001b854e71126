import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import { ExpiringMap } from "./expiring-map.js";
import type { RedisLink } from "./redis-link.js";

/** Counts questions per sender in fixed one-minute windows, so a flood can be refused. */
export interface FloodCounter {
  /** Records one hit for `sender` and returns the hits in the current window, this one included. */
  hit(sender: string): Promise<number>;
}

export const FLOOD_WINDOW_MS = 60_000;

export class MemoryFloodCounter implements FloodCounter {
  private readonly counts: ExpiringMap<number>;

  constructor(
    private readonly windowMs = FLOOD_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.counts = new ExpiringMap({ ttlMs: windowMs, maxEntries: 10_000, now });
  }

  async hit(sender: string): Promise<number> {
    const key = `${sender}:${Math.floor(this.now() / this.windowMs)}`;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count;
  }
}

/** `INCR` + `PEXPIRE` on one key per sender and window; the sender id is stored hashed. */
export class RedisFloodCounter implements FloodCounter {
  constructor(
    private readonly client: Redis,
    private readonly windowMs = FLOOD_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async hit(sender: string): Promise<number> {
    const id = createHash("sha256").update(sender).digest("hex").slice(0, 16);
    const key = `flood:${id}:${Math.floor(this.now() / this.windowMs)}`;
    const results = await this.client.multi().incr(key).pexpire(key, this.windowMs).exec();
    const [error, count] = results?.[0] ?? [new Error("transaction discarded"), null];
    if (error) throw error;
    return Number(count);
  }
}

/** Redis while it is there, this process's own counts when it is not. */
export const failoverFloodCounter = (
  link: RedisLink,
  remote: FloodCounter,
  local: FloodCounter,
): FloodCounter => ({
  hit: (sender) =>
    link.run(
      "counting a question",
      () => remote.hit(sender),
      () => local.hit(sender),
    ),
});
