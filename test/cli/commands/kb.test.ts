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
import { CURATED, CURATED_SOURCE, curatedKnowledge } from "../../helpers/curated.js";
import {
  BREAKS,
  brokenKnowledge,
  editText,
  KB_SECTIONS,
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
    expect(Object.keys(exported)).toEqual(KB_SECTIONS);
    expect(exported).toEqual(kb);
    expect(exported.facts.every((f) => f.sources.every((s) => s.evidence.length > 0))).toBe(true);
  });
});

describe.concurrent("containeros kb for curators", { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it("should list the facts resting only on sources older than --older-than, by system", async () => {
    const dir = curatedKnowledge();
    const { code, stdout } = await runContaineros([
      "kb",
      "check",
      "--knowledge",
      dir,
      "--older-than",
      "5y",
    ]);
    const { kb } = loadKnowledge({ dir });
    const coreos = kb.facts.filter((f) => f.system === "coreos").length;

    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(
        `^${kb.facts.length - 3} facts rest only on sources older than 5y \\(before \\d{4}-\\d{2}-\\d{2}\\); re-check them:$`,
        "m",
      ),
    );
    expect(stdout).toMatch(new RegExp(`^ {2}CoreOS \\(coreos\\): ${coreos}$`, "m"));
    expect(stdout).toContain("    atomic-security-selinux-default  (hayden-2014, 2014-05-13)");
    expect(stdout).not.toContain("Kestrel Linux");
    expect(stdout).not.toContain("kestrel-");
  });

  it("should refuse an age it cannot read, with the usage", async () => {
    const { code, stderr } = await runContaineros(["kb", "check", "--older-than", "old"]);
    expect(code).toBe(2);
    expect(stderr).toContain('--older-than expects an age such as 5y, 90d or 12w, not "old"');
  });

  it("should add a source from a file and exit 0; refuse bad input with exit 1; missing flags with exit 2", async () => {
    const dir = brokenKnowledge();
    const flags = [
      "--knowledge",
      dir,
      "--title",
      "Kestrel",
      "--author",
      "Fernhill",
      "--url",
      "https://fernhill.example/k",
    ];
    const file = join(CURATED, CURATED_SOURCE.file);
    const addSource = (date: string) =>
      runContaineros(["kb", "add-source", file, ...flags, "--id", "fernhill-2026", "--date", date]);
    const good = await addSource("2026-03-02");
    expect(good).toMatchObject({ code: 0, stderr: "" });
    expect(good.stdout).toContain('Added source "fernhill-2026" (2026-03-02)');

    const again = await addSource("March 2026");
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /^containeros: Could not add source "fernhill-2026": nothing was changed\.\n/,
    );
    expect(again.stderr).toContain("--date: must be YYYY, YYYY-MM or YYYY-MM-DD");
    expect(again.stderr).toContain('--id: a source "fernhill-2026" is already in');

    const missing = await runContaineros(["kb", "add-source", file, "--knowledge", dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("kb add-source needs --id, --title, --author, --date, --url");
  });
});
