import { describe, expect, it } from "vitest";
import { markers, yearSpan } from "../../../src/core/answer/citations.js";
import { joinText, moreLine } from "../../../src/core/answer/compose-text.js";
import { MAX_ANSWER_TEXT } from "../../../src/core/answer/contract.js";
import { buildCitation } from "../../helpers/answers.js";

describe("joinText", () => {
  it("should join lines, and cut a text past the limit only as a last resort", () => {
    expect(joinText(["a", "b"])).toBe("a\nb");
    expect(joinText(["x".repeat(3000)]).length).toBe(MAX_ANSWER_TEXT);
  });
});

describe("moreLine", () => {
  it("should say how many facts wait and how to see them", () => {
    expect(moreLine(1)).toBe('1 more fact on this: say "more" to see it.');
    expect(moreLine(7)).toBe('7 more facts on this: say "more" to see them.');
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
