import type { Catalog } from "../knowledge/catalog.js";
import { MONTH_NAMES } from "../match/vocabulary.js";
import type { AnswerTable } from "./contract.js";
import { tellsAnEvent } from "./select-facts.js";

/** A table's one row put in order: the line that says so, and the columns' indexes in that order. */
export interface Ranking {
  line: string;
  order: number[];
}

/**
 * "By size: RancherOS 20 MB, Snappy Ubuntu Core 111 MB, …": a row of measurements put in the
 * order a comparative asks for. Only rows where every known cell starts with a number are ranked,
 * by that number (versions compare part by part), so the order is read off the sources, not guessed.
 */
export function rankRow(table: AnswerTable, ascending: boolean): Ranking | undefined {
  if (table.rows.length !== 1 || table.columns.length < 2) return undefined;
  const row = table.rows[0] as AnswerTable["rows"][number];
  const known = row.cells
    .map((cell, i) => ({
      column: i,
      name: table.columns[i] as string,
      cell,
      key: numericKey(cell),
    }))
    .filter((entry) => entry.cell !== "-");
  if (known.length < 2 || known.some((entry) => entry.key === undefined)) return undefined;
  const sign = ascending ? 1 : -1;
  known.sort((a, b) => sign * compareKeys(a.key as number[], b.key as number[]));
  return {
    line: `By ${row.label.toLowerCase()}, ${ascending ? "lowest" : "highest"} first: ${known.map((e) => `${e.name} ${e.cell}`).join(", ")}.`,
    order: known.map((entry) => entry.column),
  };
}

/** "3.19.2" -> [3, 19, 2]; "151/333 MB" -> [151]; undefined when the cell does not start with a number. */
function numericKey(cell: string): number[] | undefined {
  const match = cell.match(/^(\d+(?:\.\d+)*)/);
  return match ? (match[1] as string).split(".").map(Number) : undefined;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** "early 2013", "April 2014", "in 2014": the first date a fact's text gives, as year and month. */
const DATED = new RegExp(
  `\\b(?:(early|mid|late|${MONTH_NAMES.join("|")})\\s+)?((?:19|20)\\d\\d)\\b(?!\\))`,
  "i",
);
const SEASON: Record<string, number> = { early: 2, mid: 6, late: 10 };

/** The date a fact's text puts first, as a sortable number and as written; none when it gives none. */
function dateIn(text: string): { at: number; said: string } | undefined {
  const found = text.match(DATED);
  if (!found) return undefined;
  const when = (found[1] ?? "").toLowerCase();
  const month = MONTH_NAMES.indexOf(when) + 1 || SEASON[when] || 6;
  return { at: Number(found[2]) * 12 + month, said: found[0] };
}

/**
 * "which is the newest?", "oldest first": the systems by the date of what their facts on the topic
 * tell happened (started, announced, released, generally available), newest first unless
 * `ascending`. Systems whose facts date nothing are left out of the line; none ranked below two.
 */
export function rankByDate(
  catalog: Catalog,
  systems: readonly string[],
  topic: string,
  ascending: boolean,
): Ranking | undefined {
  const dated = systems.flatMap((system, column) => {
    const dates = catalog
      .cell(system, topic)
      .filter((index) => tellsAnEvent(catalog, index))
      .flatMap((index) => dateIn(catalog.fact(index).text) ?? [])
      .sort((a, b) => a.at - b.at);
    return dates[0] ? [{ column, system, date: dates[0] }] : [];
  });
  if (dated.length < 2) return undefined;
  const sign = ascending ? 1 : -1;
  dated.sort((a, b) => sign * (a.date.at - b.date.at));
  const named = dated.map(({ system, date }) => `${catalog.system(system).name} (${date.said})`);
  return {
    line: `By when my sources date them, ${ascending ? "oldest" : "newest"} first: ${named.join(", ")}.`,
    order: dated.map(({ column }) => column),
  };
}
