import { expect } from "vitest";
import type { Answer, ConversationContext } from "../../src/core/answer/contract.js";
import { type AskResult, createEngine, type Engine } from "../../src/core/engine.js";
import { Catalog } from "../../src/core/knowledge/catalog.js";
import { loadKnowledge } from "../../src/core/knowledge/load.js";
import type { KnowledgeBase } from "../../src/core/knowledge/schema.js";
import { FactIndex } from "../../src/core/match/fact-index.js";
import { LimitIndex } from "../../src/core/match/limits.js";
import { matchQuestion, type QuestionMatch } from "../../src/core/match/match-question.js";
import { PhraseIndex } from "../../src/core/match/phrase-index.js";
import { defaultKnowledgeDir } from "../../src/core/project-root.js";

let shared: Engine | undefined;
let indexes:
  | { phrases: PhraseIndex; facts: FactIndex; limits: LimitIndex; catalog: Catalog }
  | undefined;

/** The engine over the real knowledge base, built once per test file. */
export function realEngine(): Engine {
  shared ??= createEngine(loadKnowledge({ dir: defaultKnowledgeDir() }).kb);
  return shared;
}

/** What the real engine answers to `question` asked after `first` (each in turn), in one conversation. */
export function askAfter(first: string | readonly string[], question: string): AskResult {
  const engine = realEngine();
  let context: AskResult["context"] | undefined;
  for (const earlier of typeof first === "string" ? [first] : first)
    context = engine.ask(earlier, context).context;
  return engine.ask(question, context);
}

/**
 * Asked after `first`, `question` is answered (not compared or refused) about exactly `systems`;
 * the answer, for what else a test checks of it.
 */
export function answersAbout(first: string, question: string, systems: string[]): Answer {
  const { answer } = askAfter(first, question);
  expect(answer.intent).toBe("answer");
  expect(answer.systems).toEqual(systems);
  return answer;
}

/** The real knowledge base, as the engine holds it. */
export const realKb = (): KnowledgeBase => realEngine().kb;

/** The answer of the real engine, optionally within a conversation. */
export const askReal = (question: string, context?: ConversationContext): Answer =>
  realEngine().ask(question, context).answer;

function realIndexes() {
  const kb = realKb();
  indexes ??= {
    phrases: new PhraseIndex(kb),
    facts: new FactIndex(kb),
    limits: new LimitIndex(kb),
    catalog: new Catalog(kb),
  };
  return indexes;
}

/** What the matcher reads in a question, before context and answering. */
export function matchReal(question: string): QuestionMatch {
  const { phrases, facts } = realIndexes();
  return matchQuestion(question, phrases, facts);
}

/** The same, with what the sources cannot know ("still maintained", a name they never write). */
export function matchRealWithLimits(question: string): QuestionMatch {
  const { phrases, facts, limits } = realIndexes();
  return matchQuestion(question, phrases, facts, limits);
}

/** Lookups over the real knowledge base, for the answer builders. */
export const realCatalog = (): Catalog => realIndexes().catalog;
