import type { Redis } from "ioredis";
import { errorMessage } from "./errors.js";
import {
  type EventLog,
  type HandoverEventLog,
  type ReadOptions,
  readStoredEvent,
  type StoredEvent,
  serialiseEvent,
} from "./events.js";
import type { RedisLink } from "./redis-link.js";

const PAGE = 1000;

/**
 * Events in one Redis stream shared by every instance: XADD appends atomically, trimmed to about
 * `maxLength` entries; stream ids are times, so `since` reads only the recent part.
 */
export class RedisEventLog implements EventLog {
  constructor(
    private readonly client: Redis,
    private readonly key = "events",
    private readonly maxLength = 100_000,
  ) {}

  async append(event: StoredEvent): Promise<void> {
    const json = serialiseEvent(event);
    await this.client.xadd(this.key, "MAXLEN", "~", String(this.maxLength), "*", "e", json);
  }

  async read({ since }: ReadOptions = {}): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    let start = since ? String(since.getTime()) : "-";
    for (;;) {
      const page = await this.client.xrange(this.key, start, "+", "COUNT", PAGE);
      for (const [, fields] of page) {
        const event = readStoredEvent(fieldValue(fields, "e") ?? "", since);
        if (event) events.push(event);
      }
      const last = page[page.length - 1];
      if (!last || page.length < PAGE) return events;
      start = `(${last[0]}`;
    }
  }
}

function fieldValue(fields: string[], name: string): string | undefined {
  for (let i = 0; i + 1 < fields.length; i += 2) {
    if (fields[i] === name) return fields[i + 1];
  }
  return undefined;
}

/**
 * Redis while it is there; while it is away, events go to (and are read from) the local file.
 * Each time Redis is ready (at start, and after an outage) the local file's events are copied
 * into it, so curators reading Redis see what was asked meanwhile; if Redis goes away again
 * during the copy, what is left goes back to the file for the next time.
 */
export function failoverEventLog(
  link: RedisLink,
  remote: EventLog,
  local: HandoverEventLog,
): EventLog & { handedOver: () => Promise<void> } {
  let handover: Promise<void> = Promise.resolve();
  const handOver = async () => {
    const { events, done } = local.take();
    let copied = 0;
    try {
      for (const event of events) {
        await remote.append(event);
        copied++;
      }
    } catch (error) {
      link.logger.warn(
        `Could not copy the local events into Redis (${errorMessage(error)}); keeping them`,
      );
      for (const event of events.slice(copied)) await local.append(event);
    }
    done();
    if (copied > 0) {
      link.logger.info(
        `Copied ${copied} event${copied === 1 ? "" : "s"} recorded locally into Redis`,
      );
    }
  };
  const scheduleHandover = () => {
    handover = handover.then(handOver).catch((error: unknown) => {
      link.logger.warn(`Could not hand the local events over to Redis: ${errorMessage(error)}`);
    });
  };
  link.onReady(scheduleHandover);
  // Connected already (start-up waits for Redis): hand over what an earlier run left locally.
  if (link.ready) scheduleHandover();
  return {
    append: (event) =>
      link.run(
        "recording an event",
        () => remote.append(event),
        () => local.append(event),
      ),
    read: (options) =>
      link.run(
        "reading events",
        () => remote.read(options),
        () => local.read(options),
      ),
    /** Settles once the latest hand-over has finished (for shutdown and tests). */
    handedOver: () => handover,
  };
}
