import { describe, expect, it } from "vitest";
import { isLowConfidence, Metrics } from "../../src/metrics/metrics.js";
import { askReal } from "../helpers/engine.js";
import { parseMetrics } from "../helpers/metrics.js";

const scrape = async (metrics: Metrics) => parseMetrics(await metrics.render());

describe("Metrics", () => {
  it("should keep each app's counts in its own registry", async () => {
    const first = new Metrics();
    const second = new Metrics();
    first.answered("mention", askReal("coreos vs atomic"));

    const questions = "containeros_questions_total";
    expect((await scrape(first)).value(questions, { intent: "compare", edge: "mention" })).toBe(1);
    expect((await scrape(second)).value(questions, { intent: "compare", edge: "mention" })).toBe(0);
  });

  it("should count an answer below the confidence floor as low-confidence, and no_match not", async () => {
    const answer = askReal("security atomic");
    const low = { ...answer, confidence: 0.45 };
    expect(isLowConfidence(low)).toBe(true);
    expect(isLowConfidence(answer)).toBe(false);
    expect(isLowConfidence(askReal("what is the size of the moon"))).toBe(false);

    const metrics = new Metrics();
    metrics.answered("terminal", low);
    metrics.answered("terminal", answer);
    const lowConfidence = "containeros_low_confidence_answers_total";
    expect((await scrape(metrics)).value(lowConfidence, { edge: "terminal" })).toBe(1);
  });

  it("should count feedback by verdict and Slack API errors by method", async () => {
    const metrics = new Metrics();
    metrics.feedback(true);
    metrics.feedback(true);
    metrics.feedback(false);
    metrics.slackApiError("chat.postMessage");

    const result = await scrape(metrics);
    expect(result.value("containeros_feedback_total", { verdict: "up" })).toBe(2);
    expect(result.value("containeros_feedback_total", { verdict: "down" })).toBe(1);
    const errors = "containeros_slack_api_errors_total";
    expect(result.value(errors, { method: "chat.postMessage" })).toBe(1);
  });

  it("should read whether Redis is up at each scrape, once told to watch it", async () => {
    const metrics = new Metrics();
    expect((await scrape(metrics)).value("containeros_redis_up")).toBeUndefined();
    let up = true;
    metrics.watchRedis(() => up);
    expect((await scrape(metrics)).value("containeros_redis_up")).toBe(1);
    up = false;
    expect((await scrape(metrics)).value("containeros_redis_up")).toBe(0);
  });
});
