import type { Catalog } from "../knowledge/catalog.js";
import type { WordHit } from "../match/fact-index.js";
import { wordKey } from "../match/fact-words.js";
import type { Cue } from "../match/match-question.js";
import { tokenise } from "../match/normalise.js";
import { NAMING_TOPIC_WEIGHT } from "../match/resolve.js";

/** How many facts an answer shows at once; the rest wait for "more". */
export const MAX_SHOWN_FACTS = 5;
/** Facts an answer ranks at most (what "more" can still show). */
const MAX_RANKED_FACTS = 20;
/** A guessed word (a typo or an abbreviation) counts this much of an exact one. */
const GUESS_SHARE = 0.5;
/**
 * What naming a topic adds to each of its facts: about a third of a rare word's BM25 weight
 * (3-5), so "system-docker" pulls its own facts ahead of every Docker fact, while with nothing
 * more precise in the question the topic's facts are the answer.
 */
const TOPIC_BOOST = 1;
/** Each later topic named counts this much less: the first one named is what is asked. */
const LATER_TOPIC_STEP = 0.2;
/** The lead (the curator's, or a cell's only fact) decides among facts the question does not tell apart. */
const LEAD_BONUS = 0.6;
/** Facts scoring under this share of the best are about something else and are left out. */
const KEEP_SHARE = 0.5;
/**
 * The share a fact off every topic asked must reach: "init" also appears in the cloud-init fact,
 * which is no answer to "what init system", while a fact this close to the best is.
 */
const OFF_TOPIC_KEEP_SHARE = 0.8;
/** Among several systems, each further fact of a system counts this much less (see takeTurns). */
const SAME_SYSTEM_STEP = 0.5;
/** Candidates the turn-taking looks at: the best few hundred are plenty for 20 places. */
const MAX_CANDIDATES = 200;

/** How a fact gives a reason: what a "why" question asks for. */
const REASON =
  /\b(because|reason|so that|since|thanks to|in order to|so you can|which is why|response to|to avoid|philosophy|making it|which makes)\b/i;
/** How a fact tells where something came from: "taken from OpenShift", "based on ChromeOS". */
const ORIGIN =
  /\b(taken from|based on|comes from|derived from|assembled from|built from|created by)\b/i;
/** How a fact tells what a thing makes possible: "you can add new units", "lets you". */
const ABLE = /\b(you can|can be|lets you|allows|enables)\b/i;
/** How a fact gives a way to get something: "through 'toolbox'", "via containers". */
const MEANS = /\b(through|via)\b/i;
/** How a fact tells what a thing is for: "handy for storing", "used for service discovery". */
const PURPOSE = /\b(used for|handy for|for shared)\b/i;
/** How a fact names things of a kind by example: "such as udev, DHCP and the console". */
const EXAMPLES = /\b(such as|including|for example|e\.g\.)/i;
/** How a fact dates an event: what a "when did it start" question asks for. */
const EVENT = /\b(announced|released|started|launched|founded|created|generally available)\b/i;
const YEAR = /\b(?:19|20)\d\d\b(?!\))/;
const CITED_YEAR = /\((?:19|20)\d\d\)/g;
const YEARS = /\b(?:19|20)\d\d\b/g;
/** How a fact gives an amount: a figure or a counted word ("164 MB", "two Docker daemons"). */
const AMOUNT =
  /\d|\ba\/b\b|\b(less|fewer|little|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|single|twice|double|half)\b/i;
/** How a fact says a thing is missing: "no python", "lacks". */
const ABSENCE = /\b(no|none|lacks?|without)\b/i;
/** What answering the kind of question asked adds to a fact's score. */
const CUE_BONUS = 3;
/** What being from the source the asker names adds: as much as a topic asked. */
const SOURCE_BONUS = 1;
const cuedByCatalog = new WeakMap<Catalog, Record<Cue, number[]>>();

/**
 * Whether a fact's wording could answer the kind of question at all: a date for "when did…",
 * a figure for "how many…". Every fact can hold a reason, said or not.
 */
export function canAnswer(catalog: Catalog, index: number, cue: Cue): boolean {
  const { text } = catalog.fact(index);
  // "In April 2014", or by release: "Starting with Fedora 21"; "(2015)" only cites an article.
  if (cue === "when") return /\d/.test(text.replace(CITED_YEAR, ""));
  // "In 2014" dates a claim; it counts nothing.
  return cue === "amount" ? AMOUNT.test(text.replace(YEARS, "")) : true;
}

/** "announced", "released": a fact that tells of an event, not only a claim ("In 2014 …"). */
export function tellsAnEvent(catalog: Catalog, index: number): boolean {
  return EVENT.test(catalog.fact(index).text);
}

/** The scores with CUE_BONUS added to every fact worded as an answer to `cue`. */
export function withCue(
  catalog: Catalog,
  scores: Map<number, number>,
  cue: Cue,
  topics: readonly string[],
  reasonFirst = false,
): Map<number, number> {
  let cued = cuedByCatalog.get(catalog);
  if (!cued) {
    const facts = catalog.allFacts();
    const text = (index: number) => catalog.fact(index).text;
    cued = {
      why: facts.filter((index) => REASON.test(text(index))),
      // "(2015)" cites an article; "announced … in April 2014" dates an event.
      when: facts.filter((index) => tellsAnEvent(catalog, index) && YEAR.test(text(index))),
      amount: facts.filter((index) => canAnswer(catalog, index, "amount")),
      way: facts.filter((index) => MEANS.test(text(index))),
      purpose: facts.filter((index) => PURPOSE.test(text(index))),
      origin: facts.filter((index) => ORIGIN.test(text(index))),
      able: facts.filter((index) => ABLE.test(text(index))),
      examples: facts.filter((index) => EXAMPLES.test(text(index))),
    };
    cuedByCatalog.set(catalog, cued);
  }
  // A fact that answers the kind of question must also be about what is asked: one the
  // question's words reach, or one on the topic asked ("how come?" after RancherOS's two Docker
  // daemons). With neither, any fact of the system does ("since when coreos exists"), but not
  // for what a thing is used for: "what is coreos used for?" asks its use cases, not etcd's.
  const asked = cued[cue].filter(
    (index) =>
      scores.has(index) ||
      (topics.length > 0
        ? topics.includes(catalog.fact(index).topic)
        : scores.size === 0 && cue !== "purpose"),
  );
  // "why is rancheros so tiny?" names nothing but its topic: the reason, not the curator's lead
  // for the topic, answers it.
  return withBonus(scores, asked, reasonFirst ? CUE_BONUS + LEAD_BONUS : CUE_BONUS);
}

/**
 * The scores with CUE_BONUS more for the facts that give a way around something missing, when the
 * question's words (`said`) reach both such a fact and one that only says what is missing: "how
 * do i get python on coreos?" asks for the toolbox ("the tools it lacks … through toolbox"), not
 * that CoreOS ships no python (which is why it is asked); "how do i get coreos?" misses nothing.
 */
export function withWayPastAbsence(
  catalog: Catalog,
  scores: Map<number, number>,
  said: ReadonlyMap<number, number>,
): Map<number, number> {
  const text = (index: number) => catalog.fact(index).text;
  const reached = [...said.keys()].filter((index) => ABSENCE.test(text(index)));
  const around = reached.filter((index) => MEANS.test(text(index)));
  if (around.length === reached.length) return scores;
  return withBonus(scores, around);
}

/**
 * The scores with SOURCE_BONUS added to the facts of the source the asker names ("inovex says the
 * coreos docker version is what?"), among those the question reaches by its words or topics; when
 * it asks nothing else ("what does rosland say about rancheros?"), among the named systems' facts.
 */
export function withSource(
  catalog: Catalog,
  scores: Map<number, number>,
  source: string,
  { topics, systems }: { topics: readonly string[]; systems: readonly string[] },
): Map<number, number> {
  const asked = [
    ...scores.keys(),
    ...topics.flatMap((topic) => catalog.factsOn(topic)).filter((index) => !scores.has(index)),
  ];
  const reached = asked.length > 0 ? asked : systems.flatMap((system) => catalog.factsOf(system));
  const cited = reached.filter((index) => catalog.cites(index, source));
  return withBonus(scores, cited, SOURCE_BONUS);
}

/**
 * The scores with CUE_BONUS added to the systems' facts on the topic a "which …" names: "which
 * kernel was the photon tech preview on?" asks for the kernel, whatever else its words reach.
 */
export function withAnswerTopic(
  catalog: Catalog,
  scores: Map<number, number>,
  topic: string,
  systems: readonly string[],
): Map<number, number> {
  return withBonus(
    scores,
    systems.flatMap((system) => catalog.cell(system, topic)),
  );
}

/**
 * The scores with CUE_BONUS added to every fact that says what `word` is ("rkt, a separate
 * container runtime engine", "Cockpit, a browser-based GUI", "fleet … is a distributed init
 * system"): what "what is rkt?" asks for, before facts that only mention it.
 */
export function withDefinition(
  catalog: Catalog,
  scores: Map<number, number>,
  hit: WordHit,
): Map<number, number> {
  const defining = hit.facts.filter((index) => definedIn(catalog, index).includes(hit.word));
  return withBonus(scores, defining);
}

function withBonus(
  scores: Map<number, number>,
  facts: readonly number[],
  bonus = CUE_BONUS,
): Map<number, number> {
  const boosted = new Map(scores);
  for (const index of facts) boosted.set(index, (boosted.get(index) ?? 0) + bonus);
  return boosted;
}

/**
 * The words (as keys) a fact says what they are. Read once per fact: tokenising every fact of a
 * common word on each question cost 1.3 ms of p99 at 100x knowledge.
 */
function definedIn(catalog: Catalog, index: number): readonly string[] {
  let known = definedByCatalog.get(catalog);
  if (!known) {
    known = new Map();
    definedByCatalog.set(catalog, known);
  }
  let defined = known.get(index);
  if (!defined) {
    defined = definedWords(catalog.fact(index).text);
    known.set(index, defined);
  }
  return defined;
}

const definedByCatalog = new WeakMap<Catalog, Map<number, readonly string[]>>();

/** The words (as keys) a text says what they are: "rkt, a separate …" defines "rkt". */
function definedWords(text: string): readonly string[] {
  const tokens = tokenise(text);
  return tokens.flatMap((token, i) =>
    DEFINING.test(tokens.slice(i + 1, i + 4).join(" ")) ? [wordKey(token)] : [],
  );
}

/** What follows a word a fact defines: "a …", "an …", "is a …", "was an …". */
const DEFINING = /^(?:(?:is|was) )?(?:a|an) /;

/**
 * Scores each fact by BM25 over the question's words: rare words weigh more ("xfs" beats
 * "filesystem"), and a word counts more in a short fact than in a long one. Without `topicWords`,
 * words that named a topic count for nothing, a comparison already has its topic, unless they are
 * as rare as a tool's name ("ldap on both?" ranks each cell's LDAP fact first). With `keep`,
 * only the facts it keeps are scored (those of the systems asked about).
 */
export function relevance(
  hits: WordHit[],
  { topicWords = true, keep }: { topicWords?: boolean; keep?: (fact: number) => boolean } = {},
): Map<number, number> {
  const scores = new Map<number, number>();
  for (const hit of hits) {
    if (hit.topicWord && !topicWords && hit.weight < NAMING_TOPIC_WEIGHT) continue;
    const weight = hit.weight * (hit.scale ?? 1) * (hit.exact ? 1 : GUESS_SHARE);
    for (let i = 0; i < hit.facts.length; i++) {
      const fact = hit.facts[i] as number;
      if (keep && !keep(fact)) continue;
      scores.set(fact, (scores.get(fact) ?? 0) + weight * (hit.tf[i] as number));
    }
  }
  return scores;
}

/**
 * Facts of one cell, best first: most relevant to the question's words; among equally relevant
 * ones, in the catalog's order (the curator's lead first).
 */
export function rankCell(
  catalog: Catalog,
  system: string,
  topic: string,
  scores: Map<number, number>,
): number[] {
  const facts = [...catalog.cell(system, topic)];
  if (!facts.some((index) => scores.has(index))) return facts;
  const score = (index: number) =>
    (scores.get(index) ?? 0) + (catalog.isLead(index) ? LEAD_BONUS : 0);
  // A stable sort: ties keep the catalog's order.
  return facts.sort((a, b) => score(b) - score(a));
}

export interface Group {
  system: string;
  topic: string;
  facts: number[];
}

/**
 * Fact-first retrieval for a plain answer: every fact of the systems asked about (all systems when
 * none is named) is scored against the whole question — its words by BM25, a boost for the topics
 * named, the curator's lead as a tie-breaker — and the best come first, whatever topic they are
 * filed under. Facts far below the best are about something else and are dropped, so a term one
 * system's facts name ("system-docker") answers for that system alone. A system named with
 * nothing else gets an overview: its lead facts on the topics its sources say most about.
 */
export function rankAnswerFacts(
  catalog: Catalog,
  systems: readonly string[],
  topics: readonly string[],
  scores: Map<number, number>,
): number[] {
  const boost = new Map(
    topics.map((topic, i) => [topic, TOPIC_BOOST * Math.max(0.6, 1 - LATER_TOPIC_STEP * i)]),
  );
  // Two plain arrays, not an object per fact, and each topic's facts in one list (Catalog.factsOn):
  // at 100x knowledge a topic reaches thousands of facts and few are kept. With both, the matcher's
  // p99 at 100x went from 7.8-9.4 ms to 3.7-4.2 ms (the same run, old and new code interleaved).
  const reached: number[] = [];
  const reachedScores: number[] = [];
  const consider = (index: number) => {
    const asked = (scores.get(index) ?? 0) + (boost.get(catalog.fact(index).topic) ?? 0);
    if (asked <= 0) return;
    reached.push(index);
    reachedScores.push(asked + (catalog.isLead(index) ? LEAD_BONUS : 0));
  };
  if (systems.length > 0) for (const system of systems) catalog.factsOf(system).forEach(consider);
  else {
    // Across all systems, only facts the words or the topics reach can score: at 100x knowledge
    // scanning all 29,100 facts made a question beyond the sources take 12 to 15 ms.
    for (const index of scores.keys()) consider(index);
    for (const topic of topics)
      for (const index of catalog.factsOn(topic)) if (!scores.has(index)) consider(index);
  }
  if (reached.length === 0) {
    // Nothing on the topics asked is "nothing", not an overview of something else.
    // Several systems ("more" after a comparison) take turns, each from what characterises it.
    return topics.length > 0 ? [] : inTurns(systems.map((system) => overview(catalog, system)));
  }
  const best = reachedScores.reduce((top, score) => Math.max(top, score), 0);
  // Dropped before sorting: across 600 systems at 100x, most facts a topic reaches fall far short.
  const kept: { index: number; score: number }[] = [];
  reached.forEach((index, i) => {
    const score = reachedScores[i] as number;
    const onTopic = boost.has(catalog.fact(index).topic);
    const share = topics.length === 0 || onTopic ? KEEP_SHARE : OFF_TOPIC_KEEP_SHARE;
    // A named system's facts on a named topic always belong to the answer, if only after "more".
    if (score >= share * best || (systems.length > 0 && onTopic)) kept.push({ index, score });
  });
  kept.sort((a, b) => b.score - a.score || catalog.rank(a.index) - catalog.rank(b.index));
  // Systems take turns only on a topic asked across them; words of the question rank on merit.
  const byTopicAlone = kept.every(({ index }) => !scores.has(index));
  const order =
    systems.length !== 1 && byTopicAlone ? takeTurns(catalog, kept) : kept.map((k) => k.index);
  return order.slice(0, MAX_RANKED_FACTS);
}

/**
 * Across systems, each system's next fact counts SAME_SYSTEM_STEP less than its last: among close
 * scores the systems take turns ("updates" opens with every system's lead), while a fact far
 * ahead ("system-docker") keeps its system first.
 */
function takeTurns(catalog: Catalog, scored: { index: number; score: number }[]): number[] {
  const shown = new Map<string, number>();
  const left = scored.slice(0, MAX_CANDIDATES);
  const order: number[] = [];
  while (left.length > 0 && order.length < MAX_RANKED_FACTS) {
    let pick = 0;
    let pickScore = Number.NEGATIVE_INFINITY;
    left.forEach(({ index, score }, i) => {
      const turns = shown.get(catalog.fact(index).system) ?? 0;
      const adjusted = score - SAME_SYSTEM_STEP * turns;
      if (adjusted > pickScore) {
        pick = i;
        pickScore = adjusted;
      }
    });
    const { index } = left.splice(pick, 1)[0] as { index: number };
    const system = catalog.fact(index).system;
    shown.set(system, (shown.get(system) ?? 0) + 1);
    order.push(index);
  }
  return order;
}

/** The first of each list, then the second of each, and so on. */
function inTurns(lists: readonly number[][]): number[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const order: number[] = [];
  for (let i = 0; i < longest; i++)
    for (const list of lists) if (i < list.length) order.push(list[i] as number);
  return order.slice(0, MAX_RANKED_FACTS);
}

/**
 * What a system is (the fact its curator marked `introduces`), then its lead facts on the topics
 * its sources say most about: what characterises it. Its other facts follow, for "more".
 */
function overview(catalog: Catalog, system: string): number[] {
  const leads = catalog
    .topicsByFactCount(system)
    .flatMap((topic) => catalog.cell(system, topic).slice(0, 1));
  const introduction = catalog.introduction(system);
  const first = introduction === undefined ? leads : [introduction, ...leads];
  return [...new Set([...first, ...catalog.factsOf(system)])].slice(0, MAX_RANKED_FACTS);
}

/**
 * What one article says: its facts system by system, in turns ("what does metral cover?"). Each
 * system's facts from that article alone come first (not one that quotes another author too), its
 * curator's leads first among them.
 */
export function sourceFacts(catalog: Catalog, source: string): number[] {
  const alone = (index: number) => catalog.fact(index).sources.every(({ id }) => id === source);
  const rank = (index: number) => (alone(index) ? 0 : 2) + (catalog.isLead(index) ? 0 : 1);
  return inTurns(
    catalog.systemIds().map((system) =>
      catalog
        .factsOf(system)
        .filter((index) => catalog.cites(index, source))
        .sort((a, b) => rank(a) - rank(b)),
    ),
  );
}

/**
 * One fact for each system (the first MAX_SHOWN_FACTS), in the catalog's order: the fact that says
 * what it is, else its best fact on the topic marked `overview` in topics.yml, or on the topic its
 * sources say most about.
 */
export function landscapeFacts(catalog: Catalog, scores: Map<number, number>): number[] {
  const introducing = catalog.overviewTopicIds();
  return catalog.systemIds().flatMap((system) => {
    const introduction = catalog.introduction(system);
    if (introduction !== undefined) return [introduction];
    const topic =
      introducing.find((id) => catalog.cell(system, id).length > 0) ??
      catalog.topicsByFactCount(system)[0];
    if (topic === undefined) return [];
    const best = rankCell(catalog, system, topic, scores)[0];
    return best === undefined ? [] : [best];
  });
}

/**
 * Facts grouped by system and topic for display; groups come in the order of their first fact,
 * so the answer's first fact stays first.
 */
export function groupByCell(catalog: Catalog, facts: readonly number[]): Group[] {
  const groups: Group[] = [];
  for (const index of facts) {
    const { system, topic } = catalog.fact(index);
    const group = groups.find((g) => g.system === system && g.topic === topic);
    if (group) group.facts.push(index);
    else groups.push({ system, topic, facts: [index] });
  }
  return groups;
}
