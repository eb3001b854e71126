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
