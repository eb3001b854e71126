import { describe, expect, it } from "vitest";
import { markers, oldestYear, yearSpan } from "../../../src/core/answer/citations.js";
import { ageNote, joinText, moreLine } from "../../../src/core/answer/compose-text.js";
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
    expect(moreLine(1)).toBe(
      '1 more fact on this: say "more" (in a thread, a DM or the terminal chat) to see it.',
    );
    expect(moreLine(7)).toMatch(/^7 more facts on this: say "more" .* to see them\.$/);
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

describe("ageNote", () => {
  const today = new Date("2026-12-02T12:00:00Z");
  const cited = (...dates: string[]) =>
    dates.map((date, i) => buildCitation({ id: `s${i}`, date }));

  it("should span the cited sources' years and warn when one of them is old", () => {
    expect(ageNote(cited("2014-05-13", "2015"), today)).toBe(
      "Sources date from 2014–2015; things may have changed since.",
    );
    expect(ageNote(cited("2026-03-02", "2014-05-13"), today)).toBe(
      "Sources date from 2014–2026; things may have changed since.",
    );
  });

  it("should not warn about age when every cited source is recent", () => {
    expect(ageNote(cited("2026-03-02"), today)).toBe("Sources date from 2026.");
    expect(ageNote(cited("2024-11", "2026-03-02"), today)).toBe("Sources date from 2024–2026.");
    expect(ageNote(cited("2023-12-31", "2026-03-02"), today)).toMatch(/may have changed/);
  });

  it("should find the oldest year whatever the date's precision", () => {
    expect(oldestYear(cited("2015", "2014-08", "2026-03-02"))).toBe(2014);
  });
});
