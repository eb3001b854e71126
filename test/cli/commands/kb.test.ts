import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../../src/core/knowledge/load.js";
import { defaultKnowledgeDir } from "../../../src/core/project-root.js";
import {
  CLI_TEST_TIMEOUT_MS,
  ensureBuilt,
  runContaineros,
  STACK_FRAME,
} from "../../helpers/cli.js";
import {
  BREAKS,
  brokenKnowledge,
  editText,
  knowledgeReport,
  removeBrokenKnowledge,
} from "../../helpers/knowledge.js";

beforeAll(ensureBuilt);
afterAll(removeBrokenKnowledge);

describe.concurrent("containeros kb", { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it("should check the real knowledge base, print counts and exit 0", async () => {
    const { kb } = loadKnowledge({ dir: defaultKnowledgeDir() });
    const { code, stdout, stderr } = await runContaineros(["kb", "check"]);
    const coreos = kb.facts.filter((f) => f.system === "coreos").length;

    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain(
      `${kb.facts.length} facts from 5 sources about 6 systems in ${kb.topics.length} topics.`,
    );
    expect(stdout).toMatch(new RegExp(`^ {2}coreos +${coreos}$`, "m"));
    expect(stdout).toContain("Knowledge base OK (every evidence phrase was found in its article).");
  });

  it("should say when it could not check evidence because the articles are missing, and exit 0", async () => {
    const missing = join(defaultKnowledgeDir(), "no-such-folder");
    const { code, stdout } = await runContaineros(["kb", "check", "--articles", missing]);

    expect(code).toBe(0);
    expect(stdout).toContain(`evidence not checked: articles not found at ${missing}`);
  });

  it("should exit 1 listing every problem of a broken knowledge base, with no stack trace", async () => {
    const dir = brokenKnowledge(
      BREAKS.unknownSource,
      BREAKS.unknownTopic,
      BREAKS.evidenceNotFound,
      editText("systems.yml", (text) => `${text}\n  - id: [broken\n`),
    );
    const { code, stdout, stderr } = await runContaineros(["kb", "check", "--knowledge", dir]);

    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(`containeros: ${knowledgeReport(dir)}`);
    expect(stderr).toMatch(/^containeros: The knowledge base has 4 problems:\n/);
    expect(stderr).not.toContain(STACK_FRAME);
  });

  it("should export the whole knowledge base, with each fact's evidence, as JSON", async () => {
    const { kb } = loadKnowledge({ dir: defaultKnowledgeDir() });
    const { code, stdout } = await runContaineros(["kb", "export", "--json"]);
    const exported = JSON.parse(stdout) as typeof kb;

    expect(code).toBe(0);
    expect(Object.keys(exported)).toEqual(["sources", "systems", "topics", "facts", "limits"]);
    expect(exported).toEqual(kb);
    expect(exported.facts.every((f) => f.sources.every((s) => s.evidence.length > 0))).toBe(true);
  });
});
