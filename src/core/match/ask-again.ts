import { MAX_CONTEXT_WORD_LENGTH, MAX_CONTEXT_WORDS } from "../answer/contract.js";
import type { Catalog } from "../knowledge/catalog.js";
import { type FactIndex, isOwnWord, namesTool, rarest, type WordHit } from "./fact-index.js";
import { isContentWord, wordKey } from "./fact-words.js";
import { OWNING_VERBS } from "./focus.js";
import { LACKING, matchQuestion, NEGATING, type QuestionMatch } from "./match-question.js";
import { tokenise } from "./normalise.js";
import type { PhraseIndex } from "./phrase-index.js";
import type { Resolution } from "./resolve.js";
import { AUXILIARIES } from "./vocabulary.js";

/** What the last question's words count for in a follow-up that points back with its own words. */
const CARRIED_SHARE = 0.5;

/** How rare an earlier word must be (BM25 idf) to be asked again by a follow-up pointing back. */
const CARRIED_WEIGHT = 3;

/** How rare a follow-up's own word must be to be its subject ("cassandra", "sudo", "bugs"). */
const RARE_WEIGHT = 4;

/**
 * The words a question asks with, bounded: what a follow-up may ask again. Words between content
 * words stay, so pairs do too ("log in" is not "log").
 */
export function askingWords(tokens: readonly string[]): string[] {
  const first = tokens.findIndex(isContentWord);
  const last = tokens.findLastIndex(isContentWord);
  return tokens
    .slice(Math.max(0, first), last + 1)
    .filter((token) => token.length <= MAX_CONTEXT_WORD_LENGTH)
    .slice(0, MAX_CONTEXT_WORDS);
}

/**
 * A follow-up's match with the last question's words added where it asks that question again:
 * "and coreos?" after "does atomic have selinux?" (selinux still ranks the facts), or, less surely
 * and only by the earlier words that name something, "how does that tie in with openshift" after
 * "what's geard?". "and fleet?" after "what's etcd?" asks of fleet instead: nothing points back.
 * Also the words the next follow-up may ask again.
 */
export function askAgain(
  match: QuestionMatch,
  resolution: Resolution,
  earlier: { words: readonly string[]; systems: readonly string[]; topics: readonly string[] },
  indexes: { phrases: PhraseIndex; facts: FactIndex; catalog: Catalog },
): { match: QuestionMatch; words: string[] } {
  const words = askingWords(match.tokens);
  const earlierWords = earlier.words;
  // "who else uses it besides coreos?" after "what is etcd?" names the system in play again.
  const samePlay =
    match.systems.length === 0
      ? resolution.fromContext
      : match.systems.every((id) => earlier.systems.includes(id));
  const pointedBack = samePlay && match.pointsBack;
  if (!(resolution.asksAgain || pointedBack) || earlierWords.length === 0) return { match, words };
  const earlierMatch = matchQuestion(earlierWords.join(" "), indexes.phrases, indexes.facts);
  const hits = earlierMatch.wordHits;
  // The earlier question's most precise word is its subject, however common ("etcd" on CoreOS).
  const subject = rarest(hits.filter(isOwnWord));
  // "and can it run cassandra?" after "dcos free edition?": a rare word of its own is what the
  // follow-up asks about; the earlier subject only comes along.
  const ownSubject = match.wordHits.some((hit) => isOwnWord(hit) && hit.weight >= RARE_WEIGHT);
  const inPlace =
    subject &&
    !ownSubject &&
    !match.limit &&
    asksInstead(match.tokens) &&
    inPlaceOf(subject, resolution, earlier.topics, indexes);
  if (inPlace) {
    // The topic's own word ("what security bits does it have instead?") names the kind of thing
    // asked, which the topic already says; it would rank the facts that merely use it.
    const asked = match.wordHits.filter((hit) => !hit.topicWord);
    return { match: { ...match, wordHits: [...asked, ...inPlace] }, words };
  }
  // "why is it so small?" after "rancheros how big" or "how big is the rancheros iso": the reason
  // for the system's size, asked in the follow-up's own words, not the earlier figure again. Not
  // "what management tools does it have?" after "does coreos have a gui?", where "gui" still
  // helps; nor after "what is fleet in coreos?", where "it" is fleet, a thing of the system named;
  // and what the sources cannot know is still told with the earlier words' nearest facts.
  const broadens =
    match.asks === "why" &&
    !resolution.asksAgain &&
    !match.limit &&
    earlierMatch.systems.length > 0 &&
    !(subject?.owner && earlierMatch.systems.includes(subject.owner)) &&
    match.wordHits.some((hit) => hit.topicWord) &&
    earlierMatch.topics.some((topic) => match.topics.includes(topic));
  if (broadens) return { match, words };
  // A word the follow-up says again ("why is it that small?" after "how small is rancheros?")
  // counts once, as the follow-up says it. So does the name of a topic the follow-up names in
  // words of its own: after "rancheros size?", "size" would rank the table's figure above the
  // reason "why's it so small" asks for.
  const own = new Set(match.wordHits.map((hit) => hit.word));
  const saysAgain = (hit: WordHit) =>
    own.has(hit.word) ||
    (hit.topicWord === true &&
      earlierMatch.topics.some(
        (topic) => topic.startsWith(hit.word) && match.topics.includes(topic),
      ));
  const share = resolution.asksAgain ? 1 : ownSubject ? CARRIED_SHARE / 2 : CARRIED_SHARE;
  // "when did it come out?" after "what hypervisor is photon tuned for?": a topic of its own asks
  // of the system, not of the earlier subject, which only comes along.
  // Not "what distro is it based on?" after "what's toolbox on coreos?": "it" is the tool.
  const ownTopic =
    subject !== undefined &&
    asksAKind(earlierWords, subject, indexes.phrases) &&
    match.topics.length > 0 &&
    !match.topics.some((topic) => earlier.topics.includes(topic));
  const carried = hits
    .filter((hit) => resolution.asksAgain || hit.weight >= CARRIED_WEIGHT || hit === subject)
    .filter((hit) => !saysAgain(hit))
    .map((hit) => ({
      ...hit,
      scale:
        (hit.scale ?? 1) * (hit === subject && match.asks && !ownSubject && !ownTopic ? 1 : share),
    }));
  return {
    match: { ...match, wordHits: [...match.wordHits, ...carried] },
    words: resolution.asksAgain ? [...earlierWords] : words,
  };
}

/**
 * The follow-up with its "it" read as the thing the earlier question asked about: "who's behind
 * it?" after "what's tectonic?" asks who is behind Tectonic, not behind CoreOS, Tectonic's system.
 * Only when the earlier question's words were that thing's name and nothing else, or that and
 * its system's name ("what does geard do on atomic?"): "is it tuned for vsphere?" then "does it
 * do ldap?" asks of Photon, and after "dcos free edition?", "can it run cassandra?" asks of DCOS.
 */
export function withThingInPlay(
  question: string,
  earlierWords: readonly string[],
  indexes: { phrases: PhraseIndex; facts: FactIndex },
  /** The follow-up names a tool of its own ("and fleet, what does it do with etcd?"). */
  namesItsOwnTool = false,
): string {
  if (earlierWords.length === 0 || !/\bit\b/i.test(question)) return question;
  const thing = earlierWords.join(" ");
  const earlier = matchQuestion(thing, indexes.phrases, indexes.facts);
  const name = wordKey(earlierWords.join(""));
  const named = earlier.wordHits.find((hit) => isOwnWord(hit) && hit.word === name);
  const ofThing =
    earlier.systems.length === 0 && named?.owner !== undefined
      ? thing
      : !namesItsOwnTool && toolOfItsSystem(earlierWords, earlier, indexes.phrases);
  return ofThing
    ? question.replace(/\bit(?:'s|’s)/i, `${ofThing} is`).replace(/\bit\b/i, ofThing)
    : question;
}

/**
 * "what does geard do on atomic?", "what's the coreos toolbox?": the one word besides the system's
 * name, a tool of that system's that the topics name, which a following "it" stands for.
 */
function toolOfItsSystem(
  words: readonly string[],
  earlier: QuestionMatch,
  phrases: PhraseIndex,
): string | undefined {
  const [system] = earlier.systems;
  const others = words.filter((w) => isContentWord(w) && !phrases.nameWords.has(w));
  const [word] = others;
  if (earlier.systems.length !== 1 || others.length !== 1 || word === undefined) return undefined;
  // Not "is dcos just mesos?" nor "who backs coreos?": what is said of the system, after its
  // name or right before it.
  const at = words.indexOf(word);
  const name = words.findIndex((w) => phrases.nameWords.has(w));
  if (name >= 0 && (at > name + 1 || at === name - 1)) return undefined;
  const tool = earlier.wordHits.some(
    (hit) => namesTool(hit) && hit.owner === system && hit.word === wordKey(word),
  );
  return tool ? word : undefined;
}

/**
 * "what hypervisor is it tuned for?", "atomic host filesystem?": the earlier subject is a kind of
 * thing asked of the system ("which hypervisor", the system's filesystem), not a thing named in
 * its own right ("what's toolbox on coreos?", "toolbox on coreos?"), which a later "it" may be.
 */
function asksAKind(words: readonly string[], subject: WordHit, phrases: PhraseIndex): boolean {
  const at = words.findIndex((w) => wordKey(w) === subject.word);
  // "filesystem does fedora atomic use": asked of the system; "hypervisor is it tuned for": of
  // the system the earlier "it" already stood for.
  const askedOf =
    AUXILIARIES.has(words[at + 1] ?? "") &&
    words.slice(at + 2, at + 4).some((w) => phrases.nameWords.has(w));
  return (
    askedOf ||
    words.some((w) => w === "it" || w === "its") ||
    KIND_ASKING.has(words[at - 1] ?? "") ||
    phrases.nameWords.has(words[at - 1] ?? "")
  );
}
const KIND_ASKING = new Set(["what", "which"]);

/**
 * "… instead?", "what does it have, then?": what the system has in place of what was asked; not
 * "what about atomic then?", the same question of another.
 */
function asksInstead(tokens: readonly string[]): boolean {
  // Not "why build it instead of docker?" (a yardstick), "what should i use instead of coreos
  // then?" (another system), "which os has it then?" (a choice among them) nor "what do i have
  // to do then?" (a need).
  if (tokens.some((t, i) => t === "instead" && tokens[i + 1] === "of") || tokens.includes("which"))
    return false;
  return (
    tokens.includes("instead") ||
    / (?:in|takes) (?:its|their) place /.test(` ${tokens.join(" ")} `) ||
    (tokens.at(-1) === "then" &&
      tokens.includes("what") &&
      tokens.some(
        (t, i) => OWNING_VERBS.has(t) && tokens[i + 1] !== "to" && tokens[i - 1] !== "to",
      ))
  );
}

/**
 * "what's it got instead, then?" after "does coreos have selinux?": the facts of the system in
 * play that say it lacks the earlier subject give the words of what stands in its place (their
 * terms: "lock down", "hardening" find seccomp), while those facts go down. When the system's
 * facts never name the subject ("does snappy use selinux?"), the other systems' facts that do
 * lend their terms instead ("mandatory access control" finds AppArmor). Undefined when neither
 * finds anything.
 */
function inPlaceOf(
  subject: WordHit,
  resolution: Resolution,
  topics: readonly string[],
  { phrases, facts, catalog }: { phrases: PhraseIndex; facts: FactIndex; catalog: Catalog },
): WordHit[] | undefined {
  const inPlay = (index: number) => resolution.systems.includes(catalog.fact(index).system);
  const onTopics = (index: number) =>
    topics.length === 0 || topics.includes(catalog.fact(index).topic);
  const lacks = (index: number) =>
    inPlay(index) &&
    onTopics(index) &&
    tokenise(catalog.fact(index).text).some((t) => NEGATING.has(t) || LACKING.has(t));
  const away = onlyFacts(subject, lacks);
  const unnamed = away.facts.length === 0 && !subject.facts.some(inPlay);
  if (away.facts.length === 0 && !unnamed) return undefined;
  const lacking = new Set(away.facts);
  const lenders = unnamed ? subject.facts.filter(onTopics) : away.facts;
  const terms = lenders.flatMap((index) => catalog.fact(index).terms ?? []);
  // Only the other facts of the same cells (of the system in play): "compiled without" is no word
  // for compilers.
  const siblings = new Set(
    lenders.flatMap((index) => {
      const { topic } = catalog.fact(index);
      return resolution.systems
        .flatMap((system) => catalog.cell(system, topic))
        .filter((fact) => !lacking.has(fact));
    }),
  );
  const alike = matchQuestion(terms.join(", "), phrases, facts)
    .wordHits.map((hit) => onlyFacts(hit, (fact) => siblings.has(fact)))
    .filter((hit) => hit.facts.length > 0);
  if (alike.length === 0) return undefined;
  return unnamed ? alike : [...alike, { ...away, scale: -1 }];
}

/** The hit with only the facts `keep` keeps, each with its own term weight. */
function onlyFacts(hit: WordHit, keep: (fact: number) => boolean): WordHit {
  const kept = hit.facts.flatMap((fact, i) => (keep(fact) ? [i] : []));
  return {
    ...hit,
    facts: kept.map((i) => hit.facts[i] as number),
    tf: kept.map((i) => hit.tf[i] as number),
  };
}
