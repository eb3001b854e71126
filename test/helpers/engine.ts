import { createEngine, type Engine } from "../../src/core/engine.js";
import { loadKnowledge } from "../../src/core/knowledge/load.js";
import { defaultKnowledgeDir } from "../../src/core/project-root.js";

let shared: Engine | undefined;

/** The engine over the real knowledge base, built once per test file. */
export function realEngine(): Engine {
  shared ??= createEngine(loadKnowledge({ dir: defaultKnowledgeDir() }).kb);
  return shared;
}
