import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { evidenceProblems } from "./evidence.js";
import { introductionProblems, leadProblems } from "./leads.js";
import { KnowledgeError, type KnowledgeProblem, knowledgeLabel } from "./problems.js";
import { rawEntries, readKnowledgeFile } from "./read-file.js";
import {
  duplicateFactIds,
  duplicateIds,
  duplicatePhrases,
  type FactOrigin,
  factReferenceProblems,
  type RawFact,
} from "./references.js";
import {
  type Fact,
  factsFileSchema,
  type KnowledgeBase,
  limitsFileSchema,
  sourcesFileSchema,
  synonymsFileSchema,
  systemsFileSchema,
  topicsFileSchema,
} from "./schema.js";

export interface LoadOptions {
  /** Folder with sources.yml, systems.yml, topics.yml, facts/*.yml and curated source texts. */
  dir: string;
  /** Folder with the seed article texts; when given and present, their evidence is checked. */
  articlesDir?: string;
}

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  /** Whether every evidence phrase was checked (false when seed articles are absent). */
  evidenceChecked: boolean;
  /** Sources whose evidence was not checked: seed articles, when their folder is absent. */
  uncheckedSources: string[];
}

const LIMITS_FILE = "limits.yml";
const SYNONYMS_FILE = "synonyms.yml";
const KNOWLEDGE_EXTENSIONS = /\.(ya?ml|json)$/;

/** Loads and validates the whole knowledge base; throws one KnowledgeError listing every problem. */
export function loadKnowledge({ dir, articlesDir }: LoadOptions): LoadedKnowledge {
  const problems: KnowledgeProblem[] = [];
  const label = knowledgeLabel(dir);
  const read = <T>(
    name: string,
    list: string,
    schema: Parameters<typeof readKnowledgeFile<T>>[2],
  ) => {
    const path = join(dir, name);
    const result = readKnowledgeFile(path, label(path), schema);
    if (!result.ok) problems.push(...result.problems);
    const entries = result.ok
      ? (result.data as Record<string, unknown[]>)[list]
      : rawEntries(result.raw, list);
    return { data: result.ok ? result.data : undefined, entries: entries ?? [], file: label(path) };
  };
  const listFile = <T>(
    list: "sources" | "systems" | "topics",
    schema: Parameters<typeof readKnowledgeFile<T>>[2],
  ) => {
    const file = read(`${list}.yml`, list, schema);
    problems.push(...duplicateIds(file.entries, file.file, list));
    return file.data;
  };

  const lists = {
    sources: listFile("sources", sourcesFileSchema)?.sources,
    systems: listFile("systems", systemsFileSchema)?.systems,
    topics: listFile("topics", topicsFileSchema)?.topics,
  };
  const { sources = [], systems = [], topics = [] } = lists;

  const facts: Fact[] = [];
  const origins: FactOrigin[] = [];
  // A broken facts file hides its facts: cells would seem to lack the lead it may well hold.
  let factsComplete = true;
  const written: RawFact[] = [];
  const factsDir = join(dir, "facts");
  const factFiles = existsSync(factsDir)
    ? readdirSync(factsDir)
        .filter((name) => KNOWLEDGE_EXTENSIONS.test(name))
        .sort()
    : [];
  if (factFiles.length === 0)
    problems.push({ file: label(factsDir), path: "", message: "no fact files found" });
  for (const name of factFiles) {
    const file = read(join("facts", name), "facts", factsFileSchema);
    file.entries.forEach((entry, index) => {
      written.push({ entry, origin: { file: file.file, index } });
    });
    if (!file.data) factsComplete = false;
    file.data?.facts.forEach((fact, index) => {
      facts.push(fact);
      origins.push({ file: file.file, index });
    });
  }

  // Optional: a team's own knowledge folder may not say what its sources cannot know.
  const limitsFile = existsSync(join(dir, LIMITS_FILE))
    ? read(LIMITS_FILE, "limits", limitsFileSchema)
    : undefined;
  const limits = limitsFile?.data?.limits ?? [];
  if (limitsFile)
    problems.push(
      ...duplicateIds(limitsFile.entries, limitsFile.file, "limits"),
      ...duplicatePhrases(limits, limitsFile.file),
    );

  const synonymsFile = existsSync(join(dir, SYNONYMS_FILE))
    ? read(SYNONYMS_FILE, "synonyms", synonymsFileSchema)
    : undefined;
  const synonyms = synonymsFile?.data?.synonyms ?? [];

  const kb = { sources, systems, topics, facts, limits, synonyms };
  problems.push(...duplicateFactIds(written), ...factReferenceProblems(lists, facts, origins));
  if (factsComplete)
    problems.push(...leadProblems(facts, origins), ...introductionProblems(facts, origins));
  const evidence = evidenceProblems(sources, facts, origins, { dir, articlesDir, label });
  problems.push(...evidence.problems);

  if (problems.length > 0) throw new KnowledgeError(problems);
  return {
    kb,
    evidenceChecked: evidence.unchecked.length === 0,
    uncheckedSources: evidence.unchecked,
  };
}
