import { renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../../src/core/knowledge/load.js";
import { CURATED_FACTS_FILE, CURATED_SOURCE, curatedKnowledge } from "../../helpers/curated.js";
import {
  citeInstead,
  deleteFile,
  editText,
  knowledgeProblems,
  removeBrokenKnowledge,
} from "../../helpers/knowledge.js";

afterAll(removeBrokenKnowledge);

/** A copy's problems with its files named from the copy's parent (`knowledge/…`). */
const problemsOf = (dir: string) =>
  knowledgeProblems(dir).map((problem) => problem.replaceAll(`${dirname(dir)}/`, ""));

describe("a curated source inside the knowledge folder", () => {
  it("should load, with its evidence checked against its own text", () => {
    const dir = curatedKnowledge();
    const { kb, uncheckedSources } = loadKnowledge({ dir, articlesDir: "/no/articles" });

    expect(kb.sources.map((s) => s.id)).toContain(CURATED_SOURCE.id);
    expect(kb.facts.filter((f) => f.system === "kestrel")).toHaveLength(3);
    // Without the seed articles, only they go unchecked: the curated source travels with the folder.
    expect(uncheckedSources).not.toContain(CURATED_SOURCE.id);
    expect(uncheckedSources).toHaveLength(5);
    expect(problemsOf(dir)).toEqual([]);
  });

  it("should report a phrase not in its text, naming the facts file and the fact", () => {
    const dir = curatedKnowledge(
      citeInstead(CURATED_FACTS_FILE, 0, CURATED_SOURCE.id, "the whole image is just 12 MB"),
    );

    expect(problemsOf(dir)).toEqual([
      'knowledge/facts/fernhill-2026.yml: facts[0] (kestrel-size-48mb-image).sources[0].evidence: evidence not found in article "fernhill-2026": "the whole image is just 12 MB"',
    ]);
    // Checked even where the seed articles are absent.
    expect(() => loadKnowledge({ dir, articlesDir: undefined })).toThrow(/12 MB/);
  });

  it("should report a missing text file as an error, even without the articles folder", () => {
    const dir = curatedKnowledge(deleteFile(CURATED_SOURCE.file));

    expect(problemsOf(dir)).toEqual([
      "knowledge/sources.yml: sources[5] (fernhill-2026).file: source text not found at knowledge/sources/kestrel-2026.md",
    ]);
    expect(() => loadKnowledge({ dir, articlesDir: undefined })).toThrow(/source text not found/);
  });

  it("should refuse a text file outside the knowledge folder", () => {
    const dir = curatedKnowledge(
      editText("sources.yml", (text) => text.replace(CURATED_SOURCE.file, "../../etc/passwd")),
    );

    expect(problemsOf(dir)).toContain(
      "knowledge/sources.yml: sources[5] (fernhill-2026).file: must be a path inside the knowledge folder",
    );
  });

  it("should match Markdown evidence as written or as the page renders it", () => {
    const asWritten = "own [Landlock](https://landlock.io) policy by default";
    const rendered = "Fernhill Labs released Kestrel Linux as a container host";
    const dir = curatedKnowledge(
      citeInstead(CURATED_FACTS_FILE, 2, CURATED_SOURCE.id, asWritten),
      citeInstead(CURATED_FACTS_FILE, 1, CURATED_SOURCE.id, rendered),
    );

    expect(problemsOf(dir)).toEqual([]);
  });

  it("should read a plain text source as well", () => {
    const dir = curatedKnowledge(
      editText("sources.yml", (text) => text.replace("kestrel-2026.md", "kestrel-2026.txt")),
    );
    renameSync(join(dir, CURATED_SOURCE.file), join(dir, "sources", "kestrel-2026.txt"));

    // Markup is folded only in Markdown: as plain text, the link's brackets stay in the way.
    expect(problemsOf(dir)).toEqual([
      'knowledge/facts/fernhill-2026.yml: facts[2] (kestrel-security-landlock-default).sources[0].evidence: evidence not found in article "fernhill-2026": "gets its own Landlock policy by default"',
    ]);
    writeFileSync(join(dir, "sources", "kestrel-2026.txt"), "Nothing about sizes here.");
    expect(problemsOf(dir)).toHaveLength(3);
  });
});
