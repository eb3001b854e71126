import { describe, expect, it } from "vitest";
import { relatedQuestions } from "../../../src/core/answer/suggestions.js";
import { askReal, realCatalog } from "../../helpers/engine.js";

const related = (systems: string[], topics: string[]) =>
  relatedQuestions(realCatalog(), systems, topics);

describe("relatedQuestions after a comparison", () => {
  it("should suggest the compared systems on other topics and with one system more", () => {
    expect(related(["coreos", "atomic"], ["kernel"])).toEqual([
      "coreos vs atomic on size",
      "coreos vs atomic on docker",
      "coreos vs atomic vs rancheros on kernel",
    ]);
  });

  it("should cover every compared system, not only the first", () => {
    for (const suggestion of related(["photon", "atomic"], ["size"])) {
      expect(suggestion).toMatch(/^photon vs atomic /);
    }
  });

  it("should suggest topics a whole comparison did not show", () => {
    const shown = askReal("coreos vs atomic").topics;
    const [first, second] = related(["coreos", "atomic"], shown);
    expect(first).toMatch(/^coreos vs atomic on /);
    expect(shown).not.toContain(first?.replace("coreos vs atomic on ", ""));
    expect(shown).not.toContain(second?.replace("coreos vs atomic on ", ""));
  });

  it("should say `compare all` when no system with something on the topic is left out", () => {
    const { systems, topics } = askReal("compare all on kernel");
    expect(related(systems, topics)).toEqual(["compare all on size", "compare all on docker"]);
  });

  it.each(["coreos vs atomic", "rancheros vs coreos on networking", "compare all on size"])(
    "should suggest only comparisons it can answer after %j",
    (question) => {
      const suggestions = askReal(question).suggestions;
      expect(suggestions.length).toBeGreaterThan(1);
      for (const suggestion of suggestions) {
        const answer = askReal(suggestion);
        expect(answer.intent, suggestion).toBe("compare");
        expect(answer.systems.length, suggestion).toBeGreaterThan(1);
      }
    },
  );
});
