import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_QUESTION_CHARS } from "../../src/core/match/normalise.js";
import { contractViolations } from "../helpers/contract.js";
import { realEngine, realKb } from "../helpers/engine.js";
import {
  hostileQuestion,
  hugeQuestion,
  knowledgeWords,
  punctuationOrSpace,
} from "../helpers/hostile-text.js";

/** Slowest single question allowed; the engine answers in about a millisecond. */
const MAX_MS_PER_QUESTION = 500;

const engine = realEngine();
const kb = realKb();
let slowest = 0;

/** Asks, timing the call; a throw fails the property with the question that caused it. */
function askTimed(question: string, context?: Parameters<typeof engine.ask>[1]) {
  const started = performance.now();
  const result = engine.ask(question, context);
  slowest = Math.max(slowest, performance.now() - started);
  return result;
}

/** The property every generated question must keep: an answer that honours the contract. */
function keepsContract(question: string, context?: Parameters<typeof engine.ask>[1]) {
  const result = askTimed(question, context);
  expect(contractViolations(result.answer, kb)).toEqual([]);
  expect(result.answer.query).toBe(question);
  expect(Array.isArray(result.context.systems) && Array.isArray(result.context.topics)).toBe(true);
  return result;
}

const run = (arbitrary: fc.Arbitrary<string>, numRuns: number) =>
  fc.assert(
    fc.property(arbitrary, (q) => {
      keepsContract(q);
    }),
    { numRuns },
  );

// 11,000 generated questions in all, split by kind so each kind gets its share.
describe("engine.ask on hostile input", () => {
  it("should answer 4,000 mixes of markup, entities, emoji, control and RTL characters and KB words", () => {
    run(hostileQuestion(kb), 4_000);
  });

  it("should answer 2,500 strings of arbitrary Unicode", () => {
    run(fc.string({ unit: "binary", maxLength: 300 }), 2_500);
  });

  it("should answer 1,000 strings of only punctuation and white space with help", () => {
    fc.assert(
      fc.property(punctuationOrSpace, (q) => {
        expect(keepsContract(q).answer.intent).toBe("help");
      }),
      { numRuns: 1_000 },
    );
  });

  it("should answer 300 questions of about 10,000 characters, saying they were cut", () => {
    fc.assert(
      fc.property(hugeQuestion(kb), (q) => {
        expect(q.length).toBeGreaterThan(MAX_QUESTION_CHARS);
        expect(keepsContract(q).answer.text).toContain("Your question was long");
      }),
      { numRuns: 300 },
    );
  });

  it("should answer 1,200 follow-ups within random conversations, stale ids included", () => {
    const systemIds = [...kb.systems.map((s) => s.id), "windows"];
    const topicIds = [...kb.topics.map((t) => t.id), "colour"];
    const context = fc.record({
      systems: fc.subarray(systemIds),
      topics: fc.subarray(topicIds),
      recentSystems: fc.option(fc.subarray(systemIds), { nil: undefined }),
    });
    const followUp = fc.oneof(
      hostileQuestion(kb),
      fc.array(knowledgeWords(kb), { maxLength: 4 }).map((w) => w.join(" ")),
    );
    fc.assert(
      fc.property(followUp, context, (q, c) => {
        keepsContract(q, c);
      }),
      { numRuns: 1_200 },
    );
  });

  it("should answer 400 chains of five questions, each carrying the last context on", () => {
    fc.assert(
      fc.property(fc.array(hostileQuestion(kb), { minLength: 5, maxLength: 5 }), (questions) => {
        let context: Parameters<typeof engine.ask>[1];
        for (const q of questions) context = keepsContract(q, context).context;
      }),
      { numRuns: 400 },
    );
  });

  it(`should take under ${MAX_MS_PER_QUESTION} ms for every question`, () => {
    expect(slowest).toBeGreaterThan(0);
    expect(slowest).toBeLessThan(MAX_MS_PER_QUESTION);
  });
});
