import { describe, expect, it } from "vitest";
import { buildHomeView } from "../../../src/slack/render/home-view.js";
import { expectWithinBlockKitLimits, liveMentions } from "../../helpers/block-kit.js";
import { realEngine } from "../../helpers/engine.js";

const content = (mostAsked = [{ question: "CoreOS security and access", count: 3 }]) => {
  const engine = realEngine();
  return { kb: engine.kb, examples: engine.ask("help").answer.suggestions, mostAsked };
};
const texts = (view: ReturnType<typeof buildHomeView>) => JSON.stringify(view.blocks);

describe("buildHomeView", () => {
  it("should show every system with its summary, the topics, examples and knowledge counts", () => {
    const view = buildHomeView(content());
    const { kb, examples } = content();
    expect(view.type).toBe("home");
    for (const system of kb.systems) expect(texts(view)).toContain(`*${system.name}*`);
    for (const topic of kb.topics) expect(texts(view)).toContain(topic.name);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(texts(view)).toContain(example);
    expect(texts(view)).toContain(`${kb.facts.length} facts · 6 systems`);
  });

  it("should list the five sources with authors and dates, and the most asked subjects", () => {
    const view = buildHomeView(content());
    for (const source of content().kb.sources) {
      expect(texts(view)).toContain(source.author);
      expect(texts(view)).toContain(source.date);
    }
    expect(texts(view)).toContain("`CoreOS security and access` (3×)");
    expect(texts(buildHomeView(content([])))).toContain("Nothing asked yet");
  });

  it("should stay within Block Kit limits and ping no one", () => {
    const view = buildHomeView(content());
    const message = { text: "home", blocks: view.blocks };
    expectWithinBlockKitLimits(message);
    expect(liveMentions(message)).toEqual([]);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });
});

describe("App Home with many sources", () => {
  it("should list every source with its date, newest first, however many there are", () => {
    const { kb, examples } = content();
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...(kb.sources[0] as (typeof kb.sources)[number]),
      id: `curated-${i}`,
      title: `Runbook number ${i} ${"about container hosts ".repeat(3)}`,
      date: `20${String(10 + (i % 17)).padStart(2, "0")}-01-01`,
    }));
    const view = buildHomeView({ kb: { ...kb, sources: many }, examples, mostAsked: [] });
    const message = { text: "home", blocks: view.blocks };

    for (const source of many) expect(texts(view)).toContain(`${source.date} · <`);
    for (const source of many)
      expect(texts(view)).toContain(`Runbook number ${source.id.slice(8)} `);
    expectWithinBlockKitLimits(message);
    const listed = texts(view).match(/• (\d{4}-\d{2}-\d{2}) · </g) ?? [];
    expect(listed.map((entry) => entry.slice(2, 12))).toEqual(
      many.map((s) => s.date).sort((a, b) => b.localeCompare(a)),
    );
  });
});
