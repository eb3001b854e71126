import { describe, expect, it } from "vitest";
import { askReal } from "../../helpers/engine.js";

describe("helpText", () => {
  const help = askReal("help").text;

  it("should be short enough to scan", () => {
    expect(help.length).toBeLessThan(450);
    expect(help.split("\n").every((line) => line.length <= 200)).toBe(true);
  });

  it("should say what to ask: the systems, some topics, and that it compares", () => {
    expect(help).toMatch(
      /^Ask me about a container OS \(CoreOS, Project Atomic, .*Mesosphere DCOS\)/,
    );
    expect(help).toContain("a topic (size, kernel, docker, init, …), or compare them.");
  });

  it("should give three examples, one a line, each one it can answer", () => {
    const examples = help.split("\n").filter((line) => line.startsWith("• "));
    expect(examples).toEqual(["• security atomic", "• coreos vs atomic", "• compare all on size"]);
    for (const example of examples) {
      expect(["answer", "compare"]).toContain(askReal(example.slice(2)).intent);
    }
  });

  it("should end with the sources and their age", () => {
    expect(help.split("\n").at(-1)).toBe(
      "My answers come only from 5 articles (2014–2015); things may have changed since.",
    );
  });
});
