import { describe, expect, it } from "vitest";
import { markers, yearSpan } from "../../../src/core/answer/citations.js";
import { fitText } from "../../../src/core/answer/compose-text.js";
import { MAX_ANSWER_TEXT } from "../../../src/core/answer/contract.js";
import { buildCitation } from "../../helpers/answers.js";

describe("fitText", () => {
  it("should keep head and tail and drop body lines past the limit, saying how many", () => {
    const body = Array.from({ length: 100 }, (_, i) => `line ${i} ${"x".repeat(40)}`);
    const text = fitText(["HEAD"], body, ["TAIL"]);

    expect(text.length).toBeLessThanOrEqual(MAX_ANSWER_TEXT);
    expect(text.startsWith("HEAD\nline 0")).toBe(true);
    expect(text.endsWith("TAIL")).toBe(true);
    expect(text).toMatch(/… and \d+ more lines; see the sources below\./);
  });

  it("should cut even a single over-long line to the limit", () => {
    expect(fitText(["x".repeat(3000)], [], []).length).toBe(MAX_ANSWER_TEXT);
  });
});

describe("yearSpan", () => {
  it("should give one year, or the first and last", () => {
    expect(yearSpan([{ date: "2015" }, { date: "2015-09-23" }])).toBe("2015");
    expect(yearSpan([{ date: "2015-10-01" }, { date: "2014-05-13" }])).toBe("2014–2015");
  });
});

describe("markers", () => {
  it("should number a fact's sources by their place among the citations", () => {
    const citations = [buildCitation({ id: "a" }), buildCitation({ id: "b" })];

    expect(markers(["b", "a"], citations)).toBe("[2][1]");
  });
});
