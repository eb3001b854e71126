import type { Catalog } from "../knowledge/catalog.js";
import type { WordHit } from "../match/fact-index.js";

/** How many facts an answer lists at most, so the text stays short and readable in a chat. */
export const MAX_ANSWER_FACTS = 8;
/** A word this rare (in about 1 fact in 12 or fewer) is precise enough to pull in a fact from another topic. */
const RESCUE_SCORE = 2.5;
/** Facts pulled in from other topics at most, so they sharpen an answer without swamping it. */
const MAX_RESCUED = 2;
/** Topics an overview shows at most. */
const OVERVIEW_TOPICS = 5;

/** Scores each fact by the rare question words it contains ("xfs" beats "filesystem"). */
export function relevance(hits: WordHit[]): Map<number, number> {
  const scores = new Map<number, number>();
  for (const hit of hits) {
    for (const fact of hit.facts) scores.set(fact, (scores.get(fact) ?? 0) + hit.weight);
  }
  return scores;
}

/**
 * Facts of one cell, best first: most relevant to the question's words; among equally relevant
 * ones, in the catalog's order (each article's best fact before any article's second).
 */
export function rankCell(
  catalog: Catalog,
  system: string,
  topic: string,
  scores: Map<number, number>,
): number[] {
  const facts = [...catalog.cell(system, topic)];
  if (!facts.some((index) => scores.has(index))) return facts;
  // A stable sort: ties keep the catalog's order.
  return facts.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
}

export interface Group {
  system: string;
  topic: string;
  facts: number[];
}

/**
 * Chooses the facts for a plain answer, grouped by system and topic, ranked by `relevance` scores.
 * Systems with no facts on the topics asked are left out; an empty system list means every system
 * with such facts.
 */
export function selectAnswerGroups(
  catalog: Catalog,
  systems: string[],
  topics: string[],
  scores: Map<number, number>,
): Group[] {
  if (systems.length === 0 && topics.length === 0) return groupsFromHits(catalog, scores);
  const candidates = systems.length > 0 ? systems : catalog.systemIds();
  let cells: { system: string; topic: string; best: number }[] = [];
  for (const system of candidates) {
    const wanted = topics.length > 0 ? topics : overviewTopics(catalog, system);
    for (const topic of wanted) {
      const cell = catalog.cell(system, topic);
      if (cell.length > 0) cells.push({ system, topic, best: bestScore(cell, scores) });
    }
  }
  // A topic-only question shows one fact a cell: rank only the cells that can be shown.
  if (systems.length === 0 && cells.length > MAX_ANSWER_FACTS) {
    cells = [...cells].sort((a, b) => b.best - a.best).slice(0, MAX_ANSWER_FACTS);
  }
  const groups: Group[] = cells.map(({ system, topic }) => ({
    system,
    topic,
    facts: rankCell(catalog, system, topic, scores),
  }));
  groups.push(...rescuedGroups(catalog, candidates, groups, scores));
  // With many groups, those holding the question's rare words come first.
  const best = (g: Group) => scores.get(g.facts[0] as number) ?? 0;
  groups.sort((a, b) => best(b) - best(a));
  return trimGroups(groups, factsPerGroup(systems.length, topics.length));
}

/** The highest relevance among some facts (a loop: a spread would overflow the stack on big sets). */
function bestScore(facts: Iterable<number>, scores: Map<number, number>): number {
  let best = 0;
  for (const fact of facts) best = Math.max(best, scores.get(fact) ?? 0);
  return best;
}

/**
 * Facts of the systems asked about that hold a rare word of the question but sit under another
 * topic ("photon on vsphere" finds the vSphere fact filed under use cases), when they match the
 * question better than any fact chosen: topics are a curator's judgement, and a precise word in
 * the question should not be lost to it.
 */
function rescuedGroups(
  catalog: Catalog,
  systems: readonly string[],
  groups: Group[],
  scores: Map<number, number>,
): Group[] {
  const taken = new Set(groups.flatMap((g) => g.facts));
  const bar = Math.max(RESCUE_SCORE, bestScore(taken, scores));
  const asked = new Set(systems);
  const candidates = [...scores].filter(([index, score]) => {
    const fact = catalog.fact(index);
    return score > bar && !taken.has(index) && asked.has(fact.system);
  });
  candidates.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const rescued = groupByCell(
    catalog,
    candidates.slice(0, MAX_RESCUED).map(([index]) => index),
  );
  for (const group of rescued)
    group.facts.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a - b);
  return rescued;
}

/** One fact a cell when many cells compete for the space (overviews, topic-only questions). */
function factsPerGroup(systems: number, topics: number): number {
  if (topics === 0 || systems !== 1) return systems > 1 && topics > 0 ? 2 : 1;
  return topics === 1 ? 4 : 2;
}

/**
 * One fact for each system (the first MAX_ANSWER_FACTS), in the catalog's order: its best fact on
 * the topic marked `overview` in topics.yml, or on the topic its sources say most about.
 */
export function landscapeGroups(catalog: Catalog, scores: Map<number, number>): Group[] {
  const introducing = catalog.overviewTopicIds();
  return catalog
    .systemIds()
    .slice(0, MAX_ANSWER_FACTS)
    .flatMap((system) => {
      const topic =
        introducing.find((id) => catalog.cell(system, id).length > 0) ??
        catalog.topicsByFactCount(system)[0];
      if (topic === undefined) return [];
      const best = rankCell(catalog, system, topic, scores)[0];
      return best === undefined ? [] : [{ system, topic, facts: [best] }];
    });
}

/** The topics the sources say most about for this system: what they find characteristic of it. */
function overviewTopics(catalog: Catalog, system: string): readonly string[] {
  return catalog.topicsByFactCount(system).slice(0, OVERVIEW_TOPICS);
}

function groupsFromHits(catalog: Catalog, scores: Map<number, number>): Group[] {
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_ANSWER_FACTS);
  return groupByCell(
    catalog,
    ranked.map(([index]) => index),
  );
}

/** Facts grouped by system and topic; groups, and facts within them, keep the order given. */
export function groupByCell(catalog: Catalog, facts: number[]): Group[] {
  const groups: Group[] = [];
  for (const index of facts) {
    const { system, topic } = catalog.fact(index);
    const group = groups.find((g) => g.system === system && g.topic === topic);
    if (group) group.facts.push(index);
    else groups.push({ system, topic, facts: [index] });
  }
  return groups;
}

/** Keeps at most `perGroup` facts a group and MAX_ANSWER_FACTS in all, dropping empty groups. */
function trimGroups(groups: Group[], perGroup: number): Group[] {
  let left = MAX_ANSWER_FACTS;
  const kept: Group[] = [];
  for (const group of groups) {
    if (left === 0) break;
    const facts = group.facts.slice(0, Math.min(perGroup, left));
    left -= facts.length;
    kept.push({ ...group, facts });
  }
  return kept;
}
