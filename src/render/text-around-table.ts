import type { Answer } from "../core/answer/contract.js";

/** An answer's text split around its table: the lead sentence above it, the rest below it. */
export interface TextAroundTable {
  lead: string;
  rest: string;
}

/**
 * Where each edge puts a comparison's table: straight after the lead sentence (the text up to its
 * first line ending in ":", else its first line), with the rest below. The core never repeats the
 * table's rows in the text. An answer without a table is all lead.
 */
export function splitAroundTable({ text, table }: Pick<Answer, "text" | "table">): TextAroundTable {
  if (!table) return { lead: text, rest: "" };
  const lines = text.split("\n");
  const end = lines.findIndex((line) => line.trimEnd().endsWith(":"));
  const leadLines = lines.slice(0, end < 0 ? 1 : end + 1);
  return { lead: leadLines.join("\n"), rest: lines.slice(leadLines.length).join("\n") };
}
