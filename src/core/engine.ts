import { buildAnswer } from "./answer/build-answer.js";
import type { Answer, ConversationContext } from "./answer/contract.js";
import { Catalog } from "./knowledge/catalog.js";
import type { KnowledgeBase } from "./knowledge/schema.js";
import { FactIndex } from "./match/fact-index.js";
import { matchQuestion } from "./match/match-question.js";
import { PhraseIndex } from "./match/phrase-index.js";
import { resolveQuestion } from "./match/resolve.js";

/** How many systems a conversation remembers for "compare them". */
const RECENT_SYSTEMS = 6;

export interface AskResult {
  answer: Answer;
  /** The context to keep for the next question in the same conversation. */
  context: ConversationContext;
}

export interface Engine {
  readonly kb: KnowledgeBase;
  ask(question: string, context?: ConversationContext): AskResult;
}

/** Indexes the knowledge base once; each question then costs only matching and assembly. */
export function createEngine(kb: KnowledgeBase): Engine {
  const catalog = new Catalog(kb);
  const phrases = new PhraseIndex(kb);
  const facts = new FactIndex(kb);
  return {
    kb,
    ask(question, context) {
      const match = matchQuestion(question, phrases, facts);
      const resolution = resolveQuestion(match, context);
      const answer = buildAnswer(catalog, question, match, resolution);
      return { answer, context: nextContext(answer, context) };
    },
  };
}

function nextContext(answer: Answer, previous?: ConversationContext): ConversationContext {
  const empty: ConversationContext = { systems: [], topics: [], recentSystems: [] };
  if (answer.intent === "help" || answer.intent === "no_match") return previous ?? empty;
  const recent = [...answer.systems, ...(previous?.recentSystems ?? previous?.systems ?? [])];
  return {
    systems: answer.systems,
    topics: answer.topics,
    recentSystems: [...new Set(recent)].slice(0, RECENT_SYSTEMS),
  };
}
