import { describe, expect, it } from "vitest";
import { allowedTypos, editDistance } from "../../../src/core/match/edit-distance.js";

describe("editDistance", () => {
  it.each([
    ["coreos", "coreos", 0],
    ["coreos", "coreso", 1],
    ["rancheros", "rancheos", 1],
    ["snappy", "snapy", 1],
    ["photon", "photom", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
    ["abc", "", 3],
  ])("should count %j to %j as %i edits", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it("should count swapping two neighbours as one edit", () => {
    expect(editDistance("dcso", "dcos")).toBe(1);
  });
});

describe("allowedTypos", () => {
  it("should allow none in short words, one in middling and two in long ones", () => {
    expect([1, 3, 4, 7, 8, 12].map(allowedTypos)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe("editDistance with a bound", () => {
  it.each([
    ["coreos", "coreso", 1, 1],
    ["rancheros", "ranchers", 2, 1],
    ["kitten", "sitting", 2, 3],
    ["kitten", "sitting", 3, 3],
    ["photon", "dcos", 1, 2],
    ["containerlinux", "container", 2, 3],
    ["abcdefgh", "badcfehg", 4, 4],
    ["abcdefgh", "badcfehg", 3, 4],
  ])(
    "should give %j to %j within %i as %i (the bound plus one when past it)",
    (a, b, max, expected) => {
      expect(editDistance(a, b, max)).toBe(expected);
      expect(editDistance(b, a, max)).toBe(expected);
    },
  );

  it("should agree with the unbounded distance wherever that is within the bound", () => {
    const words = ["coreos", "croeos", "coros", "coreoss", "rancher", "ranch", "dcos", "docs", ""];
    for (const a of words) {
      for (const b of words) {
        const exact = editDistance(a, b);
        for (const max of [0, 1, 2, 3]) {
          expect(editDistance(a, b, max)).toBe(Math.min(exact, max + 1));
        }
      }
    }
  });
});
