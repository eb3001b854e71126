import type { KnowledgeBase } from "../core/knowledge/schema.js";
import type { StoredEvent } from "../store/events.js";

export interface AskedSubject {
  /** A question that asks the same again, built from names (never the user's words). */
  question: string;
  count: number;
}

/** Comparisons of more systems than this read as "all". */
const MANY_SYSTEMS = 4;

/**
 * What answered questions were about, most frequent first: "CoreOS security", "compare CoreOS and
 * RancherOS on size". Built from ids and names only, so nothing a user typed is shown to others.
 */
export function mostAsked(
  events: readonly StoredEvent[],
  kb: KnowledgeBase,
  limit = 5,
): AskedSubject[] {
  const systemName = new Map(kb.systems.map((s) => [s.id, s.name]));
  const topicName = new Map(kb.topics.map((t) => [t.id, t.name.toLowerCase()]));
  const counts = new Map<string, { question: string; count: number; last: string }>();
  for (const event of events) {
    if (event.kind !== "asked") continue;
    const systems = [...event.systems].sort().map((id) => systemName.get(id) ?? id);
    const topics = [...event.topics].sort().map((id) => topicName.get(id) ?? id);
    const question = phrase(event.intent === "compare", systems, topics);
    if (question === "") continue;
    const entry = counts.get(question) ?? { question, count: 0, last: event.at };
    entry.count++;
    if (event.at > entry.last) entry.last = event.at;
    counts.set(question, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || b.last.localeCompare(a.last))
    .slice(0, limit)
    .map(({ question, count }) => ({ question, count }));
}

function phrase(compare: boolean, systems: string[], topics: string[]): string {
  const on = topics.length > 0 ? ` on ${topics.join(" and ")}` : "";
  if (!compare) return [...systems, ...topics].join(" ");
  if (systems.length === 0 || systems.length > MANY_SYSTEMS)
    return topics.length > 0 ? `compare all${on}` : "";
  if (systems.length === 1) return `compare ${systems[0]}${on}`;
  return `compare ${systems.slice(0, -1).join(", ")} and ${systems.at(-1)}${on}`;
}
