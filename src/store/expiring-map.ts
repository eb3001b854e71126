export interface ExpiringMapOptions {
  ttlMs: number;
  /** Bounded memory: past this many entries the oldest are forgotten first. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * A Map whose entries expire. Entries stay in insertion order (a write moves an entry to the end),
 * so with one time limit the oldest are always at the front and pruning stops at the first live one.
 */
export class ExpiringMap<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor({ ttlMs, maxEntries = 10_000, now = Date.now }: ExpiringMapOptions) {
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
    this.now = now;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expires > this.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, value: V): void {
    const now = this.now();
    this.prune(now);
    this.entries.delete(key);
    this.entries.set(key, { value, expires: now + this.ttlMs });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  private prune(now: number): void {
    for (const [key, { expires }] of this.entries) {
      if (expires > now) return;
      this.entries.delete(key);
    }
  }
}
