import type { AnswerTable } from "./contract.js";

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
