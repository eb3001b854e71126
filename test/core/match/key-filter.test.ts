import { describe, expect, it } from "vitest";
import { KeyFilter } from "../../../src/core/match/key-filter.js";

const words = Array.from({ length: 3000 }, (_, i) => `key${i * 7919}`);

describe("KeyFilter", () => {
  it("should never turn away a key it holds", () => {
    const filter = new KeyFilter([...words, "coreos", "", "é-ü"]);
    expect([...words, "coreos", "", "é-ü"].every((word) => filter.mayHave(word))).toBe(true);
  });

  it("should turn away nearly every string it does not hold", () => {
    const filter = new KeyFilter(words);
    const strangers = Array.from({ length: 10_000 }, (_, i) => `other${i}`);
    const maybes = strangers.filter((word) => filter.mayHave(word)).length;
    expect(maybes / strangers.length).toBeLessThan(0.03);
  });

  it("should turn everything away when it holds nothing", () => {
    expect(new KeyFilter([]).mayHave("coreos")).toBe(false);
  });
});
