import { type Answer, INTENTS } from "../core/answer/contract.js";
import { LOW_CONFIDENCE } from "../store/record.js";
import { Counter, Gauge, Histogram, Registry } from "./prom.js";

/** Where a question came in: the four Slack entry points and the terminal chat. */
export const EDGES = ["command", "mention", "dm", "shortcut", "terminal"] as const;
export type Edge = (typeof EDGES)[number];

/**
 * Answer latency buckets, in seconds: the core alone answers in well under a millisecond, a reply
 * through Slack takes tens to hundreds of milliseconds, and retries against a slow Slack seconds.
 */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** An answer the bot gave (not "I don't know", not help) with a confidence this low or lower. */
export const isLowConfidence = (answer: Answer): boolean =>
  (answer.intent === "answer" || answer.intent === "compare") && answer.confidence < LOW_CONFIDENCE;

/**
 * What the people who run the bot watch, in Prometheus' text format (README, Metrics). One
 * registry per instance, never prom-client's global one, so several apps can run in one process
 * (the tests do). Every series a label set can take starts at 0, so rates work from the first
 * scrape.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly #questions = new Counter({
    name: "containeros_questions_total",
    help: "Questions answered, by the answer's intent and the edge they came in through",
    labelNames: ["intent", "edge"] as const,
    registers: [this.registry],
  });
  readonly #lowConfidence = new Counter({
    name: "containeros_low_confidence_answers_total",
    help: `Answers given with a confidence below ${LOW_CONFIDENCE}, by edge`,
    labelNames: ["edge"] as const,
    registers: [this.registry],
  });
  readonly #latency = new Histogram({
    name: "containeros_answer_duration_seconds",
    help: "Seconds from a question reaching the bot to its answer sent, by edge",
    labelNames: ["edge"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly #feedback = new Counter({
    name: "containeros_feedback_total",
    help: "Feedback clicks recorded (one per person, answer and verdict), by verdict",
    labelNames: ["verdict"] as const,
    registers: [this.registry],
  });
  readonly #slackErrors = new Counter({
    name: "containeros_slack_api_errors_total",
    help: "Failed calls to Slack, each attempt, by Web API method (or response_url)",
    labelNames: ["method"] as const,
    registers: [this.registry],
  });

  constructor() {
    for (const edge of EDGES) {
      for (const intent of INTENTS) this.#questions.inc({ intent, edge }, 0);
      this.#lowConfidence.inc({ edge }, 0);
      this.#latency.zero({ edge });
    }
    for (const verdict of ["up", "down"]) this.#feedback.inc({ verdict }, 0);
  }

  /** A question answered at `edge`, counted under its intent (and as low-confidence if it was). */
  answered(edge: Edge, answer: Answer): void {
    this.#questions.inc({ intent: answer.intent, edge });
    if (isLowConfidence(answer)) this.#lowConfidence.inc({ edge });
  }

  /** A question answered at `edge` and its answer sent, `startedMs` (performance.now()) after it came. */
  answeredAfter(edge: Edge, answer: Answer, startedMs: number): void {
    this.answered(edge, answer);
    this.observeLatency(edge, startedMs);
  }

  /** How long a question at `edge` took: from `startedMs` (performance.now()) when it came, to now. */
  observeLatency(edge: Edge, startedMs: number): void {
    this.#latency.observe({ edge }, (performance.now() - startedMs) / 1000);
  }

  feedback(helpful: boolean): void {
    this.#feedback.inc({ verdict: helpful ? "up" : "down" });
  }

  slackApiError(method: string): void {
    this.#slackErrors.inc({ method });
  }

  /** With Redis configured: a gauge of whether it is reachable now, read at each scrape. */
  watchRedis(isUp: () => boolean): void {
    new Gauge({
      name: "containeros_redis_up",
      help: "1 while Redis (REDIS_URL) is connected, 0 while the bot runs on local fallbacks",
      registers: [this.registry],
      collect() {
        this.set(isUp() ? 1 : 0);
      },
    });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** Every metric in Prometheus' text exposition format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }
}
