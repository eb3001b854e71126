import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dump, load } from "js-yaml";
import { loadKnowledge } from "../../src/core/knowledge/load.js";
import { formatProblem, KnowledgeError } from "../../src/core/knowledge/problems.js";
import { defaultArticlesDir, defaultKnowledgeDir } from "../../src/core/project-root.js";

/** One entry of a knowledge list (a source, system, topic or fact) as plain, editable data. */
export type Entry = Record<string, unknown>;

/** A change to one file of the knowledge folder, named relative to it ("facts/hayden-2014.yml"). */
export interface KnowledgeMutation {
  file: string;
  /** The file's new text; undefined deletes the file (or folder). */
  apply: (text: string) => string | undefined;
}

const copies: string[] = [];

/**
 * Copies the real knowledge folder into a temporary `…/knowledge` (so problems are labelled
 * `knowledge/…` as in the real project), applies the mutations and returns the copy's path.
 */
export function brokenKnowledge(...mutations: KnowledgeMutation[]): string {
  const root = mkdtempSync(join(tmpdir(), "containeros-kb-"));
  copies.push(root);
  const dir = join(root, "knowledge");
  cpSync(defaultKnowledgeDir(), dir, { recursive: true });
  return applyMutations(dir, mutations);
}

/** Applies each mutation to the folder's file in turn; returns the folder. */
export function applyMutations(dir: string, mutations: KnowledgeMutation[]): string {
  for (const { file, apply } of mutations) {
    const path = join(dir, file);
    const text = statSync(path).isFile() ? apply(readFileSync(path, "utf8")) : undefined;
    if (text === undefined) rmSync(path, { recursive: true });
    else writeFileSync(path, text);
  }
  return dir;
}

/** Removes every copy made by brokenKnowledge; call it from afterAll. */
export function removeBrokenKnowledge(): void {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Rewrites a file's text, e.g. to break its YAML syntax at a known line. */
export const editText = (file: string, apply: (text: string) => string): KnowledgeMutation => ({
  file,
  apply,
});

/** Deletes a file or folder of the copy ("facts"). */
export const deleteFile = (file: string): KnowledgeMutation => ({ file, apply: () => undefined });

/** Edits entry `index` of the file's one top-level list (`facts`, `sources`, …) as plain data. */
export function editEntry(
  file: string,
  index: number,
  edit: (entry: Entry) => void,
): KnowledgeMutation {
  return {
    file,
    apply: (text) => {
      const data = load(text) as Record<string, Entry[]>;
      const [list] = Object.values(data);
      const entry = list?.[index];
      if (!entry) throw new Error(`${file} has no entry ${index}`);
      edit(entry);
      return dump(data, { lineWidth: -1 });
    },
  };
}

/** Replaces the sources a fact cites, e.g. to cite an unknown source or a phrase not in the article. */
export const citeInstead = (file: string, index: number, id: string, evidence: string) =>
  editEntry(file, index, (fact) => {
    fact.sources = [{ id, evidence }];
  });

/** Breakages several tests share, each in a known place of the real knowledge. */
export const BREAKS = {
  /** knowledge/facts/hayden-2014.yml: facts[3].sources[0].id: unknown source "hayden-2041" */
  unknownSource: citeInstead(
    "facts/hayden-2014.yml",
    3,
    "hayden-2041",
    "like the dependence on systemd",
  ),
  /** knowledge/facts/rosland-2015.yml: facts[0].topic: unknown topic "colour" */
  unknownTopic: editEntry("facts/rosland-2015.yml", 0, (fact) => {
    fact.topic = "colour";
  }),
  /** knowledge/facts/metral-2015.yml: facts[2].sources[0].evidence: evidence not found … */
  evidenceNotFound: citeInstead(
    "facts/metral-2015.yml",
    2,
    "metral-2015",
    "not in the article at all",
  ),
};

/** Reads entry `index` of a real knowledge file, to build mutations from real values. */
export function realEntry(file: string, index: number): Entry {
  const data = load(readFileSync(join(defaultKnowledgeDir(), file), "utf8")) as Record<
    string,
    Entry[]
  >;
  const entry = Object.values(data)[0]?.[index];
  if (!entry) throw new Error(`${file} has no entry ${index}`);
  return entry;
}

/** Every problem loading `dir` reports (evidence checked against the real articles), formatted. */
export function knowledgeProblems(dir: string): string[] {
  try {
    loadKnowledge({ dir, articlesDir: defaultArticlesDir() });
    return [];
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems.map(formatProblem);
    throw error;
  }
}

/** The report loading `dir` fails with, as the app and `kb check` print it (one problem a line). */
export function knowledgeReport(dir: string): string {
  const problems = knowledgeProblems(dir);
  return `The knowledge base has ${problems.length} problems:\n${problems.map((p) => `  ${p}\n`).join("")}`;
}

/** The sections of a knowledge base, in the order `kb export` writes them. */
export const KB_SECTIONS = ["sources", "systems", "topics", "facts", "limits", "synonyms"];
