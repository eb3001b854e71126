import { buildAnswer } from "./answer/build-answer.js";
import type { Answer, ConversationContext } from "./answer/contract.js";
import { Catalog } from "./knowledge/catalog.js";
import type { KnowledgeBase } from "./knowledge/schema.js";
import { askAgain, withThingInPlay } from "./match/ask-again.js";
import { FactIndex, isOwnWord, namesTool } from "./match/fact-index.js";
import { wordKey } from "./match/fact-words.js";
import { LimitIndex } from "./match/limits.js";
import { matchQuestion, type QuestionMatch } from "./match/match-question.js";
import { PhraseIndex } from "./match/phrase-index.js";
import { type ResolveContext, resolveQuestion } from "./match/resolve.js";

/** How many systems a conversation remembers for "compare them". */
const RECENT_SYSTEMS = 6;

export interface AskResult {
  answer: Answer;
  /** The context to keep for the next question in the same conversation. */
  context: ConversationContext;
}

/** The systems and topics a question names, in order of mention, however unsure the match. */
export interface Subjects {
  systems: string[];
  topics: string[];
}

export interface Engine {
  readonly kb: KnowledgeBase;
  ask(question: string, context?: ConversationContext): AskResult;
  /** What the question is about, even when it cannot be answered: for placing gaps. */
  subjects(question: string): Subjects;
}

/** Indexes the knowledge base once; each question then costs only matching and assembly. */
export function createEngine(kb: KnowledgeBase): Engine {
  const catalog = new Catalog(kb);
  const phrases = new PhraseIndex(kb);
  const facts = new FactIndex(kb);
  const indexes = { phrases, facts, catalog };
  const limits = new LimitIndex(kb);
  const known = knownIds(catalog);
  return {
    kb,
    ask(question, context) {
      const resolveContext = context && known(context);
      let asked = matchQuestion(question, phrases, facts, limits, resolveContext?.systems);
      let resolution = resolveQuestion(asked, resolveContext);
      // "who's behind it?" after "what's tectonic?"; not when the follow-up names a system ("is it
      // smaller than rancheros?"), asks what the sources cannot know of "it" ("what happened to
      // it later?"), which holds whatever "it" is, or chooses among the systems ("which of them
      // ships it?": its owner, where "which of them ships etcd?" sets them side by side).
      const choosing = asked.choosing || asked.tokens.includes("which");
      if (context?.words && asked.systems.length === 0 && !asked.limit && !choosing) {
        const ownTool = asked.wordHits.some(namesTool);
        const said = withThingInPlay(question, context.words, indexes, ownTool);
        if (said !== question) {
          const thing = matchQuestion(said, phrases, facts, limits, resolveContext?.systems);
          const ofThing = resolveQuestion(thing, resolveContext);
          // "why does it exist?" after "what's rkt?": still of rkt's CoreOS, though "exist" is a
          // word of Atomic's facts.
          const inPlay = (id: string) => resolveContext?.systems.includes(id) === true;
          if (ofThing.systems.every(inPlay)) {
            asked = thing;
            resolution = ofThing;
          }
        }
      }
      let first = asked;
      // "and atomic?" after "is coreos still maintained?" asks again what the sources cannot know;
      // so does "why not?" after it.
      // Not "what does atomic use instead?" after "is fleet still maintained?": it asks for
      // Atomic's own thing, which the sources may well name.
      const again =
        (resolution.asksAgain || (asked.followUp && namesOnly(asked)) || asked.cueOnly) &&
        !asked.tokens.includes("instead");
      // Not "what about both on gce?" after "atomic on ec2?": a name of its own is asked anew.
      if (again && !asked.limit && context?.beyond && !namesAnew(asked, limits)) {
        first = { ...asked, limit: context.beyond };
        resolution = resolveQuestion(first, resolveContext);
      }
      const earlier = {
        words: context?.words ?? [],
        systems: context?.systems ?? [],
        topics: context?.topics ?? [],
      };
      const { match, words } = askAgain(first, resolution, earlier, indexes);
      const { answer, pending, leader } = buildAnswer(catalog, question, match, resolution);
      const ids = pending.map((index) => catalog.fact(index).id);
      const beyond = resolution.limit && { id: resolution.limit.id, label: resolution.limit.label };
      return { answer, context: nextContext(answer, ids, words, context, { beyond, leader }) };
    },
    subjects(question) {
      const { systems, topics } = matchQuestion(question, phrases, facts);
      return { systems, topics };
    },
  };
}

/**
 * Keeps only the ids the knowledge base has: a context stored before the knowledge changed (or
 * damaged in its store) must not name a system or fact the answer builder cannot look up.
 */
function knownIds(catalog: Catalog): (context: ConversationContext) => ResolveContext {
  const systems = new Set(catalog.systemIds());
  const topics = new Set(catalog.topicIds());
  return (context) => ({
    systems: context.systems.filter((id) => systems.has(id)),
    topics: context.topics.filter((id) => topics.has(id)),
    recentSystems: context.recentSystems?.filter((id) => systems.has(id)),
    ...(context.leader && systems.has(context.leader) ? { leader: context.leader } : {}),
    ...(context.beyond ? { beyond: context.beyond } : {}),
    pendingFacts: (context.pending ?? []).flatMap((id) => catalog.factIndex(id) ?? []),
  });
}

function nextContext(
  answer: Answer,
  pending: string[],
  words: string[],
  previous?: ConversationContext,
  { beyond, leader }: Pick<ConversationContext, "beyond" | "leader"> = {},
): ConversationContext {
  const empty: ConversationContext = { systems: [], topics: [], recentSystems: [] };
  // "how big is a dcos install?" then "what about rancheros?": an honest "my sources say nothing"
  // about named systems is still the question in play; help and "I don't know" are not.
  const unknown = answer.intent === "no_match" && answer.systems.length === 0;
  if (answer.intent === "help" || unknown) return previous ?? empty;
  const recent = [...answer.systems, ...(previous?.recentSystems ?? previous?.systems ?? [])];
  // "how do i disable the auto reboots?" after CoreOS's updates gets "my sources don't say": the
  // facts that answer still had to show wait for "more", not "that was all on updates".
  const unanswered = answer.intent === "no_match" && pending.length === 0;
  const waiting =
    unanswered && answer.systems.join() === previous?.systems.join()
      ? (previous.pending ?? [])
      : pending;
  return {
    systems: answer.systems,
    topics: answer.topics,
    recentSystems: [...new Set(recent)].slice(0, RECENT_SYSTEMS),
    ...(waiting.length > 0 ? { pending: waiting } : {}),
    ...(words.length > 0 ? { words } : {}),
    ...(beyond ? { beyond } : {}),
    ...(leader ? { leader } : {}),
  };
}

/** Whether the question asks of a name the facts write, in a word of its own ("gce"). */
function namesAnew(match: QuestionMatch, limits: LimitIndex): boolean {
  return match.tokens.some(
    (token) =>
      limits.writtenName(token) !== undefined &&
      match.wordHits.some((hit) => isOwnWord(hit) && hit.word === wordKey(token)),
  );
}

/** "and dcos?": nothing but systems named. */
function namesOnly(match: QuestionMatch): boolean {
  return match.systems.length > 0 && match.topics.length === 0 && match.wordHits.length === 0;
}
