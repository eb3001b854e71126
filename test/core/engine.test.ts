import { describe, expect, it } from "vitest";
import type { Answer, ConversationContext } from "../../src/core/answer/contract.js";
import { askReal, realEngine } from "../helpers/engine.js";

/** Asks the questions in turn within one conversation, returning every answer. */
function converse(...questions: string[]): Answer[] {
  let context: ConversationContext | undefined;
  return questions.map((question) => {
    const result = realEngine().ask(question, context);
    context = result.context;
    return result.answer;
  });
}

const cells = (answer: Answer | undefined) =>
  new Set(answer?.facts.map((f) => `${f.system}/${f.topic}`));

describe("engine.ask in a conversation", () => {
  const [security, size, rancher, compared] = converse(
    "coreos security",
    "and its size?",
    "what about rancheros?",
    "compare them",
  );

  it("should answer the opening question on its own", () => {
    expect(cells(security)).toEqual(new Set(["coreos/security"]));
  });

  it("should read 'and its size?' as the size of the system just discussed", () => {
    expect(size?.intent).toBe("answer");
    expect(size?.systems).toEqual(["coreos"]);
    expect(size?.topics).toEqual(["size"]);
    expect(cells(size)).toEqual(new Set(["coreos/size"]));
  });

  it("should read 'what about rancheros?' as the same topic for another system", () => {
    expect(rancher?.systems).toEqual(["rancheros"]);
    expect(rancher?.topics).toEqual(["size"]);
    expect(cells(rancher)).toEqual(new Set(["rancheros/size"]));
  });

  it("should read 'compare them' as comparing the systems discussed on the topic discussed", () => {
    expect(compared?.intent).toBe("compare");
    expect(new Set(compared?.systems)).toEqual(new Set(["coreos", "rancheros"]));
    expect(compared?.topics).toEqual(["size"]);
    expect(compared?.table?.rows.map((r) => r.label)).toEqual(["Size and footprint"]);
  });

  it("should ignore the conversation when a question names its own system and topic", () => {
    const [, own] = converse("coreos security", "photon kernel");

    expect(own?.systems).toEqual(["photon"]);
    expect(cells(own)).toEqual(new Set(["photon/kernel"]));
  });

  it("should ignore the conversation when a question names two systems of its own", () => {
    const [, own] = converse("coreos security", "snappy vs photon");

    expect(own?.systems).toEqual(["snappy", "photon"]);
  });

  it("should keep the conversation across a question it cannot answer", () => {
    const [, unknown, follow] = converse(
      "atomic updates",
      "reset my VPN password",
      "and its size?",
    );

    expect(unknown?.intent).toBe("no_match");
    expect(cells(follow)).toEqual(new Set(["atomic/size"]));
  });

  it("should not invent a subject for a follow-up with no conversation", () => {
    expect(realEngine().ask("and its size?").answer.systems).not.toEqual(["coreos"]);
    expect(realEngine().ask("compare them").answer.intent).not.toBe("compare");
  });

  it("should ignore systems and topics a stored context names but the knowledge base lacks", () => {
    const stale = {
      systems: ["windows"],
      topics: ["colour"],
      recentSystems: ["windows", "coreos"],
    };

    expect(() => realEngine().ask("compare them", stale)).not.toThrow();
    expect(realEngine().ask("and its size?", stale).answer.systems).not.toContain("windows");
  });

  it("should give the same answer to the same question", () => {
    const first = realEngine().ask("coreos vs atomic").answer;

    expect(realEngine().ask("coreos vs atomic").answer).toEqual(first);
  });
});

describe("engine.ask: what the systems are", () => {
  it("should introduce every system with one fact each, cited, when asked what the systems are", () => {
    const answer = askReal("so which container operating systems are out there?");
    const { kb } = realEngine();
    expect(answer.intent).toBe("answer");
    // Five at a time: the first five systems, then "more" for the rest.
    const first = kb.systems.slice(0, 5);
    expect(answer.facts.map((fact) => fact.system)).toEqual(first.map((system) => system.id));
    for (const system of first) expect(answer.text).toContain(system.name);
    expect(answer.text).toContain('1 more fact on this: say "more"');
    expect(answer.citations.length).toBeGreaterThan(0);
    // Each system's fact that says what it is.
    const introducing = first.map((s) => kb.facts.find((f) => f.system === s.id && f.introduces));
    expect(answer.facts.map((fact) => fact.id)).toEqual(introducing.map((fact) => fact?.id));
  });

  it("should still not know a question about something else beside the kind of system", () => {
    expect(askReal("which os options are there for my smart fridge firmware").intent).toBe(
      "no_match",
    );
  });
});

describe("engine.ask: questions typed half in Spanish or Portuguese", () => {
  it("should read their function and question words as wording, not as unknown subjects", () => {
    const answer = askReal("qué es tdnf en photon?");

    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/tdnf/);
    expect(askReal("ayuda pls").intent).toBe("help");
  });

  it("should still hold back what the sources cannot know, in those words too", () => {
    expect(askReal("project atomic todavía existe?").intent).toBe("no_match");
    expect(askReal("cuál es la última versión de coreos hoy?").intent).toBe("no_match");
  });

  it("should keep English words those lists share ('total') as words of the question", () => {
    expect(askReal("how much funding did coreos raise in total?").intent).toBe("no_match");
  });
});

describe("engine.ask: a conversation after 'my sources say nothing on that'", () => {
  it("should keep the topic a named system had nothing on for the next system asked", () => {
    const [gap, rancher] = converse("how big is a dcos install on disk?", "what about rancheros?");

    expect(gap?.intent).toBe("no_match");
    expect(rancher?.intent).toBe("answer");
    expect(rancher?.systems).toEqual(["rancheros"]);
    expect(rancher?.facts[0]?.topic).toBe("size");
  });

  it("should pass over an 'I don't know' about no system, back to the system before it", () => {
    const [, , after] = converse("coreos security", "who won the 2010 world cup?", "and its size?");

    expect(after?.systems).toEqual(["coreos"]);
    expect(after?.topics).toEqual(["size"]);
  });
});
