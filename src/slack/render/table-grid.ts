import type { AnswerTable } from "../../core/answer/contract.js";
import { renderTable } from "../../render/plain-text.js";
import { LIMITS, shorten } from "./limits.js";

/** What an empty or missing cell shows; Slack rejects empty table cells. */
export const EMPTY_CELL = "-";
/** The header above the row labels (the core's rows are topics, its columns systems). */
export const LABEL_HEADER = "Topic";

/**
 * The table cut to what Slack takes (100 rows and 20 columns with the header and the labels),
 * every row as wide as the columns, every cell non-empty and at most `maxCell` characters.
 */
export function limitTable(table: AnswerTable, maxCell: number = LIMITS.tableCell): AnswerTable {
  const columns = table.columns.slice(0, LIMITS.tableColumns - 1);
  const cellText = (text: string | undefined) => shorten(text?.trim() || EMPTY_CELL, maxCell);
  return {
    columns: columns.map(cellText),
    rows: table.rows.slice(0, LIMITS.tableRows - 1).map((row) => ({
      label: cellText(row.label),
      cells: columns.map((_, i) => cellText(row.cells[i])),
    })),
  };
}

/** The table as rows of plain strings, header first, for Slack's native table block. */
export function tableGrid(table: AnswerTable): string[][] {
  const { columns, rows } = limitTable(table);
  return [[LABEL_HEADER, ...columns], ...rows.map((row) => [row.label, ...row.cells])];
}

/** An aligned monospace table for code blocks and notification text (plain text, unescaped). */
export const formatTextTable = (table: AnswerTable): string => renderTable(limitTable(table, 24));
