import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { evidenceProblems } from "./evidence.js";
import { leadProblems } from "./leads.js";
import { KnowledgeError, type KnowledgeProblem } from "./problems.js";
import { readKnowledgeFile } from "./read-file.js";
import { duplicateIds, type FactOrigin, factReferenceProblems } from "./references.js";
import {
  type Fact,
  factsFileSchema,
  type KnowledgeBase,
  limitsFileSchema,
  sourcesFileSchema,
  systemsFileSchema,
  topicsFileSchema,
} from "./schema.js";

export interface LoadOptions {
  /** Folder with sources.yml, systems.yml, topics.yml and facts/*.yml. */
  dir: string;
  /** Folder with the article texts; when given and present, every evidence phrase is checked. */
  articlesDir?: string;
}

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  /** Whether evidence phrases were checked against the articles (false when they are absent). */
  evidenceChecked: boolean;
}

const LIMITS_FILE = "limits.yml";
const KNOWLEDGE_EXTENSIONS = /\.(ya?ml|json)$/;

/** Loads and validates the whole knowledge base; throws one KnowledgeError listing every problem. */
export function loadKnowledge({ dir, articlesDir }: LoadOptions): LoadedKnowledge {
  const problems: KnowledgeProblem[] = [];
  const label = (path: string) => relative(join(dir, ".."), path) || path;
  const read = <T>(name: string, schema: Parameters<typeof readKnowledgeFile<T>>[2]) => {
    const path = join(dir, name);
    const result = readKnowledgeFile(path, label(path), schema);
    if (!result.ok) problems.push(...result.problems);
    return result.ok ? result.data : undefined;
  };

  const lists = {
    sources: read("sources.yml", sourcesFileSchema)?.sources,
    systems: read("systems.yml", systemsFileSchema)?.systems,
    topics: read("topics.yml", topicsFileSchema)?.topics,
  };
  const { sources = [], systems = [], topics = [] } = lists;
  problems.push(
    ...duplicateIds(sources, label(join(dir, "sources.yml")), "sources"),
    ...duplicateIds(systems, label(join(dir, "systems.yml")), "systems"),
    ...duplicateIds(topics, label(join(dir, "topics.yml")), "topics"),
  );

  const facts: Fact[] = [];
  const origins: FactOrigin[] = [];
  // A broken facts file hides its facts: cells would seem to lack the lead it may well hold.
  let factsComplete = true;
  const factsDir = join(dir, "facts");
  const factFiles = existsSync(factsDir)
    ? readdirSync(factsDir)
        .filter((name) => KNOWLEDGE_EXTENSIONS.test(name))
        .sort()
    : [];
  if (factFiles.length === 0)
    problems.push({ file: label(factsDir), path: "", message: "no fact files found" });
  for (const name of factFiles) {
    const path = join(factsDir, name);
    const fileFacts = read(join("facts", name), factsFileSchema)?.facts;
    if (!fileFacts) factsComplete = false;
    fileFacts?.forEach((fact, index) => {
      facts.push(fact);
      origins.push({ file: label(path), index });
    });
  }

  // Optional: a team's own knowledge folder may not say what its sources cannot know.
  const limits = existsSync(join(dir, LIMITS_FILE))
    ? (read(LIMITS_FILE, limitsFileSchema)?.limits ?? [])
    : [];
  problems.push(...duplicateIds(limits, label(join(dir, LIMITS_FILE)), "limits"));

  const kb = { sources, systems, topics, facts, limits };
  problems.push(...factReferenceProblems(lists, facts, origins));
  if (factsComplete) problems.push(...leadProblems(facts, origins));
  const evidenceChecked = articlesDir !== undefined && existsSync(articlesDir);
  if (evidenceChecked) problems.push(...evidenceProblems(sources, facts, origins, articlesDir));

  if (problems.length > 0) throw new KnowledgeError(problems);
  return { kb, evidenceChecked };
}
