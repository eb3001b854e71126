import type { Engine } from "../core/engine.js";
import type { DedupStore } from "../store/dedup.js";

/** What listeners need, passed in so tests and later features (Redis, thread context) can swap parts. */
export interface SlackDeps {
  engine: Engine;
  dedup: DedupStore;
}
