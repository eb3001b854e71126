import type { Catalog } from "../knowledge/catalog.js";

/** Example questions built from the knowledge base itself, so they always have an answer. */
export function exampleQuestions(catalog: Catalog): string[] {
  const [first, second, third] = catalog.systemIds();
  const [size, , , , , , updates, security] = catalog.tableTopicIds();
  // The first three show the kinds of question (an answer, a comparison, all systems): help
  // lists those.
  const examples = [
    `${security ?? "security"} ${second ?? first}`,
    `${first} vs ${second}`,
    `compare all on ${size ?? "size"}`,
    `what init system does ${third ?? first} use?`,
    `${updates ?? "updates"}`,
  ];
  return examples.filter((e) => !e.includes("undefined"));
}

/**
 * Follow-ups worth asking next: after a comparison, the same systems on other topics and with one
 * more system; after an answer, other topics for the same system, or a comparison.
 */
export function relatedQuestions(catalog: Catalog, systems: string[], topics: string[]): string[] {
  const system = systems[0];
  if (!system) return exampleQuestions(catalog).slice(0, 3);
  if (systems.length > 1) return comparisonFollowUps(catalog, systems, topics);
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

/**
 * "coreos vs atomic on clustering" and "coreos vs atomic vs photon": what was compared, on topics
 * it did not cover where the sources speak of every compared system, and with a system that has
 * something on its topic. Whole questions rather than "and photon?", since a slash command or the
 * CLI has no conversation to read "and" in. When no system is left out, "compare all on …".
 */
function comparisonFollowUps(catalog: Catalog, columns: string[], topics: string[]): string[] {
  const topic = topics.length === 1 ? topics[0] : undefined;
  // A column the sources leave empty ("compare all" shows DCOS with no size) is no lead to follow.
  const spoken = columns.filter(
    (id) => topics.length === 0 || topics.some((t) => catalog.cell(id, t).length > 0),
  );
  const systems = spoken.length > 1 ? spoken : columns;
  const rival = catalog
    .systemIds()
    .find(
      (id) =>
        !systems.includes(id) &&
        catalog.cell(id, topic ?? catalog.tableTopicIds()[0] ?? "").length > 0,
    );
  const compared = rival ? systems.join(" vs ") : "compare all";
  const onTopics = [...catalog.tableTopicIds(), ...catalog.topicIds()]
    .filter((id, i, all) => all.indexOf(id) === i && !topics.includes(id))
    .filter((id) => systems.every((s) => catalog.cell(s, id).length > 0))
    .slice(0, 2)
    .map((id) => `${compared} on ${id}`);
  const widened = rival
    ? [`${systems.join(" vs ")} vs ${rival}${topic ? ` on ${topic}` : ""}`]
    : [];
  return [...onTopics, ...widened];
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
