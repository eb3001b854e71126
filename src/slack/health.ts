import type { ServerResponse } from "node:http";
import type { CustomRoute } from "@slack/bolt";
import { formatProblem } from "../core/knowledge/problems.js";
import type { LiveKnowledge } from "../reload/live-knowledge.js";

export interface HealthReport {
  status: "ok";
  version: string;
  knowledge: {
    sources: number;
    systems: number;
    topics: number;
    facts: number;
    /** Same content, same fingerprint: compare instances after a rollout. */
    fingerprint: string;
    loadedAt: string;
    /** When the folder was last found valid: at load, or at a reload that found it unchanged. */
    checkedAt: string;
    /** Whether the latest reload failed: the folder holds problems, the bot answers as before. */
    reloadFailing: boolean;
    /** The last reload that found problems (the bot kept the knowledge it had), if any. */
    lastFailedReload: { at: string; problems: string[] } | null;
  };
}

/** What is being answered from right now; the status stays ok while old knowledge is kept. */
export function healthReport(knowledge: LiveKnowledge, version: string): HealthReport {
  const { kb, fingerprint, loadedAt } = knowledge.current();
  const failure = knowledge.lastFailure();
  return {
    status: "ok",
    version,
    knowledge: {
      sources: kb.sources.length,
      systems: kb.systems.length,
      topics: kb.topics.length,
      facts: kb.facts.length,
      fingerprint,
      loadedAt: loadedAt.toISOString(),
      checkedAt: knowledge.checkedAt().toISOString(),
      reloadFailing: knowledge.failing(),
      lastFailedReload: failure
        ? { at: failure.at.toISOString(), problems: failure.problems.map(formatProblem) }
        : null,
    },
  };
}

/** `GET /health` on the HTTP receiver, for load balancers and uptime checks; built per request. */
export function healthRoute(report: () => HealthReport): CustomRoute {
  return {
    path: "/health",
    method: ["GET"],
    handler: (_req, res: ServerResponse) => {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify(report()));
    },
  };
}
