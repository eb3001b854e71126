/**
 * Remembers which Slack events were already handled, so a retry (`X-Slack-Retry-Num`, or a Socket
 * Mode redelivery) is not answered twice. Async so a shared store (Redis) can implement it.
 */
export interface DedupStore {
  /** True the first time `id` is seen within the time limit, false for a repeat. */
  claim(id: string): Promise<boolean>;
}

export interface MemoryDedupOptions {
  /** Slack retries for about 5 minutes; remember a little longer. */
  ttlMs?: number;
  /** Bounded memory: the oldest ids are forgotten first. */
  maxEntries?: number;
  now?: () => number;
}

/** One process's memory: a Map in insertion order, so the oldest entries are at the front. */
export class MemoryDedupStore implements DedupStore {
  private readonly seen = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor({
    ttlMs = 15 * 60_000,
    maxEntries = 10_000,
    now = Date.now,
  }: MemoryDedupOptions = {}) {
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
    this.now = now;
  }

  get size(): number {
    return this.seen.size;
  }

  async claim(id: string): Promise<boolean> {
    const now = this.now();
    for (const [key, expires] of this.seen) {
      if (expires > now) break;
      this.seen.delete(key);
    }
    if (this.seen.has(id)) return false;
    this.seen.set(id, now + this.ttlMs);
    if (this.seen.size > this.maxEntries) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }
}
