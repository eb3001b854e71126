import { describe, expect, it } from "vitest";
import { FuzzyLookup } from "../../../src/core/match/fuzzy-lookup.js";

const names = new FuzzyLookup<string>([
  ["coreos", "coreos"],
  ["rancheros", "rancheros"],
  ["snappy", "snappy"],
  ["photon", "photon"],
  ["dcos", "dcos"],
  ["containerlinux", "coreos"],
  ["container", "topic:containers"],
]);

describe("FuzzyLookup", () => {
  it("should find an exact key with score 0", () => {
    expect(names.find("coreos")).toEqual({ key: "coreos", value: "coreos", score: 0 });
  });

  it.each([
    ["coreso", "coreos"],
    ["rancheos", "rancheros"],
    ["snapy", "snappy"],
    ["photom", "photon"],
    ["dcso", "dcos"],
    ["containerlinx", "coreos"],
  ])("should read the typo %j as %j", (typo, value) => {
    const hit = names.find(typo);

    expect(hit?.value).toBe(value);
    expect(hit?.score).toBeGreaterThan(0);
    expect(hit?.score).toBeLessThan(1);
  });

  it.each([
    ["flet", "fleet"],
    ["bigg", "big"],
    ["isso", "iso"],
  ])("should read %j, a letter typed twice or once, as %j however short", (typo, key) => {
    const words = new FuzzyLookup<string>([
      ["fleet", "fleet"],
      ["big", "big"],
      ["iso", "iso"],
    ]);

    expect(words.find(typo)?.key).toBe(key);
  });

  it("should read two swapped letters as a typo only where swaps are allowed", () => {
    const entries: [string, string][] = [
      ["etcd", "etcd"],
      ["dcos", "dcos"],
    ];

    expect(new FuzzyLookup(entries, true).find("ectd")?.key).toBe("etcd");
    expect(new FuzzyLookup(entries).find("docs")).toBeUndefined();
  });

  it.each([
    ["dcxs", "a four-letter word with a changed letter"],
    ["abc", "a word too short for typos"],
    ["cortex", "a word two edits away"],
    ["container", "a word inside a longer key, when it has its own entry"],
  ])("should not stretch %j (%s) to another key", (word) => {
    const hit = names.find(word);

    expect(hit === undefined || hit.key === word).toBe(true);
  });

  it("should look keys up exactly with get", () => {
    expect(names.get("coreso")).toBeUndefined();
    expect(names.get("dcos")?.value).toBe("dcos");
  });

  it("should keep the first value of a key given twice", () => {
    const lookup = new FuzzyLookup([
      ["atomic", 1],
      ["atomic", 2],
    ]);

    expect(lookup.size).toBe(1);
    expect(lookup.get("atomic")?.value).toBe(1);
  });
});
