import { appendFileSync, cpSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/core/project-root.js";
import { applyMutations, brokenKnowledge, type KnowledgeMutation } from "./knowledge.js";

/** A made-up article about a made-up system, with what a curator adds for it (test/fixtures/curated). */
export const CURATED = join(projectRoot(), "test", "fixtures", "curated");
export const CURATED_SOURCE = {
  id: "fernhill-2026",
  title: "Kestrel Linux in 2026: a field report",
  file: "sources/kestrel-2026.md",
};
/** The curated facts, in facts/fernhill-2026.yml of a copy. */
export const CURATED_FACTS_FILE = "facts/fernhill-2026.yml";

const fixture = (name: string) => readFileSync(join(CURATED, name), "utf8");

/**
 * Adds the curated source (its text, its entry in sources.yml), the system and the facts to a
 * knowledge folder, as a curator would: source first, facts last, so a watcher may see each step.
 */
export function addCurated(dir: string): void {
  mkdirSync(join(dir, "sources"), { recursive: true });
  cpSync(join(CURATED, CURATED_SOURCE.file), join(dir, CURATED_SOURCE.file));
  appendFileSync(join(dir, "sources.yml"), fixture("source.yml"));
  appendFileSync(join(dir, "systems.yml"), fixture("system.yml"));
  cpSync(join(CURATED, "facts.yml"), join(dir, CURATED_FACTS_FILE));
}

/** A temporary copy of the real knowledge with the curated source added, then `mutations`. */
export function curatedKnowledge(...mutations: KnowledgeMutation[]): string {
  const dir = brokenKnowledge();
  addCurated(dir);
  return applyMutations(dir, mutations);
}
