import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowedTypos, editDistance } from "../../../src/core/match/edit-distance.js";
import { FuzzyLookup } from "../../../src/core/match/fuzzy-lookup.js";

/** Words of a small alphabet, so that keys crowd each other and typos land near several. */
const word = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(..."abcdefgh"), minLength: min, maxLength: max });

/** One edit of `text` at `at`: a deletion, a substitution, an insertion or a swap. */
function typo(text: string, at: number, kind: number): string {
  const i = at % (text.length - 1);
  return [
    text.slice(0, i) + text.slice(i + 1),
    `${text.slice(0, i)}${text[i] === "x" ? "y" : "x"}${text.slice(i + 1)}`,
    `${text.slice(0, i)}x${text.slice(i)}`,
    `${text.slice(0, i)}${text[i + 1]}${text[i]}${text.slice(i + 2)}`,
  ][kind % 4] as string;
}

describe("FuzzyLookup over many keys (the deletion index)", () => {
  it("should find, for a one-edit typo of a key, that key or one at least as close", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word(8, 12), { minLength: 40, maxLength: 120 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (keys, pick, at, kind) => {
          const lookup = new FuzzyLookup(keys.map((key) => [key, key] as [string, string]));
          const key = keys[pick % keys.length] as string;
          const asked = typo(key, at, kind);
          const hit = lookup.find(asked);
          expect(hit).toBeDefined();
          expect(editDistance(asked, hit?.key ?? "")).toBeLessThanOrEqual(editDistance(asked, key));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("should never return a key further than the typos its length allows", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word(4, 12), { minLength: 40, maxLength: 120 }),
        word(1, 14),
        (keys, asked) => {
          const hit = new FuzzyLookup(keys.map((key) => [key, key] as [string, string])).find(
            asked,
          );
          if (hit === undefined) return;
          const allowed = Math.min(allowedTypos(asked.length), allowedTypos(hit.key.length));
          expect(editDistance(asked, hit.key)).toBeLessThanOrEqual(allowed);
        },
      ),
      { numRuns: 300 },
    );
  });
});
