import { describe, expect, it } from "vitest";
import { FactIndex } from "../../../src/core/match/fact-index.js";
import { wordKey } from "../../../src/core/match/fact-words.js";
import { realKb } from "../../helpers/engine.js";

const index = new FactIndex(realKb());
const factIds = (word: string) => index.lookup(word)?.facts.map((i) => realKb().facts[i]?.id);

describe("FactIndex", () => {
  it("should find a knowledge word exactly, and its plural", () => {
    expect(index.lookup("selinux")).toMatchObject({ word: "selinux", exact: true });
    expect(factIds("selinux")).toContain("atomic-security-selinux-default");
    expect(index.lookup("kernels")).toMatchObject({ exact: true });
  });

  it("should take a misspelt longer word for the word it nearly is, as a guess", () => {
    expect(index.lookup("selinxu")).toMatchObject({ word: "selinux", exact: false });
    // Nearer the word as written than its stem: "secruity" is one swap from "security".
    expect(index.lookup("secruity")).toMatchObject({ word: wordKey("security"), exact: false });
    // A misspelt word finds what the word itself does, written as one word or as two.
    expect(index.lookup("rolback")).toMatchObject({ exact: false });
    expect(factIds("rolback")?.sort()).toEqual(factIds("rollback")?.sort());
  });

  it("should not take a common English word for a typo of another ('lunch' is not 'launch')", () => {
    expect(index.lookup("lunch")).toBeUndefined();
    expect(index.lookup("clash")?.word).not.toBe(wordKey("crash"));
    // Typos that are no English word still count, and English words keep their own stem.
    expect(index.lookup("etdc")).toMatchObject({ word: "etcd", exact: false });
    expect(index.lookup("patched")?.word).toBe(wordKey("patch"));
  });

  it("should take an abbreviation for the few words it begins, as a guess", () => {
    const hit = index.lookup("orch");
    expect(hit).toMatchObject({ word: "orch", exact: false });
    expect(hit?.facts.length).toBeGreaterThan(0);
    // "contai" begins too many words (container, containers, contained...) to say which.
    expect(index.lookup("contai")).toBeUndefined();
  });

  it("should keep words apart that Porter's stems would join", () => {
    expect(wordKey("production")).not.toBe(wordKey("product"));
    // British "-ise" meets American "-ize"; an "-ise" that is no suffix stays.
    expect(wordKey("virtualisation")).toBe(wordKey("virtualization"));
    expect(wordKey("optimised")).toBe(wordKey("optimized"));
    expect(wordKey("enterprise")).toBe("enterpris");
    expect(wordKey("typing")).not.toBe(wordKey("type"));
    expect(wordKey("adding")).toBe(wordKey("add"));
    expect(wordKey("adding")).not.toBe(wordKey("ad"));
    expect(wordKey("authorization")).not.toBe(wordKey("author"));
    expect(wordKey("integrity")).not.toBe(wordKey("integration"));
    // "they all look identical" is no question about Lightwave's identity services.
    expect(wordKey("identical")).not.toBe(wordKey("identity"));
    expect(wordKey("experience")).not.toBe(wordKey("experimental"));
    expect(wordKey("communication")).not.toBe(wordKey("community"));
    expect(wordKey("news")).not.toBe(wordKey("new"));
    expect(wordKey("productions")).toBe(wordKey("production"));
    expect(factIds("product")).not.toContain("atomic-maturity-not-production-ready");
    expect(factIds("production")).toContain("atomic-maturity-not-production-ready");
  });

  it("should know nothing of words the knowledge base never uses", () => {
    for (const word of ["lasagne", "tshirt", "moon", "quux"])
      expect(index.lookup(word)).toBeUndefined();
  });
});

describe("FactIndex: versions as people quote them", () => {
  it("should find a fact that quotes 1.6.0 by 1.6", () => {
    const index = new FactIndex(realKb());
    const full = index.lookup("1.6.0");
    const short = index.lookup("1.6");
    expect(short?.exact).toBe(true);
    expect(short?.facts).toEqual(full?.facts);
  });
});
