import { describe, expect, it } from "vitest";
import { introductionProblems, leadProblems } from "../../../src/core/knowledge/leads.js";
import type { Fact } from "../../../src/core/knowledge/schema.js";

const fact = (id: string, topic: string, lead?: boolean): Fact => ({
  id,
  system: "acme",
  topic,
  text: `Fact ${id}.`,
  ...(lead === undefined ? {} : { lead }),
  sources: [{ id: "acme-2026", evidence: "three words here" }],
});
const origins = (n: number) => Array.from({ length: n }, (_, index) => ({ file: "f.yml", index }));

describe("leadProblems", () => {
  it("should accept one lead in every cell of two or more facts, and none needed for one", () => {
    const facts = [fact("a", "size", true), fact("b", "size"), fact("c", "kernel")];
    expect(leadProblems(facts, origins(3))).toEqual([]);
  });

  it("should name the cell, the file and the facts when a lead is missing", () => {
    const facts = [fact("a", "size"), fact("b", "size")];
    expect(leadProblems(facts, origins(2))).toEqual([
      {
        file: "f.yml",
        path: "facts[0].lead",
        message: 'acme · size has 2 facts but none marked "lead: true" (one of: a, b)',
      },
    ]);
  });

  it("should point at the second lead when a cell has two", () => {
    const facts = [fact("a", "size", true), fact("b", "size", true)];
    const [problem] = leadProblems(facts, origins(2));
    expect(problem?.path).toBe("facts[1].lead");
    expect(problem?.message).toMatch(/2 facts marked "lead: true"; mark exactly one/);
  });
});

describe("introductionProblems", () => {
  it("should accept one fact per system that says what it is, and none", () => {
    const intro = { ...fact("a", "size"), introduces: true };
    expect(introductionProblems([intro, fact("b", "kernel")], origins(2))).toEqual([]);
    expect(introductionProblems([fact("b", "kernel")], origins(1))).toEqual([]);
  });

  it("should point at the second introduction of a system and name the first", () => {
    const facts = [
      { ...fact("a", "size"), introduces: true },
      { ...fact("b", "kernel"), introduces: true },
    ];
    expect(introductionProblems(facts, origins(2))).toEqual([
      {
        file: "f.yml",
        path: "facts[1].introduces",
        message: 'acme already has "a" marked "introduces: true"; mark one fact per system',
      },
    ]);
  });
});
