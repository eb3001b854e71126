import type { Catalog } from "../knowledge/catalog.js";
import type { Source } from "../knowledge/schema.js";
import type { Citation } from "./contract.js";

/** The sources of the given facts, in order of first use, so fact markers can be [1], [2]… */
export function citationsFor(catalog: Catalog, facts: number[]): Citation[] {
  const ids: string[] = [];
  for (const index of facts) {
    for (const { id } of catalog.fact(index).sources) if (!ids.includes(id)) ids.push(id);
  }
  return ids.map((id) => citationOf(catalog.source(id)));
}

/** Every source the knowledge base answers from, as its own list gives them. */
export function allSources(catalog: Catalog): Citation[] {
  return catalog.kb.sources.map(citationOf);
}

const citationOf = ({ id, title, author, url, date }: Source): Citation => ({
  id,
  title,
  author,
  url,
  date,
});

/** "[1][3]": the citation numbers of a fact's sources. */
export function markers(sourceIds: string[], citations: Citation[]): string {
  return sourceIds.map((id) => `[${citations.findIndex((c) => c.id === id) + 1}]`).join("");
}

/** "2014–2015": the span of the sources' years, shown so readers can judge how dated an answer is. */
export function yearSpan(citations: Pick<Citation, "date">[]): string {
  const years = citations.map((c) => c.date.slice(0, 4)).sort();
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? `${first}` : `${first}–${last}`;
}

/** The year of the oldest of the sources (their dates are YYYY, YYYY-MM or YYYY-MM-DD). */
export function oldestYear(citations: Pick<Citation, "date">[]): number {
  return Math.min(...citations.map((c) => Number(c.date.slice(0, 4))));
}
