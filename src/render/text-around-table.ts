import type { Answer, AnswerTable } from "../core/answer/contract.js";

/** An answer's text split around its table: the lead sentence above it, the rest below it. */
export interface TextAroundTable {
  lead: string;
  rest: string;
}

/** "Size and footprint: CoreOS 164 MB; …": a line that says again what a table row shows. */
const restatesRow = (line: string, table: AnswerTable): boolean =>
  table.rows.some((row) => line.startsWith(`${row.label}:`));

/**
 * Where each edge puts a comparison's table: straight after the lead sentence (the text up to its
 * first line ending in ":", else its first line), with the rest below. The table shows every row,
 * so a line of the text that repeats a row is left out rather than shown twice. An answer without
 * a table is all lead.
 */
export function splitAroundTable({ text, table }: Pick<Answer, "text" | "table">): TextAroundTable {
  if (!table) return { lead: text, rest: "" };
  const lines = text.split("\n");
  const end = lines.findIndex((line) => line.trimEnd().endsWith(":"));
  const leadLines = lines.slice(0, end < 0 ? 1 : end + 1);
  const rest = lines.slice(leadLines.length).filter((line) => !restatesRow(line, table));
  return { lead: leadLines.join("\n"), rest: rest.join("\n") };
}
