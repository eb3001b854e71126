import type { Engine } from "../core/engine.js";
import type { Metrics } from "../metrics/metrics.js";
import type { ContextStore } from "../store/context-store.js";
import type { DedupStore } from "../store/dedup.js";
import type { EventLog } from "../store/events.js";
import type { FloodCounter } from "../store/flood.js";

/** What listeners need, passed in so tests and deployments (one process, or Redis) can swap parts. */
export interface SlackDeps {
  engine: Engine;
  dedup: DedupStore;
  /** Conversations per thread (per channel in a DM), so follow-ups resolve. */
  contexts: ContextStore;
  /** Feedback, unanswered questions and what was asked: for `containeros gaps` and App Home. */
  events: EventLog;
  /** Questions per person per minute, against floods. */
  flood: FloodCounter;
  /** This app's counters for `/metrics`. */
  metrics: Metrics;
}
