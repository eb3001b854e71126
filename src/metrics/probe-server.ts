import { createServer, type Server } from "node:http";
import type { CustomRoute } from "@slack/bolt";
import type { HealthReport } from "../slack/health.js";
import { Metrics } from "./metrics.js";
import { probeRoutes } from "./routes.js";

const methodsOf = (route: CustomRoute) =>
  Array.isArray(route.method) ? route.method : [route.method];

/**
 * A plain HTTP server for the probe routes where no Bolt receiver serves them (the terminal chat):
 * exact paths, anything else 404. Resolves once listening; rejects if the port cannot be had.
 */
export function serveRoutes(port: number, routes: CustomRoute[]): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const route = routes.find((r) => r.path === path && methodsOf(r).includes(req.method ?? ""));
    if (route) route.handler(Object.assign(req, { params: {} }), res);
    else res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}

export interface Probes {
  metrics: Metrics;
  close(): Promise<void>;
}

/**
 * `/health` and `/metrics` on `port` for the terminal chat, which has no Bolt receiver. A port
 * already taken is reported through `warn`, and the chat goes on without them.
 */
export async function serveProbes(
  port: number,
  health: () => HealthReport,
  warn: (line: string) => void,
): Promise<Probes | undefined> {
  const metrics = new Metrics();
  try {
    const server = await serveRoutes(port, probeRoutes(health, metrics));
    return { metrics, close: () => new Promise((resolve) => server.close(() => resolve())) };
  } catch (error) {
    warn(`Not serving /health and /metrics on port ${port}: ${(error as Error).message}`);
    return undefined;
  }
}
