import type { Catalog } from "../knowledge/catalog.js";
import { type AnswerTable, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from "./contract.js";
import { rankCell } from "./select-facts.js";

export const MAX_CELL_CHARS = 32;
export const UNKNOWN_CELL = "-";

export interface Comparison {
  systems: string[];
  topics: string[];
  table: AnswerTable;
  /** The facts behind the cells, row by row. */
  facts: number[];
}

/**
 * Builds the side-by-side table: one column a system, one row a topic. Rows come from the topics
 * asked, else the standard table topics; only rows with at least one known cell are kept.
 */
export function buildComparison(
  catalog: Catalog,
  systems: readonly string[],
  topics: readonly string[],
  scores: Map<number, number>,
): Comparison {
  const rowCandidates = topics.length > 0 ? topics : catalog.tableTopicIds();
  // One system compared stands against the others that have facts on the rows ("compare coreos").
  const others = systemsWithFacts(catalog, rowCandidates).filter((id) => !systems.includes(id));
  const columns = (systems.length > 1 ? systems : [...systems, ...others]).slice(
    0,
    MAX_TABLE_COLUMNS,
  );
  const rows: AnswerTable["rows"] = [];
  const facts: number[] = [];
  const rowTopics: string[] = [];
  for (const topic of rowCandidates) {
    if (rows.length === MAX_TABLE_ROWS) break;
    const cells = columns.map((system) => rankCell(catalog, system, topic, scores));
    if (cells.every((cell) => cell.length === 0)) continue;
    rowTopics.push(topic);
    const shown = cells.map((cell) => cellFacts(catalog, cell, scores));
    rows.push({
      label: catalog.topic(topic).name,
      cells: shown.map((cell) => cellText(catalog, cell)),
    });
    for (const cell of shown) facts.push(...cell);
  }
  return {
    systems: columns,
    topics: rowTopics,
    table: { columns: columns.map((id) => catalog.system(id).name), rows },
    facts,
  };
}

function systemsWithFacts(catalog: Catalog, topics: readonly string[]): string[] {
  return catalog
    .systemIds()
    .filter((system) => topics.some((topic) => catalog.cell(system, topic).length > 0));
}

/** A measurement ("164 MB", "3.19.3"): two of these from different sources can disagree. */
export function isMeasure(value: string | undefined): boolean {
  return value !== undefined && /^\d/.test(value);
}

/**
 * The facts a cell shows: the best valued fact (measurements, then the shortest value), plus a
 * second measurement from another source when the sources disagree, so both numbers show.
 */
export function cellFacts(catalog: Catalog, cell: number[], scores: Map<number, number>): number[] {
  const valued = cell
    .filter((i) => catalog.fact(i).value !== undefined)
    .map((i, order) => ({
      i,
      order,
      value: catalog.fact(i).value as string,
      score: scores.get(i) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(isMeasure(b.value)) - Number(isMeasure(a.value)) ||
        a.value.length - b.value.length ||
        a.order - b.order,
    );
  const [first, ...rest] = valued;
  if (!first) return cell.slice(0, 1);
  const rival = isMeasure(first.value)
    ? rest.find(
        (other) =>
          isMeasure(other.value) && other.value.toLowerCase() !== first.value.toLowerCase(),
      )
    : undefined;
  return rival ? [first.i, rival.i] : [first.i];
}

function cellText(catalog: Catalog, shown: number[]): string {
  if (shown.length === 0) return UNKNOWN_CELL;
  const facts = shown.map((i) => catalog.fact(i));
  const text = facts.map((fact) => fact.value ?? firstClause(fact.text)).join(" / ");
  return shorten(text, MAX_CELL_CHARS);
}

/** A short opening that says who or when, not what: "According to inovex", "On CoreOS". */
const LEAD_IN = /^(?:according to|on|unlike|like|after|in|as of)\b/i;
const MAX_LEAD_IN_WORDS = 4;

/**
 * The opening clause of a sentence, for a cell whose facts carry no short value. A lead-in
 * ("According to inovex (2015), …") is skipped, and a year in brackets does not end the clause,
 * so the cell says what the fact says rather than who said it.
 */
export function firstClause(text: string): string {
  const clauses = text
    .replace(/\s*\(\d{4}\)/g, "")
    .split(/[,;:.(]/)
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 0);
  const [first = text, second] = clauses;
  const leadIn = LEAD_IN.test(first) && first.split(/\s+/).length <= MAX_LEAD_IN_WORDS;
  return leadIn && second ? second : first;
}

export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
