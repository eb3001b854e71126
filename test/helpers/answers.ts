import type { Answer, AnswerFact, AnswerTable, Citation } from "../../src/core/answer/contract.js";

/** Fixture builders in the spirit of bolt-js's `createDummy…Args(overrides)`. */
export function buildCitation(overrides: Partial<Citation> = {}): Citation {
  return {
    id: "hayden-2014",
    title: "CoreOS vs. Project Atomic: A Review",
    author: "Major Hayden (major.io)",
    url: "https://major.io/2014/05/13/coreos-vs-project-atomic-a-review/",
    date: "2014-05-13",
    ...overrides,
  };
}

export function buildFact(overrides: Partial<AnswerFact> = {}): AnswerFact {
  return {
    id: "atomic-security-selinux",
    system: "atomic",
    topic: "security",
    text: "Project Atomic keeps SELinux enforcing and confines containers with sVirt.",
    sources: ["hayden-2014"],
    ...overrides,
  };
}

export function buildTable(overrides: Partial<AnswerTable> = {}): AnswerTable {
  return {
    columns: ["CoreOS", "Project Atomic"],
    rows: [
      { label: "Size and footprint", cells: ["164 MB", "386 MB"] },
      { label: "Init system", cells: ["systemd", "systemd"] },
    ],
    ...overrides,
  };
}

export function buildAnswer(overrides: Partial<Answer> = {}): Answer {
  return {
    query: "security atomic",
    intent: "answer",
    confidence: 0.9,
    systems: ["atomic"],
    topics: ["security"],
    text: "Project Atomic leans on SELinux for security.",
    facts: [buildFact()],
    table: null,
    citations: [buildCitation()],
    suggestions: ["coreos vs atomic"],
    ...overrides,
  };
}
