import { entryPath, type KnowledgeProblem } from "./problems.js";
import type { Fact, KnowledgeBase, Limit } from "./schema.js";

/** Where a fact was read from, so cross-file problems can still name file and index. */
export interface FactOrigin {
  file: string;
  index: number;
}

interface Labelled {
  id: string;
}

/** The id of an entry as the YAML held it, whether or not the entry passed the schema. */
export function rawId(entry: unknown): string | undefined {
  const id =
    typeof entry === "object" && entry !== null ? (entry as { id?: unknown }).id : undefined;
  return typeof id === "string" && id !== "" ? id : undefined;
}

/**
 * Reports every id that appears twice in one list. Reads the entries as written, so a duplicate
 * is reported even when it, or its twin, also fails the schema.
 */
export function duplicateIds(entries: unknown[], file: string, list: string): KnowledgeProblem[] {
  const seen = new Set<string>();
  return entries.flatMap((entry, i) => {
    const id = rawId(entry);
    if (id === undefined) return [];
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    const kind = list.replace(/s$/, "");
    return [
      { file, path: `${entryPath(list, i, id)}.id`, message: `duplicate ${kind} id "${id}"` },
    ];
  });
}

/**
 * A phrase listed twice in limits.yml, in one limit or two: a question can only match the first, so
 * the second is dead weight, or a curator's mistake about which limit it belongs to.
 */
export function duplicatePhrases(limits: Limit[], file: string): KnowledgeProblem[] {
  const firstSeen = new Map<string, string>();
  return limits.flatMap((limit, i) =>
    limit.words.flatMap((word, j) => {
      const phrase = word.trim().toLowerCase();
      const at = entryPath("limits", i, limit.id);
      const earlier = firstSeen.get(phrase);
      if (earlier === undefined) {
        firstSeen.set(phrase, at);
        return [];
      }
      const where = earlier === at ? "in this limit" : `in ${earlier}`;
      return [{ file, path: `${at}.words[${j}]`, message: `"${word}" is listed already ${where}` }];
    }),
  );
}

/** A fact as written in its file, valid or not, for checks across files. */
export interface RawFact {
  entry: unknown;
  origin: FactOrigin;
}

/** Fact ids are unique across all files; each repeat names where the id was first used. */
export function duplicateFactIds(facts: RawFact[]): KnowledgeProblem[] {
  const firstSeen = new Map<string, FactOrigin>();
  return facts.flatMap(({ entry, origin }) => {
    const id = rawId(entry);
    if (id === undefined) return [];
    const earlier = firstSeen.get(id);
    if (!earlier) {
      firstSeen.set(id, origin);
      return [];
    }
    return [
      {
        file: origin.file,
        path: `${entryPath("facts", origin.index, id)}.id`,
        message: `duplicate fact id "${id}" (first in ${earlier.file}: facts[${earlier.index}])`,
      },
    ];
  });
}

/** The lists facts refer to; one left undefined could not be read, and is not checked against. */
export type ReferenceLists = Partial<Omit<KnowledgeBase, "facts">>;

/**
 * Checks that every system, topic and source a fact names exists.
 * A list whose file is broken is skipped, so its one problem is not echoed by every fact.
 */
export function factReferenceProblems(
  kb: ReferenceLists,
  facts: Fact[],
  origins: FactOrigin[],
): KnowledgeProblem[] {
  const ids = (list?: Labelled[]) => (list ? new Set(list.map((item) => item.id)) : undefined);
  const sources = ids(kb.sources);
  const systems = ids(kb.systems);
  const topics = ids(kb.topics);
  const problems: KnowledgeProblem[] = [];

  facts.forEach((fact, i) => {
    const origin = origins[i] as FactOrigin;
    const at = (path: string, message: string) =>
      problems.push({
        file: origin.file,
        path: `${entryPath("facts", origin.index, fact.id)}${path}`,
        message,
      });
    if (systems && !systems.has(fact.system)) at(".system", `unknown system "${fact.system}"`);
    if (topics && !topics.has(fact.topic)) at(".topic", `unknown topic "${fact.topic}"`);
    fact.sources.forEach((source, j) => {
      if (sources && !sources.has(source.id))
        at(`.sources[${j}].id`, `unknown source "${source.id}"`);
    });
  });
  return problems;
}
