import { describe, expect, it } from "vitest";
import { tokenise } from "../../../src/core/match/normalise.js";
import { Thesaurus } from "../../../src/core/match/thesaurus.js";

const thesaurus = new Thesaurus([
  ["start", "kick off", "founded"],
  ["roll back", "revert"],
]);

describe("Thesaurus", () => {
  it("should find a group's word by its stem and give the group's other words", () => {
    expect(thesaurus.related(tokenise("when was it kicked off?"))).toEqual([
      { start: 3, end: 5, words: [["start"], ["founded"]] },
    ]);
  });

  it("should find every group a question uses, each once", () => {
    const found = thesaurus.related(tokenise("can i roll back, or revert, after it started"));
    expect(found.map((r) => r.words)).toEqual([
      [["revert"]],
      [["roll", "back"]],
      [["kick", "off"], ["founded"]],
    ]);
  });

  it("should read a phrasal verb with a pronoun inside as the phrase ('roll it back')", () => {
    expect(thesaurus.related(tokenise("can i roll it back?"))).toEqual([
      { start: 2, end: 5, words: [["revert"]] },
    ]);
  });

  it("should find nothing without groups, or in a question that uses none of their words", () => {
    expect(new Thesaurus().related(tokenise("kick off"))).toEqual([]);
    expect(thesaurus.related(tokenise("how big is coreos"))).toEqual([]);
  });
});
