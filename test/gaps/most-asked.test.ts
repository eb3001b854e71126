import { describe, expect, it } from "vitest";
import { mostAsked } from "../../src/gaps/most-asked.js";
import { realEngine } from "../helpers/engine.js";
import { buildAskedEvent, buildUnansweredEvent } from "../helpers/stored-events.js";

const kb = () => realEngine().kb;

describe("mostAsked", () => {
  it("should rank subjects by how often they were asked, phrased from names only", () => {
    const events = [
      buildAskedEvent({ systems: ["coreos"], topics: ["security"] }),
      buildAskedEvent({ intent: "compare", systems: ["rancheros", "coreos"], topics: ["size"] }),
      buildAskedEvent({ intent: "compare", systems: ["coreos", "rancheros"], topics: ["size"] }),
      buildUnansweredEvent({ question: "secret project names" }),
    ];
    expect(mostAsked(events, kb())).toEqual([
      { question: "compare CoreOS and RancherOS on size and footprint", count: 2 },
      { question: "CoreOS security and access", count: 1 },
    ]);
  });

  it("should phrase a comparison of every system as 'compare all', and cap the list", () => {
    const all = kb().systems.map((s) => s.id);
    const events = [
      buildAskedEvent({ intent: "compare", systems: all, topics: ["size"] }),
      ...["a", "b", "c", "d", "e", "f"].map(() => buildAskedEvent({ topics: [] })),
    ];
    const ranked = mostAsked(events, kb(), 2);
    expect(ranked).toEqual([
      { question: "CoreOS", count: 6 },
      { question: "compare all on size and footprint", count: 1 },
    ]);
  });

  it("should phrase each asked subject so the bot answers it the same way", () => {
    const engine = realEngine();
    const events = [
      buildAskedEvent({ systems: ["atomic"], topics: ["security"] }),
      buildAskedEvent({ intent: "compare", systems: ["coreos", "rancheros"], topics: ["size"] }),
    ];
    for (const { question } of mostAsked(events, engine.kb)) {
      const answer = engine.ask(question).answer;
      expect(answer.intent, question).not.toBe("no_match");
    }
  });
});
