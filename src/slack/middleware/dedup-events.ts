import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { DedupStore } from "../../store/dedup.js";

/**
 * Global middleware: Bolt hands retried events (`X-Slack-Retry-Num`) and Socket Mode redeliveries
 * to listeners again; this lets each `event_id` through once.
 */
export const dedupEvents =
  (store: DedupStore): Middleware<AnyMiddlewareArgs> =>
  async ({ body, context, logger, next }) => {
    const eventId = "event_id" in body ? body.event_id : undefined;
    if (typeof eventId === "string" && !(await store.claim(eventId))) {
      const retry = context.retryNum === undefined ? "" : ` (retry ${context.retryNum})`;
      logger.info(`Skipping event ${eventId}${retry}: already answered`);
      return;
    }
    await next();
  };
