import type { Catalog } from "../knowledge/catalog.js";
import { yearSpan } from "./citations.js";

function knownScope(catalog: Catalog): string {
  const systems = catalog.kb.systems.map((s) => s.name).join(", ");
  const years = yearSpan(catalog.kb.sources);
  return `${systems}, as described in ${catalog.kb.sources.length} articles from ${years}`;
}

/** What the bot knows and how to ask, for "help" and an empty question. */
export function helpText(catalog: Catalog, examples: string[]): string {
  const topics = catalog.kb.topics.map((t) => t.name.toLowerCase()).join("; ");
  return [
    `I answer questions about container operating systems: ${knownScope(catalog)}.`,
    `Topics: ${topics}.`,
    'Ask about a system and a topic, or compare systems side by side ("coreos vs atomic", "compare all on size").',
    `For example: ${examples.map((e) => `"${e}"`).join(", ")}.`,
  ].join("\n");
}

/** The honest "I don't know": what the bot covers, so the asker can rephrase. */
export function noMatchText(catalog: Catalog): string {
  return [
    "I don't know that. I can only answer from what my sources say about container operating systems:",
    `${knownScope(catalog)}.`,
    'Try one of the suggestions, or ask "help".',
  ].join("\n");
}

/**
 * "CoreOS: my sources (2014–2015) don't say whether it is still maintained or how it stands
 * today." The question names what the bot knows, but asks what sources of their time cannot.
 */
export function outOfScopeText(catalog: Catalog, label: string, systems: string[]): string {
  const names = systems.map((id) => catalog.system(id).name).join(" or ");
  return [
    `${names ? `${names}: my` : "My"} sources (${yearSpan(catalog.kb.sources)}) don't say ${label}. They were written before then, and I only answer from them.`,
    "Here is what they do cover nearby; try one of the suggestions.",
  ].join("\n");
}
