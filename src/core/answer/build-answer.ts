import type { Catalog } from "../knowledge/catalog.js";
import type { Fact } from "../knowledge/schema.js";
import { isOwnWord, namesTool, rarest, type WordHit } from "../match/fact-index.js";
import { wordKey } from "../match/fact-words.js";
import { AGED, amountAsked, type Cue, type QuestionMatch } from "../match/match-question.js";
import { NAMING_TOPIC_WEIGHT, type Resolution } from "../match/resolve.js";
import { BEING, STOPWORDS } from "../match/vocabulary.js";
import { mostFrequent } from "../most-frequent.js";
import { allSources, citationsFor } from "./citations.js";
import {
  ageNote,
  answerLines,
  conflictLines,
  joinText,
  moreLine,
  sourceIds,
  TRUNCATED_NOTE,
} from "./compose-text.js";
import { type Answer, MAX_ANSWER_TEXT } from "./contract.js";
import {
  claimNote,
  helpText,
  noMatchText,
  outOfScopeText,
  shownAllNote,
  sourceOverviewNote,
  sourceSilentNote,
  thanksText,
  topicGapText,
  unsureText,
} from "./guidance.js";
import { rankByDate, rankRow } from "./ranking.js";
import {
  canAnswer,
  groupByCell,
  landscapeFacts,
  MAX_SHOWN_FACTS,
  rankAnswerFacts,
  rankCell,
  relevance,
  sourceFacts,
  tellsAnEvent,
  withAnswerTopic,
  withCue,
  withDefinition,
  withSource,
  withWayPastAbsence,
} from "./select-facts.js";
import { exampleQuestions, nearestQuestions, relatedQuestions } from "./suggestions.js";
import { buildComparison, systemsWithFacts } from "./table.js";

export interface BuiltAnswer {
  answer: Answer;
  /** Facts ranked for this question but not shown yet: what "more" shows next. */
  pending: number[];
  /** The system a ranking put first ("which is smallest?"): what "why is it so small?" asks of. */
  leader?: string;
}

/** Turns a resolved question into the answer object every edge renders. Pure and deterministic. */
export function buildAnswer(
  catalog: Catalog,
  query: string,
  match: QuestionMatch,
  resolution: Resolution,
): BuiltAnswer {
  const notes = [
    ...(match.truncated ? [TRUNCATED_NOTE] : []),
    // What follows answers a claim the sources contradict: say so before the facts.
    ...(match.claim && answers(resolution.intent)
      ? [claimNote(catalog, match.claim, resolution.systems)]
      : []),
    // "more" after everything on the topic was shown: say the answer moves on.
    ...(resolution.shownAll
      ? [shownAllNote(catalog, resolution.shownAll, resolution.systems)]
      : []),
  ];
  const base = { query, intent: resolution.intent, confidence: resolution.confidence };
  // A comparison scores the facts its own way (its topic is given).
  if (resolution.intent === "compare") return compare(catalog, base, notes, match, resolution);
  // Only the systems asked about can answer: at 100x knowledge a word's facts are mostly others'.
  const asked = new Set(resolution.systems);
  const keep = asked.size > 0 ? (fact: number) => asked.has(catalog.fact(fact).system) : undefined;
  const said = relevance(match.wordHits, { keep });
  const words = match.source ? withSource(catalog, said, match.source, resolution) : said;
  const kindAnswered = match.asks
    ? withCue(catalog, words, match.asks, resolution.topics, asksWhySoMuch(match))
    : words;
  const cued =
    match.asks === "way" && !asksWhetherThereIs(match.tokens)
      ? withWayPastAbsence(catalog, kindAnswered, said)
      : kindAnswered;
  const typed = match.answerTopic
    ? withAnswerTopic(catalog, cued, match.answerTopic, resolution.systems)
    : cued;
  // "rkt: why did coreos build it?" asks for the reason, not what rkt is.
  const defined = match.asks
    ? undefined
    : match.wordHits.find((h) => h.word === resolution.defines);
  const scores = defined ? withDefinition(catalog, typed, defined) : typed;
  if (resolution.limit || (resolution.intent === "no_match" && resolution.systems.length > 0)) {
    // Named things exist, but what is asked lies beyond what sources of their time can know, or
    // nothing they are known for matches the rest of the question: offer what is known nearby.
    if (!resolution.limit) {
      const nearest = rankAnswerFacts(catalog, resolution.systems, resolution.topics, scores);
      const suggestions = nearestQuestions(catalog, nearest, resolution.systems);
      const text = unsureText(catalog, resolution.systems);
      return unanswered(base, notes, text, suggestions, resolution);
    }
    // What the sources say nearest to the question about the systems it names, found by its own
    // words or the limit's nearby ones ("dcos enterprise cost" finds the editions): said as what
    // they say, not as the answer; or the lead of the topic asked ("does photon have selinux?"
    // finds Photon's security). Named nothing, nothing is nearest.
    const named = resolution.systems.length > 0;
    // "how do i set up apparmor on atomic?": what Atomic has on AppArmor's topic (SELinux),
    // then whose AppArmor is.
    const where = whereItIs(catalog, resolution.limit.elsewhere ?? []);
    const topics = where ? [where.topic] : resolution.topics;
    const near = !named
      ? words
      : where
        ? new Map<number, number>()
        : // A guess at a near-spelling ("gaming" for "naming") is no nearer for it.
          nearestByWords(match, keep);
    const nearest = rankAnswerFacts(catalog, resolution.systems, topics, near);
    const suggestions = nearestQuestions(catalog, nearest, resolution.systems);
    const onTopic = (index: number) => topics.includes(catalog.fact(index).topic);
    const closest = named
      ? [
          ...nearest.slice(0, 1).filter((index) => near.has(index) || onTopic(index)),
          ...(where ? [where.fact] : []),
        ]
      : [];
    const citations = citationsFor(catalog, closest);
    const nearby = answerLines(catalog, groupByCell(catalog, closest), citations).slice(1);
    const text = outOfScopeText(catalog, resolution.limit.label, resolution.systems, nearby);
    const facts = closest.map((index) => catalog.fact(index));
    return unanswered(base, notes, text, suggestions, resolution, { facts, citations });
  }
  if (resolution.intent === "help" || resolution.intent === "no_match") {
    const examples = exampleQuestions(catalog);
    const text =
      resolution.intent === "no_match"
        ? noMatchText(catalog)
        : resolution.thanked
          ? thanksText(catalog)
          : helpText(catalog, examples);
    // "which articles do you use?": the help, and the articles themselves to open.
    const sources = resolution.intent === "help" && match.aboutSources ? allSources(catalog) : [];
    return unanswered(base, notes, text, examples, undefined, { facts: [], citations: sources });
  }
  if (!resolution.pending && !resolution.landscape && topicGap(catalog, match, resolution, keep))
    return nothingOnThat(catalog, base, notes, resolution);
  const found =
    resolution.pending ??
    (resolution.sourceOverview && match.source
      ? sourceFacts(catalog, match.source)
      : resolution.landscape
        ? landscapeFacts(catalog, scores)
        : rankAnswerFacts(
            catalog,
            resolution.systems,
            match.asks === "way" ? [] : resolution.topics,
            scores,
          ));
  // "more" after all on size was shown goes on to the system's other topics, not size again.
  const shownAll = resolution.shownAll ?? [];
  const ranked = found.filter((index) => !shownAll.includes(catalog.fact(index).topic));
  if (match.asks === "when" && match.soleCue && !resolution.pending)
    leadDated(catalog, ranked, scores, match);
  const [lead] = ranked;
  if (lead === undefined) return nothingOnThat(catalog, base, notes, resolution);
  // "how much disk does etcd need?": the best fact gives no figure, so the sources don't say;
  // "how much disk does the toolbox eat?": its figure is the image's, not the toolbox's.
  if (match.asks && match.soleCue && !resolution.pending) {
    const subject =
      match.asks === "amount"
        ? rarest(match.wordHits.filter((hit) => isSubject(hit, keep)))
        : undefined;
    const about = subject ? ranked.filter((index) => subject.facts.includes(index)) : ranked;
    const [answering] = about;
    if (answering !== lead || !canAnswer(catalog, lead, match.asks)) {
      const nearest = [...about, ...ranked.filter((index) => !about.includes(index))];
      return noFigure(catalog, base, notes, resolution, nearest, match.asks, match.tokens);
    }
  }
  const { source } = match;
  const silent =
    source !== undefined &&
    !ranked.slice(0, MAX_SHOWN_FACTS).some((index) => catalog.cites(index, source));
  const told = silent
    ? [...notes, sourceSilentNote(catalog, source, resolution.systems)]
    : source && resolution.sourceOverview
      ? [...notes, sourceOverviewNote(catalog, source)]
      : notes;
  // The best facts that fit the text limit; the rest wait for "more".
  for (let shown = Math.min(MAX_SHOWN_FACTS, ranked.length); ; shown--) {
    const facts = ranked.slice(0, shown);
    const pending = ranked.slice(shown);
    const groups = groupByCell(catalog, facts);
    const { answer, fits } = assemble(catalog, base, match, resolution, {
      facts,
      table: null,
      lines: (citations) => [
        ...told,
        ...answerLines(catalog, groups, citations),
        ...(pending.length > 0 ? [moreLine(pending.length)] : []),
        ...conflictLines(catalog, groups, true),
      ],
    });
    if (fits || shown === 1) return { answer, pending };
  }
}

const answers = (intent: Answer["intent"]) => intent === "answer" || intent === "compare";

/**
 * "how big is a dcos install?": the systems named have no fact on any topic asked, and only the
 * topics' own words ("big", as in "big data") reach their other facts: the sources say nothing on it.
 */
function topicGap(
  catalog: Catalog,
  match: QuestionMatch,
  resolution: Resolution,
  keep: ((fact: number) => boolean) | undefined,
): boolean {
  const { systems, topics } = resolution;
  // Only what the question itself names and says: a follow-up's words lean on the last answer.
  if (match.systems.length === 0 || topics.length === 0 || match.coverage < 1) return false;
  if (systems.some((system) => topics.some((topic) => catalog.cell(system, topic).length > 0)))
    return false;
  return relevance(naming(match.wordHits), { keep }).size === 0;
}

/**
 * The words that name what is asked: a topic's word only where it is rare enough to name a thing
 * ("aws", "selinux"), not "updates" or "size", which every fact on the topic writes.
 */
function naming(hits: WordHit[]): WordHit[] {
  return hits.filter((hit) => !hit.topicWord || hit.weight >= NAMING_TOPIC_WEIGHT);
}

/**
 * "which of them uses xfs?": with no system named, the one whose facts on the topic say clearly
 * most of what is asked leads, the others after it in the catalog's order. Only a clear winner:
 * "which is the most minimal?" finds "minimal" and "lightweight" in several systems' facts.
 */
function bySaying(
  catalog: Catalog,
  systems: readonly string[],
  topic: string,
  scores: Map<number, number>,
): readonly string[] {
  const best = new Map(
    systems.map((system) => [
      system,
      Math.max(0, ...catalog.cell(system, topic).map((index) => scores.get(index) ?? 0)),
    ]),
  );
  const score = (system: string) => best.get(system) ?? 0;
  const [leader, runnerUp] = [...systems].sort((a, b) => score(b) - score(a));
  if (leader === undefined || score(leader) < CLEAR_LEAD * score(runnerUp ?? leader))
    return systems;
  return [leader, ...systems.filter((id) => id !== leader)];
}
/**
 * How much the leading system's best fact must outscore the next system's: at 1.5 a review's 193
 * comparisons of unnamed systems had 4 worse leads for 18 better; with every order by score, 10
 * worse for 22 better.
 */
const CLEAR_LEAD = 1.5;

/**
 * "when did red hat release atomic?": a fact that dates the event, nearly as close as an undated
 * lead ("released … as its response to coreos") and reached by every word of the question, leads
 * instead. Not CoreOS's start for "when did coreos start supporting rackspace?", nor Atomic's for
 * "when did red hat release cockpit?", nor "In 2014 …" for "when did atomic get cockpit?".
 */
function leadDated(
  catalog: Catalog,
  ranked: number[],
  scores: ReadonlyMap<number, number>,
  match: QuestionMatch,
): void {
  const [lead] = ranked;
  if (lead === undefined || canAnswer(catalog, lead, "when")) return;
  const near = DATED_SHARE * (scores.get(lead) ?? 0);
  // The question's own words, not pairs of them: "hat released" is how one fact words it.
  const said = new Set(match.tokens.map(wordKey));
  const reaching = match.wordHits.filter((hit) => said.has(hit.word));
  const at = ranked.findIndex(
    (index) =>
      tellsAnEvent(catalog, index) &&
      canAnswer(catalog, index, "when") &&
      (scores.get(index) ?? 0) >= near &&
      reaching.every((hit) => hit.facts.includes(index)),
  );
  if (at > 0) ranked.unshift(...ranked.splice(at, 1));
}
/** Measured on the evaluation sets: at 0.8 three dated answers more and no refusal lost; at 0.65 refusals turn to answers. */
const DATED_SHARE = 0.8;

/** Systems side by side: the table carries the values; the text leads and adds what the table cannot. */
function compare(
  catalog: Catalog,
  base: Base,
  notes: string[],
  match: QuestionMatch,
  resolution: Resolution,
): BuiltAnswer {
  const said = relevance(match.wordHits, { topicWords: false });
  const scores = match.source ? withSource(catalog, said, match.source, resolution) : said;
  const comparison = buildComparison(
    catalog,
    match.source
      ? coveredBy(catalog, match.source, match.systems, resolution, match.counted)
      : comparedAfterOne(catalog, resolution, match.systems),
    resolution.topics,
    scores,
    match.comparative,
    match.counted,
  );
  const { columns } = comparison.table;
  // "which is the newest?": no figure to rank, so the dates the facts give.
  const aged = match.tokens.some((t) => AGED.has(t)) ? comparison.topics[0] : undefined;
  const ranking = match.ranks
    ? (rankRow(comparison.table, match.ascending) ??
      (aged === undefined
        ? undefined
        : rankByDate(catalog, comparison.systems, aged, match.ascending)))
    : undefined;
  const leader = ranking && comparison.systems[ranking.order[0] as number];
  // Asked about a topic: each system's best fact on it in a sentence, beside the short cells.
  const topic = resolution.topics.length > 0 ? comparison.topics[0] : undefined;
  // "which of these bundles marathon?": the one whose facts say so leads, the others after it.
  const holder = resolution.soleHolder;
  // "which is the smallest?": the systems in the order the ranking line gives, the smallest first.
  const byRank = ranking && [
    ...ranking.order.map((column) => comparison.systems[column] as string),
    ...comparison.systems.filter((_, column) => !ranking.order.includes(column)),
  ];
  const inTurn = holder
    ? [holder, ...comparison.systems.filter((id) => id !== holder)]
    : (byRank ??
      (match.systems.length === 0 && topic !== undefined
        ? bySaying(catalog, comparison.systems, topic, relevance(naming(match.wordHits)))
        : comparison.systems));
  const ranked = topic ? inTurn.map((system) => rankCell(catalog, system, topic, scores)) : [];
  // Each system's best claim from each year, then only its best, then fewer systems: what fits.
  const choices = [
    ranked.flatMap((cell) => bestOfEachYear(catalog, cell)),
    ...ranked.map((_, n) => ranked.slice(0, ranked.length - n).flatMap((cell) => cell.slice(0, 1))),
    [],
  ];
  for (const leads of choices) {
    const facts = [...new Set([...leads, ...comparison.facts])];
    if (facts.length === 0) return nothingOnThat(catalog, base, notes, resolution);
    const on = comparison.topics.map((t) => catalog.topic(t).name.toLowerCase());
    const { answer, fits } = assemble(catalog, base, match, resolution, {
      systems: comparison.systems,
      topics: comparison.topics,
      facts,
      table: comparison.table,
      lines: (citations) => [
        ...notes,
        `Comparing ${listNames(columns)}${on.length > 0 && on.length <= 2 ? ` on ${on.join(" and ")}` : ""}:`,
        ...(ranking ? [ranking.line] : []),
        ...answerLines(catalog, groupByCell(catalog, leads), citations),
        ...conflictLines(catalog, groupByCell(catalog, comparison.facts), false),
      ],
    });
    if (fits || leads.length === 0) return { answer, pending: [], ...(leader ? { leader } : {}) };
  }
  // Unreachable: the last choice has no lines to drop, and returns above.
  return nothingOnThat(catalog, base, notes, resolution);
}

/**
 * The systems to compare: "(what kernel does photon ship?) and the rest of them?", or "(which is
 * smallest?) and the biggest?", asks the topic in play of the systems whose sources speak to it
 * (not DCOS, which they never give a kernel or a size); "compare all on kernel", asked outright,
 * still shows all six.
 */
function comparedAfterOne(
  catalog: Catalog,
  resolution: Resolution,
  named: readonly string[],
): readonly string[] {
  const { systems, topics, fromContext } = resolution;
  // "compare coreos, atomic, rancheros, snappy, photon and dcos on it" keeps all six named.
  const all =
    systems.length === 0 || (systems.length === catalog.systemIds().length && named.length < 2);
  return fromContext && all && topics.length > 0 ? systemsWithFacts(catalog, topics) : systems;
}

/**
 * "which had the newest docker in that inovex table?": the systems that source covers on the
 * topics compared, and any the question names whatever the source covers.
 */
function coveredBy(
  catalog: Catalog,
  source: string,
  named: readonly string[],
  { systems, topics }: Resolution,
  counted?: number,
): string[] {
  // No system in particular compares every one.
  const asked = systems.length > 0 ? systems : catalog.systemIds();
  const covering = (rows: readonly string[]) =>
    asked.filter(
      (system) =>
        named.includes(system) ||
        rows.some((topic) =>
          catalog.cell(system, topic).some((index) => catalog.cites(index, source)),
        ),
    );
  const covered = covering(topics.length > 0 ? topics : catalog.tableTopicIds());
  // "how do the five in the inovex table handle updates?": the five it covers, though it
  // speaks of the updates of only three.
  const counting = counted !== undefined && covered.length < counted;
  const all = counting ? covering(catalog.topicIds()) : covered;
  return all.length >= 2 ? all : [...systems];
}

/**
 * A cell's best fact, and the best from another year when its sources date (geard in 2014,
 * Kubernetes in 2015): both claims stay, each with its source's date.
 */
function bestOfEachYear(catalog: Catalog, ranked: number[]): number[] {
  const [best, ...rest] = ranked;
  if (best === undefined) return [];
  const year = (index: number) =>
    catalog.source(catalog.fact(index).sources[0]?.id ?? "").date.slice(0, 4);
  const other = rest.find((index) => year(index) !== year(best));
  return other === undefined ? [best] : [best, other];
}

type Base = Pick<Answer, "query" | "intent" | "confidence">;

interface Parts {
  /** Defaults: the systems and topics of the facts. */
  systems?: string[];
  topics?: string[];
  facts: number[];
  table: Answer["table"];
  lines: (citations: Answer["citations"]) => string[];
}

function assemble(
  catalog: Catalog,
  base: Base,
  match: QuestionMatch,
  resolution: Resolution,
  parts: Parts,
): Assembled {
  const facts = parts.facts.map((index) => catalog.fact(index));
  const citations = citationsFor(catalog, parts.facts);
  const lines = [...parts.lines(citations), ageNote(citations)];
  // Report what the question asked about (not a yardstick it named: "is it like coreos?");
  // when it named nothing, what the answer covers. "and atomic?" after "what init does coreos
  // use" asks on the same topics, whatever else the facts shown are filed under (cloud-init).
  const asked = !resolution.fromContext;
  const systems =
    match.systems.length > 0 && asked && resolution.systems.length > 0
      ? resolution.systems
      : (parts.systems ?? unique(facts.map((f) => f.system)));
  const topics =
    match.topics.length > 0 && asked
      ? match.topics
      : resolution.asksAgain && resolution.topics.length > 0
        ? resolution.topics
        : (parts.topics ?? unique(facts.map((f) => f.topic)));
  const answer: Answer = {
    ...base,
    systems,
    topics,
    text: joinText(lines),
    facts: facts.map(factOf),
    table: parts.table,
    citations,
    suggestions: relatedQuestions(catalog, systems, topics),
  };
  return { answer, fits: lines.join("\n").length <= MAX_ANSWER_TEXT };
}

/** An answer, and whether its text fitted whole (else `joinText` cut it). */
interface Assembled {
  answer: Answer;
  fits: boolean;
}

/**
 * An answer that does not answer: help, "I don't know", or "my sources don't say" (with at most
 * the nearest fact they do say, cited).
 */
function unanswered(
  base: Base,
  notes: string[],
  text: string,
  suggestions: string[],
  resolution?: Resolution,
  nearby: { facts: Fact[]; citations: Answer["citations"] } = { facts: [], citations: [] },
): BuiltAnswer {
  const age = nearby.facts.length > 0 ? [ageNote(nearby.citations)] : [];
  const answer: Answer = {
    ...base,
    intent: base.intent === "help" ? "help" : "no_match",
    systems: resolution?.systems ?? [],
    topics: resolution?.topics ?? [],
    text: joinText([...notes, text, ...age]),
    facts: nearby.facts.map(factOf),
    table: null,
    citations: nearby.citations,
    suggestions,
  };
  return { answer, pending: [] };
}

/**
 * "CoreOS: my sources (2014–2015) don't say how much." The facts nearest the question
 * hold no figure (or no date) for what it asks: the nearest is offered, as what they do say.
 */
function noFigure(
  catalog: Catalog,
  base: Base,
  notes: string[],
  resolution: Resolution,
  ranked: number[],
  cue: Cue,
  tokens: readonly string[],
): BuiltAnswer {
  const closest = ranked.slice(0, 1);
  const citations = citationsFor(catalog, closest);
  const nearby = answerLines(catalog, groupByCell(catalog, closest), citations).slice(1);
  const label = cue === "when" ? "when" : (amountAsked(tokens) ?? "how much or how many");
  const text = outOfScopeText(catalog, label, resolution.systems, nearby);
  const suggestions = nearestQuestions(catalog, ranked, resolution.systems);
  const facts = closest.map((index) => catalog.fact(index));
  return unanswered(base, notes, text, suggestions, resolution, { facts, citations });
}

/** A word this rare (in about 1 fact in 30) names the thing an amount is asked of. */
const SUBJECT_WEIGHT = 4;

/** "toolbox" in "how much disk does the toolbox eat?": what the amount asked is of. */
function isSubject(hit: WordHit, keep: ((fact: number) => boolean) | undefined): boolean {
  return (
    isOwnWord(hit) &&
    hit.weight >= SUBJECT_WEIGHT &&
    (hit.scale ?? 1) === 1 &&
    (keep === undefined || hit.facts.some(keep))
  );
}

/** Named things exist, but no source says anything about them together. */
function nothingOnThat(
  catalog: Catalog,
  base: Base,
  notes: string[],
  resolution: Resolution,
): BuiltAnswer {
  const text = topicGapText(catalog, resolution.systems, resolution.topics);
  return unanswered(
    base,
    notes,
    text,
    relatedQuestions(catalog, resolution.systems, []),
    resolution,
  );
}

/** "CoreOS, RancherOS and Project Atomic" */
function listNames(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** A fact as answers carry it. */
function factOf(fact: Fact): Answer["facts"][number] {
  return {
    id: fact.id,
    system: fact.system,
    topic: fact.topic,
    text: fact.text,
    sources: sourceIds(fact),
  };
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/**
 * Where the sources put a thing asked of a system they never say has it: the topic most of its
 * owner's facts about it are on, and the one of those that names it most (`elsewhere` comes most
 * first). "Cockpit" is Project Atomic's management GUI, though one fact is about its SELinux clash.
 */
function whereItIs(
  catalog: Catalog,
  elsewhere: readonly number[],
): { topic: string; fact: number } | undefined {
  // A fact a system's cell leads with says what it has ("Snappy supports AppArmor"), before one
  // naming it in passing ("CoreOS's systemd was built without AppArmor").
  const facts = elsewhere
    .map((index) => ({ index, ...catalog.fact(index) }))
    .sort((a, b) => Number(catalog.isLead(b.index)) - Number(catalog.isLead(a.index)));
  const owner = mostFrequent(facts.map((fact) => fact.system));
  const owned = facts.filter((fact) => fact.system === owner);
  const topic = mostFrequent(owned.map((fact) => fact.topic));
  const fact = owned.find((candidate) => candidate.topic === topic);
  return fact && { topic: fact.topic, fact: fact.index };
}

/**
 * The question's own words and the limit's nearby ones, scored. A tool the question names, of one
 * system ("is fleet still maintained?", "rkt deprecated?"), keeps the nearby words to that tool's
 * facts of the systems asked: fleet's come before CoreOS's contributors.
 */
function nearestByWords(
  match: QuestionMatch,
  keep: ((fact: number) => boolean) | undefined,
): Map<number, number> {
  const own = match.wordHits.filter((hit) => hit.exact);
  const named = own.filter(
    (hit) => namesTool(hit) && (hit.scale ?? 1) >= 1 && !match.limit?.asking?.has(hit.word),
  );
  const things = new Set(named.flatMap((hit) => hit.facts).filter((fact) => keep?.(fact) ?? true));
  const near = things.size > 0 ? (fact: number) => things.has(fact) : keep;
  const scores = relevance(own, { keep });
  for (const [fact, score] of relevance(match.nearbyHits, { keep: near }))
    scores.set(fact, (scores.get(fact) ?? 0) + score);
  return scores;
}

/** "so tiny", "that fast": how much of a thing, asked after "why". */
const DEGREE_WORDS = new Set(["so", "that", "such", "this", "too"]);

/**
 * "why is rancheros so tiny?": the reason for how much of its topic a system has, asked with
 * nothing but the topic's words; not "why would a student need the toolbox?".
 */
function asksWhySoMuch(match: QuestionMatch): boolean {
  const { tokens } = match;
  return (
    match.asks === "why" &&
    match.wordHits.length > 0 &&
    match.wordHits.every((hit) => hit.topicWord || hit.synonym || hit.everyday) &&
    tokens.some(
      (t, i) =>
        DEGREE_WORDS.has(t) && i + 1 < tokens.length && !STOPWORDS.has(tokens[i + 1] as string),
    )
  );
}

/** "does it have", "does it ship": a system's having a thing, asked after "does" or "do". */
const CARRYING = new Set(["have", "ship", "include", "come"]);

/** "is there an installer?", "does it even have a package manager?": whether a thing exists. */
function asksWhetherThereIs(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      (BEING.has(t) && tokens[i + 1] === "there") ||
      (CARRYING.has(t) &&
        tokens.slice(Math.max(0, i - 3), i).some((w) => w === "does" || w === "do")),
  );
}
