import { describe, expect, it } from "vitest";
import { knowledgeLocation } from "../../src/cli/knowledge.js";
import { loadCliEnv } from "../../src/config/env.js";
import { defaultArticlesDir, defaultKnowledgeDir } from "../../src/core/project-root.js";

describe("knowledgeLocation", () => {
  it("should default to the project's knowledge and the seeds beside the project", () => {
    expect(knowledgeLocation({}, loadCliEnv({}))).toEqual({
      dir: defaultKnowledgeDir(),
      articlesDir: defaultArticlesDir(),
    });
  });

  it("should prefer the environment to the defaults, and flags to the environment", () => {
    const env = loadCliEnv({
      CONTAINEROS_KNOWLEDGE_DIR: "/env/kb",
      CONTAINEROS_ARTICLES_DIR: "/env/seeds",
    });

    expect(knowledgeLocation({}, env)).toEqual({ dir: "/env/kb", articlesDir: "/env/seeds" });
    expect(knowledgeLocation({ knowledge: "/flag/kb", articles: "/flag/seeds" }, env)).toEqual({
      dir: "/flag/kb",
      articlesDir: "/flag/seeds",
    });
  });
});
