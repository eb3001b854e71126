import { type CliEnv, loadCliEnv } from "../config/env.js";
import { defaultArticlesDir, defaultKnowledgeDir } from "../core/project-root.js";

export interface KnowledgeFlags {
  knowledge?: string;
  articles?: string;
}

type KnowledgeEnv = Pick<CliEnv, "knowledgeDir" | "articlesDir">;

/** Where to read knowledge and articles: flags first, then the environment, then the defaults. */
export function knowledgeLocation(flags: KnowledgeFlags, env: KnowledgeEnv = loadCliEnv()) {
  return {
    dir: flags.knowledge ?? env.knowledgeDir ?? defaultKnowledgeDir(),
    articlesDir: flags.articles ?? env.articlesDir ?? defaultArticlesDir(),
  };
}
