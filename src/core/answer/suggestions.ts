import type { Catalog } from "../knowledge/catalog.js";

/** Example questions built from the knowledge base itself, so they always have an answer. */
export function exampleQuestions(catalog: Catalog): string[] {
  const [first, second, third] = catalog.systemIds();
  const [size, , , , , , updates, security] = catalog.tableTopicIds();
  const examples = [
    `${security ?? "security"} ${second ?? first}`,
    `what init system does ${third ?? first} use?`,
    `${first} vs ${second}`,
    `compare all on ${size ?? "size"}`,
    `${updates ?? "updates"}`,
  ];
  return examples.filter((e) => !e.includes("undefined"));
}

/** Follow-ups worth asking next: other topics for the same system, or a comparison. */
export function relatedQuestions(catalog: Catalog, systems: string[], topics: string[]): string[] {
  const system = systems[0];
  if (!system) return exampleQuestions(catalog).slice(0, 3);
  const others = catalog
    .topicIds()
    .filter((topic) => !topics.includes(topic) && catalog.cell(system, topic).length > 0)
    .slice(0, 2)
    .map((topic) => `${system} ${topic}`);
  const rival = catalog.systemIds().find((id) => !systems.includes(id));
  const compare =
    systems.length > 1 || !rival
      ? []
      : [`${system} vs ${rival}${topics[0] ? ` on ${topics[0]}` : ""}`];
  return [...others, ...compare];
}

/** Questions about the cells of the facts nearest to an unanswerable question ("coreos vendor"). */
export function nearestQuestions(catalog: Catalog, facts: number[], systems: string[]): string[] {
  const cells = facts.map((index) => {
    const { system, topic } = catalog.fact(index);
    return `${system} ${topic}`;
  });
  const nearest = [...new Set(cells)].slice(0, 3);
  return nearest.length > 0 ? nearest : relatedQuestions(catalog, systems, []);
}
