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
 * Each item whose key an earlier item already had, with that first item; items without a key are
 * skipped. What every duplicate check here reports.
 */
function repeats<T>(
  items: readonly T[],
  keyOf: (item: T) => string | undefined,
): { item: T; first: T }[] {
  const firstSeen = new Map<string, T>();
  return items.flatMap((item) => {
    const key = keyOf(item);
    if (key === undefined) return [];
    const first = firstSeen.get(key);
    if (first === undefined) {
      firstSeen.set(key, item);
      return [];
    }
    return [{ item, first }];
  });
}

/**
 * Reports every id that appears twice in one list. Reads the entries as written, so a duplicate
 * is reported even when it, or its twin, also fails the schema.
 */
export function duplicateIds(entries: unknown[], file: string, list: string): KnowledgeProblem[] {
  const kind = list.replace(/s$/, "");
  const ids = entries.map((entry, index) => ({ id: rawId(entry), index }));
  return repeats(ids, ({ id }) => id).map(({ item: { id, index } }) => ({
    file,
    path: `${entryPath(list, index, id)}.id`,
    message: `duplicate ${kind} id "${id}"`,
  }));
}

/**
 * A phrase listed twice in limits.yml, in one limit or two: a question can only match the first, so
 * the second is dead weight, or a curator's mistake about which limit it belongs to.
 */
export function duplicatePhrases(limits: Limit[], file: string): KnowledgeProblem[] {
  const listed = limits.flatMap((limit, i) =>
    limit.words.map((word, j) => ({ word, j, at: entryPath("limits", i, limit.id) })),
  );
  return repeats(listed, ({ word }) => word.trim().toLowerCase()).map(
    ({ item: { word, j, at }, first }) => ({
      file,
      path: `${at}.words[${j}]`,
      message: `"${word}" is listed already ${first.at === at ? "in this limit" : `in ${first.at}`}`,
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
  const ids = facts.map(({ entry, origin }) => ({ id: rawId(entry), origin }));
  return repeats(ids, ({ id }) => id).map(({ item: { id, origin }, first }) => ({
    file: origin.file,
    path: `${entryPath("facts", origin.index, id)}.id`,
    message: `duplicate fact id "${id}" (first in ${first.origin.file}: facts[${first.origin.index}])`,
  }));
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
