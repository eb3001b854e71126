import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/core/knowledge/load.js";
import { KnowledgeError } from "../../src/core/knowledge/problems.js";
import { LiveKnowledge, liveEngine } from "../../src/reload/live-knowledge.js";
import { report } from "../../src/reload/live-reload.js";
import { addCurated } from "../helpers/curated.js";
import { brokenKnowledge, removeBrokenKnowledge } from "../helpers/knowledge.js";

afterAll(removeBrokenKnowledge);

const live = (dir: string) => new LiveKnowledge(() => loadKnowledge({ dir }), dir);
/** Breaks systems.yml's YAML syntax, as a half-finished edit would. */
const breakSystems = (dir: string) =>
  appendFileSync(join(dir, "systems.yml"), "\n  - id: [broken\n");

function logged() {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => lines.push(`${level} ${message}`);
  return { lines, log: { info: at("INFO"), warn: at("WARN"), error: at("ERROR") } };
}

describe("LiveKnowledge", () => {
  it("should switch to valid new knowledge, and a question asked after it is answered from it", () => {
    const dir = brokenKnowledge();
    const knowledge = live(dir);
    const engine = liveEngine(knowledge);
    const before = knowledge.current();
    const oldAnswer = engine.ask("kestrel size").answer;

    addCurated(dir);
    const outcome = knowledge.reload();

    expect(outcome).toMatchObject({ ok: true, changed: true });
    expect(knowledge.current().fingerprint).not.toBe(before.fingerprint);
    expect(oldAnswer.intent).toBe("no_match");
    expect(engine.ask("kestrel size").answer.text).toContain("48 MB");
    expect(engine.kb.systems.map((s) => s.id)).toContain("kestrel");
    // What was taken before the switch still answers from the old knowledge.
    expect(before.engine.ask("kestrel size").answer.intent).toBe("no_match");
  });

  it("should keep the last good knowledge when the folder breaks, and say so until it is fixed", () => {
    const dir = brokenKnowledge();
    const knowledge = live(dir);
    const good = knowledge.current();
    const text = readFileSync(join(dir, "systems.yml"), "utf8");
    breakSystems(dir);

    const failed = knowledge.reload();
    expect(failed.ok).toBe(false);
    expect(knowledge.current()).toBe(good);
    expect(knowledge.failing()).toBe(true);
    expect(knowledge.lastFailure()?.problems[0]?.file).toMatch(/systems\.yml$/);

    writeFileSync(join(dir, "systems.yml"), text);
    expect(knowledge.reload()).toMatchObject({ ok: true, changed: false });
    expect(knowledge.current()).toBe(good);
    expect(knowledge.failing()).toBe(false);
    expect(knowledge.lastFailure()).toBeDefined();
  });

  it("should throw the loader's error when the knowledge is invalid at start", () => {
    const dir = brokenKnowledge();
    breakSystems(dir);
    expect(() => live(dir)).toThrow(KnowledgeError);
  });

  it("should turn an unexpected error into a problem naming the folder, never a throw", () => {
    let calls = 0;
    const dir = brokenKnowledge();
    const knowledge = new LiveKnowledge(() => {
      if (calls++ > 0) throw new Error("EACCES: permission denied");
      return loadKnowledge({ dir });
    }, "/srv/knowledge");

    expect(knowledge.reload()).toMatchObject({ ok: false });
    expect(knowledge.lastFailure()?.problems).toEqual([
      { file: "/srv/knowledge", path: "", message: "could not be read: EACCES: permission denied" },
    ]);
  });
});

describe("report", () => {
  it("should log the new counts after a switch, and every problem with file and path after a failure", () => {
    const dir = brokenKnowledge();
    const knowledge = live(dir);
    const { lines, log } = logged();
    addCurated(dir);
    report(knowledge.reload(), log);
    breakSystems(dir);
    report(knowledge.reload(), log);

    const { kb, fingerprint } = knowledge.current();
    expect(lines[0]).toBe(
      `INFO Knowledge reloaded: ${kb.facts.length} facts, 6 sources, 7 systems, ${kb.topics.length} topics (fingerprint ${fingerprint})`,
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^ERROR Knowledge reload failed with 1 problem; still answering from the knowledge loaded at .* \\(fingerprint ${fingerprint}\\):\\n {2}.*systems\\.yml: YAML syntax error at line \\d+`,
      ),
    );
  });
});
