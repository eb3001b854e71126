import type { Catalog } from "../knowledge/catalog.js";
import { yearSpan } from "./citations.js";
import { attribution } from "./compose-text.js";

function knownScope(catalog: Catalog): string {
  const systems = catalog.kb.systems.map((s) => s.name).join(", ");
  const years = yearSpan(catalog.kb.sources);
  return `${systems}, as described in ${catalog.kb.sources.length} articles from ${years}`;
}

/** Examples help shows, one a line: enough to see the kinds of question, few enough to scan. */
export const HELP_EXAMPLES = 3;

/**
 * What the bot knows and how to ask, for "help" and an empty question, short enough to scan:
 * what to ask, a few examples, and the sources with their age.
 */
export function helpText(catalog: Catalog, examples: string[]): string {
  const systems = catalog.kb.systems.map((s) => s.name).join(", ");
  const topics = catalog.tableTopicIds().slice(0, 4).join(", ");
  const { sources } = catalog.kb;
  return [
    `Ask me about a container OS (${systems}) and a topic (${topics}, …), or compare them.`,
    "For example:",
    ...examples.slice(0, HELP_EXAMPLES).map((example) => `• ${example}`),
    `My answers come only from ${sources.length} articles (${yearSpan(sources)}); things may have changed since.`,
  ].join("\n");
}

/** The reply to thanks: short, and where to go next. */
export function thanksText(catalog: Catalog): string {
  const systems = catalog.kb.systems.map((s) => s.name).join(", ");
  return `Glad to help. Ask me anything else about ${systems}, or say "help" for examples.`;
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
 * The question names a known system, but nothing its sources say matches the rest of it: say so,
 * rather than answer something else about the system.
 */
export function unsureText(catalog: Catalog, systems: string[]): string {
  const names = systems.map((id) => catalog.system(id).name).join(" or ");
  return [
    `I couldn't find what you asked about ${names} in my sources (${yearSpan(catalog.kb.sources)}).`,
    "Here is what they do cover; try one of the suggestions, or rephrase.",
  ].join("\n");
}

/**
 * "Mesosphere DCOS: my sources (2014–2015) say nothing on its kernel version." The system and the
 * topic are known, but no source says anything about the one on the other.
 */
export function topicGapText(catalog: Catalog, systems: string[], topics: string[]): string {
  const about = topics.map((id) => catalog.topic(id).name.toLowerCase()).join(" or ");
  const on = about ? ` on ${about}` : "";
  const said = `${mySources(catalog, systems)} say nothing${on}.`;
  return [said, "Here is what they do cover; try one of the suggestions, or rephrase."].join("\n");
}

/**
 * "CoreOS: my sources (2014–2015) don't say whether it is still maintained or how it stands
 * today." The question names what the bot knows, but asks what sources of their time cannot.
 */
export function outOfScopeText(
  catalog: Catalog,
  label: string,
  systems: string[],
  nearest: string[] = [],
): string {
  const said = `${mySources(catalog, systems)} don't say ${label}. I answer only from them.`;
  return nearest.length > 0
    ? [said, "The nearest they come:", ...nearest, "Try one of the suggestions for more."].join(
        "\n",
      )
    : [said, "Here is what they do cover nearby; try one of the suggestions."].join("\n");
}

/**
 * "CoreOS: my sources (2014–2015) don't give Docker 1.6; this is what they say." A number the
 * question claims that the facts give otherwise: the answer that follows corrects it.
 */
export function claimNote(
  catalog: Catalog,
  claim: { name: string; number: string },
  systems: string[],
): string {
  return `${mySources(catalog, systems)} don't give ${claim.name} ${claim.number}; this is what they say:`;
}

/** "more" after the last fact on a topic: what was all, and what follows instead. */
export function shownAllNote(catalog: Catalog, topics: string[], systems: string[]): string {
  const about = topics.map((id) => catalog.topic(id).name.toLowerCase()).join(" and ");
  const names = systems.map((id) => catalog.system(id).name).join(" and ");
  return `That was all my sources say on ${about}. More about ${names}:`;
}

/**
 * "did hayden mention rancheros?": the article asked about says nothing of it (or nothing of what
 * is asked), so what follows comes from the others; the answer must not read as that article's.
 */
export function sourceSilentNote(catalog: Catalog, source: string, systems: string[]): string {
  const said = catalog.source(source);
  const covered = systems.some((system) =>
    catalog.factsOf(system).some((index) => catalog.cites(index, source)),
  );
  const names = systems.map((id) => catalog.system(id).name).join(" or ");
  const what = covered || !names ? "this" : `anything about ${names}`;
  return `"${said.title}" (${attribution(said)}) doesn't say ${what}; my other sources do:`;
}

/** "what does metral cover?": what follows is that article's, system by system. */
export function sourceOverviewNote(catalog: Catalog, source: string): string {
  const said = catalog.source(source);
  return `What "${said.title}" (${attribution(said)}) says, system by system:`;
}

/** "CoreOS: my sources (2014–2015)", or "My sources (2014–2015)" when no system is named. */
function mySources(catalog: Catalog, systems: string[]): string {
  const names = systems.map((id) => catalog.system(id).name).join(" or ");
  return `${names ? `${names}: my` : "My"} sources (${yearSpan(catalog.kb.sources)})`;
}
