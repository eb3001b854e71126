import { createEngine } from "../src/core/engine.js";
import type { KnowledgeBase } from "../src/core/knowledge/schema.js";
import { percentile, round1, since } from "./stats.js";
import { scaleKnowledge } from "./synthetic-kb.js";

export interface MatcherOptions {
  /** Knowledge sizes to measure, as multiples of the real knowledge base. */
  scales: number[];
  questions: string[];
  /** Unmeasured rounds over all questions first, so the JIT has settled. */
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
  samples: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
}

/** Per-question latency of `engine.ask` (normalise, match, build the answer), in microseconds. */
export function measureMatcher(kb: KnowledgeBase, options: MatcherOptions): MatcherResult[] {
  return options.scales.map((scale) => measureScale(scaleKnowledge(kb, scale), scale, options));
}

function measureScale(kb: KnowledgeBase, scale: number, options: MatcherOptions): MatcherResult {
  const indexStart = performance.now();
  const engine = createEngine(kb);
  const indexMs = since(indexStart);
  for (let round = 0; round < options.warmupRounds; round++) {
    for (const question of options.questions) engine.ask(question);
  }
  const samples: number[] = [];
  const start = performance.now();
  for (let round = 0; round < options.rounds && since(start) < options.budgetMs; round++) {
    for (const question of options.questions) {
      const t0 = process.hrtime.bigint();
      engine.ask(question);
      samples.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
  samples.sort((a, b) => a - b);
  return {
    scale: `${scale}x`,
    systems: kb.systems.length,
    facts: kb.facts.length,
    indexMs: round1(indexMs),
    samples: samples.length,
    p50Us: round1(percentile(samples, 0.5)),
    p99Us: round1(percentile(samples, 0.99)),
    maxUs: round1(samples.at(-1) ?? Number.NaN),
  };
}
