import type { Catalog } from "../knowledge/catalog.js";
import { type AnswerTable, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from "./contract.js";
import { rankCell } from "./select-facts.js";

export const UNKNOWN_CELL = "-";
export const SEE_TEXT_CELL = "see below";

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
  /** A comparative asks to rank the systems: a cell leads with a measurement when it has one. */
  ranked = false,
  /** How many systems "all" counts ("the five"), when the asker says. */
  counted?: number,
): Comparison {
  const rowCandidates = topics.length > 0 ? topics : withAskedFirst(catalog, systems, scores);
  // One system compared stands against the others that have facts on the rows ("compare coreos");
  // "compare all" is every system, a column whose sources say nothing on the rows included.
  // "rank the five by size" counts the systems whose sources give sizes, when five of them do.
  const countedOnRow =
    counted === undefined
      ? undefined
      : rowCandidates
          .map((topic) => systemsWithFacts(catalog, [topic]))
          .find((some) => some.length === counted);
  const every = countedOnRow ?? catalog.systemIds();
  const others = (systems.length === 0 ? every : systemsWithFacts(catalog, rowCandidates)).filter(
    (id) => !systems.includes(id),
  );
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
    const shown = cells.map((cell) => cellFacts(catalog, cell, scores, ranked));
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

export function systemsWithFacts(catalog: Catalog, topics: readonly string[]): string[] {
  return catalog
    .systemIds()
    .filter((system) => topics.some((topic) => catalog.cell(system, topic).length > 0));
}

/** A measurement ("164 MB", "3.19.3"): two of these from different sources can disagree. */
export function isMeasure(value: string | undefined): boolean {
  return value !== undefined && /^\d/.test(value);
}

/**
 * The facts a cell shows: the best valued fact (by the question's words, then the curator's lead,
 * then measurements, then the shortest value; a measurement first when asked to rank), plus a
 * second measurement from another source when the sources disagree, so both numbers show.
 */
export function cellFacts(
  catalog: Catalog,
  cell: number[],
  scores: Map<number, number>,
  measureFirst = false,
): number[] {
  const measured = (a: { value: string }, b: { value: string }) =>
    Number(isMeasure(b.value)) - Number(isMeasure(a.value));
  const valued = cell
    .filter((i) => catalog.fact(i).value !== undefined)
    .map((i, order) => ({
      i,
      order,
      value: catalog.fact(i).value as string,
      score: (scores.get(i) ?? 0) + (catalog.fact(i).lead ? 1 : 0),
    }))
    .sort(
      (a, b) =>
        (measureFirst ? measured(a, b) : 0) ||
        b.score - a.score ||
        measured(a, b) ||
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

/**
 * A cell is short values, never a cut sentence: the facts' table values, else "see below" (a
 * comparison on a topic lists each system's best fact in its text).
 */
function cellText(catalog: Catalog, shown: number[]): string {
  if (shown.length === 0) return UNKNOWN_CELL;
  const values = shown.flatMap((i) => catalog.fact(i).value ?? []);
  return values.length > 0 ? values.join(" / ") : SEE_TEXT_CELL;
}

/**
 * The standard rows, after the topic of the fact the question's words reach best among the systems
 * compared, when they reach it well: "is snappy a pure container os like coreos?" sets them side by
 * side on what they are for (Snappy's "not a pure container OS") before their sizes; "coreos vs
 * atomic for a bank" stays on the standard rows.
 */
function withAskedFirst(
  catalog: Catalog,
  systems: readonly string[],
  scores: ReadonlyMap<number, number>,
): readonly string[] {
  let best: number | undefined;
  let bestScore = 0;
  for (const [index, score] of scores) {
    const better = best === undefined ? score >= ASKED_ROW_SCORE : score > bestScore;
    if (better && systems.includes(catalog.fact(index).system)) {
      best = index;
      bestScore = score;
    }
  }
  const standard = catalog.tableTopicIds();
  if (best === undefined) return standard;
  const asked = catalog.fact(best).topic;
  return [asked, ...standard.filter((topic) => topic !== asked)];
}
/**
 * How well the question's words must reach a fact for its topic to lead a comparison: of the
 * review's changed comparisons, those reached below it led with what the scene's words found
 * ("a shop that lives in vmware": 5.0; "fewest moving parts": 4.8), those above with what was
 * asked ("web ui": 9.8, "attack surface": 8.9).
 */
const ASKED_ROW_SCORE = 5.5;
