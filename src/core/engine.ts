import { buildAnswer } from "./answer/build-answer.js";
import {
  type Answer,
  type ConversationContext,
  MAX_CONTEXT_WORD_LENGTH,
  MAX_CONTEXT_WORDS,
} from "./answer/contract.js";
import { Catalog } from "./knowledge/catalog.js";
import type { KnowledgeBase } from "./knowledge/schema.js";
import { FactIndex } from "./match/fact-index.js";
import { isContentWord } from "./match/fact-words.js";
import { LimitIndex } from "./match/limits.js";
import { matchQuestion } from "./match/match-question.js";
import { PhraseIndex } from "./match/phrase-index.js";
import { type ResolveContext, resolveQuestion } from "./match/resolve.js";

/** What the last question's words count for in a follow-up that points back with its own words. */
const CARRIED_SHARE = 0.5;

/** How rare an earlier word must be (BM25 idf) to be asked again by a follow-up pointing back. */
const CARRIED_WEIGHT = 3;

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
  const limits = new LimitIndex(kb);
  const known = knownIds(catalog);
  return {
    kb,
    ask(question, context) {
      let match = matchQuestion(question, phrases, facts, limits);
      const resolution = resolveQuestion(match, context && known(context));
      let words = askingWords(match.tokens);
      // "and coreos?" after "does atomic have selinux?": selinux still ranks the facts. After
      // "what's geard?", "how does that tie in with openshift" asks of geard too, less surely.
      // "and fleet?" after "what's etcd?" asks of fleet instead: no word points back.
      const pointedBack = resolution.fromContext && match.systems.length === 0 && match.pointsBack;
      if ((resolution.asksAgain || pointedBack) && context?.words?.length) {
        const share = resolution.asksAgain ? 1 : CARRIED_SHARE;
        // Pointing back, only the earlier words that name something ("geard", not "handle").
        const earlier = matchQuestion(context.words.join(" "), phrases, facts)
          .wordHits.filter((hit) => resolution.asksAgain || hit.weight >= CARRIED_WEIGHT)
          .map((hit) => ({ ...hit, scale: (hit.scale ?? 1) * share }));
        match = { ...match, wordHits: [...match.wordHits, ...earlier] };
        if (resolution.asksAgain) words = context.words;
      }
      const { answer, pending } = buildAnswer(catalog, question, match, resolution);
      const ids = pending.map((index) => catalog.fact(index).id);
      return { answer, context: nextContext(answer, ids, words, context) };
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
    pendingFacts: (context.pending ?? []).flatMap((id) => catalog.factIndex(id) ?? []),
  });
}

/**
 * The words a question asks with, bounded: what a follow-up may ask again. Words between content
 * words stay, so pairs do too ("log in" is not "log").
 */
function askingWords(tokens: readonly string[]): string[] {
  const first = tokens.findIndex(isContentWord);
  const last = tokens.findLastIndex(isContentWord);
  return tokens
    .slice(Math.max(0, first), last + 1)
    .filter((token) => token.length <= MAX_CONTEXT_WORD_LENGTH)
    .slice(0, MAX_CONTEXT_WORDS);
}

function nextContext(
  answer: Answer,
  pending: string[],
  words: string[],
  previous?: ConversationContext,
): ConversationContext {
  const empty: ConversationContext = { systems: [], topics: [], recentSystems: [] };
  if (answer.intent === "help" || answer.intent === "no_match") return previous ?? empty;
  const recent = [...answer.systems, ...(previous?.recentSystems ?? previous?.systems ?? [])];
  return {
    systems: answer.systems,
    topics: answer.topics,
    recentSystems: [...new Set(recent)].slice(0, RECENT_SYSTEMS),
    ...(pending.length > 0 ? { pending } : {}),
    ...(words.length > 0 ? { words } : {}),
  };
}
