import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Metrics } from "../../metrics/metrics.js";
import { questionAsker } from "./flood-control.js";

/**
 * Global middleware, after flood control: times each question from reaching the listeners to its
 * listener done (the answer sent to Slack), by edge. Everything else passes through untimed.
 */
export const timeAnswers =
  (metrics: Metrics): Middleware<AnyMiddlewareArgs> =>
  async ({ body, next }) => {
    const edge = questionAsker(body as Record<string, unknown>)?.edge;
    if (!edge) return next();
    const started = performance.now();
    await next();
    metrics.observeLatency(edge, started);
  };
