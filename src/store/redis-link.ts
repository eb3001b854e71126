import { Redis } from "ioredis";
import { errorMessage } from "./errors.js";

/** What the stores log through; Bolt's logger and `console` both fit. */
export interface StoreLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface RedisLinkOptions {
  url: string;
  logger: StoreLogger;
  /** Prepended to every key, so several deployments can share a server. */
  keyPrefix?: string;
  /** Keep reconnecting after a failure (the bot); off for one-shot commands (the CLI). */
  reconnect?: boolean;
  /** A command not answered within this time fails, so a stalled server cannot stall a reply. */
  commandTimeoutMs?: number;
}

/** host:port of a Redis URL, for messages: never the password. */
export function describeRedisUrl(url: string): string {
  try {
    const { hostname, port } = new URL(url);
    return `${hostname}:${port || "6379"}`;
  } catch {
    return "an invalid REDIS_URL";
  }
}

/**
 * One ioredis connection that fails fast (no offline queue, one retry, a command timeout) and
 * reconnects in the background. `run` tries Redis and falls back to a local answer when Redis is
 * away; the outage is logged once, and once more when Redis is back.
 */
export class RedisLink {
  readonly client: Redis;
  readonly where: string;
  private down = false;
  private closing = false;

  constructor(private readonly options: RedisLinkOptions) {
    this.where = describeRedisUrl(options.url);
    const reconnect = options.reconnect ?? true;
    this.client = new Redis(options.url, {
      keyPrefix: options.keyPrefix ?? "containeros:",
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: options.commandTimeoutMs ?? 1000,
      connectTimeout: 2000,
      retryStrategy: (times) => (reconnect ? Math.min(times * 200, 2000) : null),
    });
    this.client.on("error", (error: Error) => this.markDown(error.message));
    this.client.on("ready", () => this.markUp());
    this.client.on("close", () => this.markDown("connection closed"));
  }

  get ready(): boolean {
    return this.client.status === "ready";
  }

  get logger(): StoreLogger {
    return this.options.logger;
  }

  /** Calls `listener` each time the connection becomes ready: at first and after every outage. */
  onReady(listener: () => void): void {
    this.client.on("ready", listener);
  }

  /** Resolves true once connected, false if that does not happen within `timeoutMs`. */
  async waitUntilReady(timeoutMs: number): Promise<boolean> {
    if (this.ready) return true;
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.client.off("ready", onReady);
        this.client.off("end", onEnd);
        resolve(ok);
      };
      const onReady = () => done(true);
      const onEnd = () => done(false);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.client.on("ready", onReady);
      this.client.on("end", onEnd);
    });
  }

  /** Runs `remote` against Redis; when Redis is away or fails, returns `local()` instead. */
  async run<T>(
    what: string,
    remote: (client: Redis) => Promise<T>,
    local: () => T | Promise<T>,
  ): Promise<T> {
    if (!this.ready) {
      this.markDown(`not connected while ${what}`);
      return local();
    }
    try {
      const result = await remote(this.client);
      this.markUp();
      return result;
    } catch (error) {
      this.markDown(`${what}: ${errorMessage(error)}`);
      return local();
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.client.status === "end") return;
    try {
      await this.client.quit();
    } catch {
      this.client.disconnect();
    }
  }

  private markDown(reason: string): void {
    if (this.down || this.closing) return;
    this.down = true;
    this.options.logger.warn(
      `Redis at ${this.where} is unavailable (${reason}); using this process's memory and files until it is back`,
    );
  }

  private markUp(): void {
    if (!this.down || !this.ready) return;
    this.down = false;
    this.options.logger.info(`Redis at ${this.where} is back`);
  }
}
