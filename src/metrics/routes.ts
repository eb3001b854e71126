import type { ServerResponse } from "node:http";
import type { CustomRoute } from "@slack/bolt";
import { type HealthReport, healthRoute } from "../slack/health.js";
import type { Metrics } from "./metrics.js";

/** `GET /metrics` in Prometheus' text format, for a scraper. */
export function metricsRoute(metrics: Metrics): CustomRoute {
  return {
    path: "/metrics",
    method: ["GET"],
    handler: (_req, res: ServerResponse) => void serveMetrics(metrics, res),
  };
}

async function serveMetrics(metrics: Metrics, res: ServerResponse): Promise<void> {
  try {
    const body = await metrics.render();
    res.writeHead(200, { "content-type": metrics.contentType, "cache-control": "no-store" });
    res.end(body);
  } catch {
    res.writeHead(500).end();
  }
}

/**
 * What a container platform probes and scrapes: `/health` and `/metrics`, in every mode. `health`
 * is called per request, so it reports the knowledge being answered from now.
 */
export const probeRoutes = (health: () => HealthReport, metrics: Metrics): CustomRoute[] => [
  healthRoute(health),
  metricsRoute(metrics),
];
