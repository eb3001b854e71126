import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { KnowledgeProblem } from "./problems.js";
import type { FactOrigin } from "./references.js";
import type { Fact, Source } from "./schema.js";

/** Folds case, white space and typographic quotes, so evidence copied from a rendered page matches. */
export function foldForEvidence(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Checks that each fact's evidence phrase is really in the article it cites.
 * Articles are optional at run time (they live beside the project, not in it), so a missing
 * folder is reported by the caller as "not checked" rather than as a problem here.
 */
export function evidenceProblems(
  sources: Source[],
  facts: Fact[],
  origins: FactOrigin[],
  articlesDir: string,
): KnowledgeProblem[] {
  const articles = new Map<string, string>();
  const problems: KnowledgeProblem[] = [];
  for (const source of sources) {
    const path = join(articlesDir, source.file);
    if (existsSync(path)) articles.set(source.id, foldForEvidence(readFileSync(path, "utf8")));
    else
      problems.push({
        file: "knowledge/sources.yml",
        path: `sources[${sources.indexOf(source)}].file`,
        message: `article not found at ${path}`,
      });
  }
  facts.forEach((fact, i) => {
    const origin = origins[i] as FactOrigin;
    fact.sources.forEach((cited, j) => {
      const article = articles.get(cited.id);
      if (article === undefined) return;
      if (!article.includes(foldForEvidence(cited.evidence))) {
        problems.push({
          file: origin.file,
          path: `facts[${origin.index}].sources[${j}].evidence`,
          message: `evidence not found in article "${cited.id}": "${cited.evidence}"`,
        });
      }
    });
  });
  return problems;
}
