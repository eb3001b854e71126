import { createHash } from "node:crypto";
import type { KnowledgeBase } from "../core/knowledge/schema.js";

/**
 * A short hash of the knowledge's content, the same on every instance that loaded the same
 * files: compare it across instances to see that a rollout reached all of them.
 */
export function fingerprint(kb: KnowledgeBase): string {
  return createHash("sha256").update(JSON.stringify(kb)).digest("hex").slice(0, 16);
}
