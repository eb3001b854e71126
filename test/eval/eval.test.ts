import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { realEngine } from "../helpers/engine.js";
import { failures, readEvalCases } from "./score.js";

const PASS_MARK = 0.9;
const cases = readEvalCases(join(import.meta.dirname, "questions.jsonl"));

describe("evaluation set", () => {
  it("has at least 80 questions, 15 of them off-topic", () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(cases.filter((c) => c.intent === "no_match").length).toBeGreaterThanOrEqual(15);
  });

  it(`should answer at least ${PASS_MARK * 100}% of the questions correctly`, () => {
    const engine = realEngine();
    const byCategory = new Map<string, { pass: number; total: number }>();
    const failed: string[] = [];
    for (const test of cases) {
      const problems = failures(test, engine.ask(test.q).answer);
      const tally = byCategory.get(test.category) ?? { pass: 0, total: 0 };
      tally.total++;
      if (problems.length === 0) tally.pass++;
      else failed.push(`  ${JSON.stringify(test.q)}: ${problems.join("; ")}`);
      byCategory.set(test.category, tally);
    }
    const passed = cases.length - failed.length;
    const lines = [...byCategory].map(([name, t]) => `  ${name.padEnd(12)} ${t.pass}/${t.total}`);
    console.log(`Evaluation: ${passed}/${cases.length} (${((100 * passed) / cases.length).toFixed(1)}%)\n${lines.join("\n")}${failed.length ? `\nFailed:\n${failed.join("\n")}` : ""}`);
    expect(passed / cases.length).toBeGreaterThanOrEqual(PASS_MARK);
  });
});
