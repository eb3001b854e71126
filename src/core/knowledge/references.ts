import type { KnowledgeProblem } from "./problems.js";
import type { Fact, KnowledgeBase } from "./schema.js";

/** Where a fact was read from, so cross-file problems can still name file and index. */
export interface FactOrigin {
  file: string;
  index: number;
}

interface Labelled {
  id: string;
}

/** Reports every id that appears twice in one list. */
export function duplicateIds(items: Labelled[], file: string, list: string): KnowledgeProblem[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return [];
    }
    return [
      {
        file,
        path: `${list}[${i}].id`,
        message: `duplicate ${list.replace(/s$/, "")} id "${item.id}"`,
      },
    ];
  });
}

/** The lists facts refer to; one left undefined could not be read, and is not checked against. */
export type ReferenceLists = Partial<Omit<KnowledgeBase, "facts">>;

/**
 * Checks that every id a fact names exists, and that fact ids are unique across all files.
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
  const firstSeen = new Map<string, FactOrigin>();
  const problems: KnowledgeProblem[] = [];

  facts.forEach((fact, i) => {
    const origin = origins[i] as FactOrigin;
    const at = (path: string, message: string) =>
      problems.push({ file: origin.file, path: `facts[${origin.index}]${path}`, message });
    const earlier = firstSeen.get(fact.id);
    if (earlier)
      at(
        ".id",
        `duplicate fact id "${fact.id}" (first in ${earlier.file}: facts[${earlier.index}])`,
      );
    else firstSeen.set(fact.id, origin);
    if (systems && !systems.has(fact.system)) at(".system", `unknown system "${fact.system}"`);
    if (topics && !topics.has(fact.topic)) at(".topic", `unknown topic "${fact.topic}"`);
    fact.sources.forEach((source, j) => {
      if (sources && !sources.has(source.id))
        at(`.sources[${j}].id`, `unknown source "${source.id}"`);
    });
  });
  return problems;
}
