import type { ServerResponse } from "node:http";
import type { CustomRoute } from "@slack/bolt";
import type { KnowledgeBase } from "../core/knowledge/schema.js";

export interface HealthReport {
  status: "ok";
  version: string;
  knowledge: { sources: number; systems: number; topics: number; facts: number };
}

export function healthReport(kb: KnowledgeBase, version: string): HealthReport {
  const { sources, systems, topics, facts } = kb;
  return {
    status: "ok",
    version,
    knowledge: {
      sources: sources.length,
      systems: systems.length,
      topics: topics.length,
      facts: facts.length,
    },
  };
}

/** `GET /health` on the HTTP receiver, for load balancers and uptime checks. */
export function healthRoute(report: HealthReport): CustomRoute {
  const body = JSON.stringify(report);
  return {
    path: "/health",
    method: ["GET"],
    handler: (_req, res: ServerResponse) => {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(body);
    },
  };
}
