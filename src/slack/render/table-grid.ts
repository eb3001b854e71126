import type { AnswerTable } from "../../core/answer/contract.js";
import { LIMITS, shorten } from "./limits.js";

/** What an empty or missing cell shows; Slack rejects empty table cells. */
export const EMPTY_CELL = "-";
/** The header above the row labels when the core gives none (its rows are topics). */
export const LABEL_HEADER = "Topic";

/**
 * The table as rows of plain strings, header first, every row as wide as the header, within
 * Slack's 100 rows and 20 columns, every cell non-empty and at most `maxCell` characters.
 */
export function tableGrid(table: AnswerTable, maxCell: number = LIMITS.tableCell): string[][] {
  const widest = Math.max(0, ...table.rows.map((row) => row.cells.length));
  const header = table.columns.length > widest ? table.columns : [LABEL_HEADER, ...table.columns];
  const width = Math.min(header.length, LIMITS.tableColumns);
  const fit = (row: readonly string[]) =>
    Array.from({ length: width }, (_, i) => shorten(row[i]?.trim() || EMPTY_CELL, maxCell));
  const body = table.rows.slice(0, LIMITS.tableRows - 1).map((row) => [row.label, ...row.cells]);
  return [header, ...body].map(fit);
}

/** An aligned monospace table for code blocks and notification text (plain text, unescaped). */
export function formatTextTable(table: AnswerTable, maxCell = 24): string {
  const grid = tableGrid(table, maxCell);
  const widths = grid[0]?.map((_, c) => Math.max(...grid.map((row) => (row[c] ?? "").length))) ?? [];
  const line = (row: string[]) =>
    row
      .map((text, c) => text.padEnd(widths[c] ?? 0))
      .join("  ")
      .trimEnd();
  const [header = [], ...rows] = grid;
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}
