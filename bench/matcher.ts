import { createEngine } from "../src/core/engine.js";
import type { KnowledgeBase } from "../src/core/knowledge/schema.js";
import { median, percentile, round1, since } from "./stats.js";
import { scaleKnowledge } from "./synthetic-kb.js";

export interface MatcherOptions {
  /** Knowledge sizes to measure, as multiples of the real knowledge base. */
  scales: number[];
  questions: string[];
  /** Unmeasured rounds over all questions first, so the JIT has settled (at most a quarter of the budget). */
  warmupRounds: number;
  /** Measured rounds at most... */
  rounds: number;
  /** ...but a scale stops after the first round that ends past this budget. */
  budgetMs: number;
}

export interface MatcherResult {
  scale: string;
  systems: number;
  facts: number;
  /** Time to index this knowledge base (createEngine). */
  indexMs: number;
  questions: number;
  /** Measured rounds over all the questions. */
  rounds: number;
  /** Percentiles over the questions of each one's median time, µs. */
  p50Us: number;
  p99Us: number;
  maxUs: number;
  /** p99 over every single call, pauses and preemption included, µs. */
  allCallsP99Us: number;
}

/** Per-question latency of `engine.ask` (normalise, match, build the answer), in microseconds. */
export function measureMatcher(kb: KnowledgeBase, options: MatcherOptions): MatcherResult[] {
  return options.scales.map((scale) => measureScale(scaleKnowledge(kb, scale), scale, options));
}

function measureScale(kb: KnowledgeBase, scale: number, options: MatcherOptions): MatcherResult {
  const indexStart = performance.now();
  const engine = createEngine(kb);
  const indexMs = since(indexStart);
  const warmupStart = performance.now();
  for (
    let round = 0;
    round < options.warmupRounds && since(warmupStart) < options.budgetMs / 4;
    round++
  ) {
    for (const question of options.questions) engine.ask(question);
  }
  // samples[q][r]: question q in round r, µs.
  const samples: number[][] = options.questions.map(() => []);
  const start = performance.now();
  for (let round = 0; round < options.rounds && since(start) < options.budgetMs; round++) {
    options.questions.forEach((question, q) => {
      const t0 = process.hrtime.bigint();
      engine.ask(question);
      samples[q]?.push(Number(process.hrtime.bigint() - t0) / 1000);
    });
  }
  // Each question's typical cost (its median over the rounds): a preempted or GC-hit call on a
  // busy machine moves the all-calls tail, not these.
  const perQuestion = samples.map((s) => median(s)).sort((a, b) => a - b);
  const all = samples.flat().sort((a, b) => a - b);
  return {
    scale: `${scale}x`,
    systems: kb.systems.length,
    facts: kb.facts.length,
    indexMs: round1(indexMs),
    questions: perQuestion.length,
    rounds: samples[0]?.length ?? 0,
    p50Us: round1(percentile(perQuestion, 0.5)),
    p99Us: round1(percentile(perQuestion, 0.99)),
    maxUs: round1(perQuestion.at(-1) ?? Number.NaN),
    allCallsP99Us: round1(percentile(all, 0.99)),
  };
}
