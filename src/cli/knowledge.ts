import { defaultArticlesDir, defaultKnowledgeDir } from "../core/project-root.js";

export interface KnowledgeFlags {
  knowledge?: string;
  articles?: string;
}

/** Where to read knowledge and articles: flags first, then the environment, then the defaults. */
export function knowledgeLocation(flags: KnowledgeFlags, env: NodeJS.ProcessEnv = process.env) {
  return {
    dir: flags.knowledge ?? env.CONTAINEROS_KNOWLEDGE_DIR ?? defaultKnowledgeDir(),
    articlesDir: flags.articles ?? env.CONTAINEROS_ARTICLES_DIR ?? defaultArticlesDir(),
  };
}
