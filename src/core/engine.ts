import type { Answer, ConversationContext } from "./answer/contract.js";
import type { KnowledgeBase } from "./knowledge/schema.js";

export interface AskResult {
  answer: Answer;
  /** The context to keep for the next question in the same conversation. */
  context: ConversationContext;
}

export interface Engine {
  readonly kb: KnowledgeBase;
  ask(question: string, context?: ConversationContext): AskResult;
}

// PLACEHOLDER while the matcher is written: answers help to everything.
export function createEngine(kb: KnowledgeBase): Engine {
  return {
    kb,
    ask(question) {
      return {
        answer: {
          query: question,
          intent: "help",
          confidence: 1,
          systems: [],
          topics: [],
          text: "I answer questions about container operating systems.",
          facts: [],
          table: null,
          citations: [],
          suggestions: ["security atomic"],
        },
        context: { systems: [], topics: [] },
      };
    },
  };
}
