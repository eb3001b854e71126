import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { foldForEvidence } from "../../../src/core/knowledge/evidence.js";
import { type LoadedKnowledge, loadKnowledge } from "../../../src/core/knowledge/load.js";
import { defaultArticlesDir, defaultKnowledgeDir } from "../../../src/core/project-root.js";

/** One row of the sources table in the seeds README, the authority on ids, titles and dates. */
interface ReadmeSource {
  id: string;
  file: string;
  title: string;
  author: string;
  date: string;
  url: string;
}

function readmeSources(): ReadmeSource[] {
  const readme = readFileSync(join(defaultArticlesDir(), "README.md"), "utf8");
  return readme
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .filter((cells) => cells.length === 8)
    .map(([, id, file, title, author, date, url]) => ({
      id: (id ?? "").replaceAll("`", ""),
      file: file ?? "",
      title: title ?? "",
      author: author ?? "",
      // "2014-05-13 (author's note …)": the note is kept apart, as date_note.
      date: (date ?? "").split(" (")[0] ?? "",
      url: url ?? "",
    }));
}

describe("the real knowledge base", () => {
  let loaded: LoadedKnowledge;
  beforeAll(() => {
    // The articles sit beside the clone (../shared/seeds), in CI as on a workstation.
    loaded = loadKnowledge({ dir: defaultKnowledgeDir(), articlesDir: defaultArticlesDir() });
  });

  it("should load with every evidence phrase checked against the articles", () => {
    expect(loaded.evidenceChecked).toBe(true);
  });

  it("should find every evidence phrase in its article, ignoring case and white space", () => {
    const articles = new Map(
      loaded.kb.sources.map((s) => [
        s.id,
        foldForEvidence(readFileSync(join(defaultArticlesDir(), s.file), "utf8")),
      ]),
    );
    const missing = loaded.kb.facts.flatMap((fact) =>
      fact.sources
        .filter((cited) => !articles.get(cited.id)?.includes(foldForEvidence(cited.evidence)))
        .map((cited) => `${fact.id}: ${cited.id}: ${cited.evidence}`),
    );

    expect(missing).toEqual([]);
  });

  it("should name only systems, topics and sources that exist", () => {
    const { sources, systems, topics, facts } = loaded.kb;
    const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
    const [sourceIds, systemIds, topicIds] = [ids(sources), ids(systems), ids(topics)];
    const dangling = facts.flatMap((fact) => [
      ...(systemIds.has(fact.system) ? [] : [`${fact.id}: system ${fact.system}`]),
      ...(topicIds.has(fact.topic) ? [] : [`${fact.id}: topic ${fact.topic}`]),
      ...fact.sources.filter((s) => !sourceIds.has(s.id)).map((s) => `${fact.id}: source ${s.id}`),
    ]);

    expect(dangling).toEqual([]);
  });

  it("should hold well over 100 facts with unique ids", () => {
    const ids = loaded.kb.facts.map((f) => f.id);

    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("should list the five sources exactly as the seeds README gives them", () => {
    const expected = readmeSources();
    const actual = loaded.kb.sources.map(({ id, file, title, author, date, url }) => ({
      id,
      file,
      title,
      author,
      date,
      url,
    }));

    expect(expected).toHaveLength(5);
    expect(actual).toEqual(expected);
  });

  it("should describe the six systems the articles cover, each with aliases and a summary", () => {
    const { systems } = loaded.kb;

    expect(systems.map((s) => s.id)).toEqual([
      "coreos",
      "atomic",
      "rancheros",
      "snappy",
      "photon",
      "dcos",
    ]);
    for (const system of systems) {
      expect(system.aliases.length).toBeGreaterThan(0);
      expect(system.summary.length).toBeGreaterThan(0);
    }
  });

  it("should keep both sides where the articles disagree, each with its own source", () => {
    const rancherSize = loaded.kb.facts.filter(
      (f) => f.system === "rancheros" && f.topic === "size",
    );
    const cited = (value: string) =>
      rancherSize.find((f) => f.value === value)?.sources.map((s) => s.id);

    expect(cited("20 MB")).toEqual(["inovex-2015"]);
    expect(cited("22 MB ISO")).toEqual(["rosland-2015"]);
  });
});
