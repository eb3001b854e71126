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

/** Checks that every id a fact names exists, and that fact ids are unique across all files. */
export function factReferenceProblems(
  kb: Omit<KnowledgeBase, "facts">,
  facts: Fact[],
  origins: FactOrigin[],
): KnowledgeProblem[] {
  const sources = new Set(kb.sources.map((s) => s.id));
  const systems = new Set(kb.systems.map((s) => s.id));
  const topics = new Set(kb.topics.map((t) => t.id));
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
    if (!systems.has(fact.system)) at(".system", `unknown system "${fact.system}"`);
    if (!topics.has(fact.topic)) at(".topic", `unknown topic "${fact.topic}"`);
    fact.sources.forEach((source, j) => {
      if (!sources.has(source.id)) at(`.sources[${j}].id`, `unknown source "${source.id}"`);
    });
  });
  return problems;
}
