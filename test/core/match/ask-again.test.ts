import { describe, expect, it } from "vitest";
import { MAX_CONTEXT_WORD_LENGTH, MAX_CONTEXT_WORDS } from "../../../src/core/answer/contract.js";
import { askingWords } from "../../../src/core/match/ask-again.js";
import { tokenise } from "../../../src/core/match/normalise.js";

describe("askingWords", () => {
  it("should keep the words between the first and last content words, so pairs survive", () => {
    expect(askingWords(tokenise("how do I log in to coreos?"))).toEqual([
      "log",
      "in",
      "to",
      "coreos",
    ]);
  });

  it("should keep no more words, nor longer ones, than a conversation stores", () => {
    const long = `${"x".repeat(60)} ${Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ")}`;
    const words = askingWords(tokenise(long));
    expect(words.length).toBe(MAX_CONTEXT_WORDS);
    expect(words.every((word) => word.length <= MAX_CONTEXT_WORD_LENGTH)).toBe(true);
  });
});
