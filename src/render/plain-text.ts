import type { Answer, AnswerTable } from "../core/answer/contract.js";
import { splitAroundTable } from "./text-around-table.js";

/**
 * Renders an answer for a terminal: the text with a comparison's aligned table (once) after its
 * lead sentence, numbered sources, suggestions (help lists its examples in its text).
 */
export function renderPlainText(answer: Answer): string {
  const { lead, rest } = splitAroundTable(answer);
  const parts = [lead];
  if (answer.table) parts.push(renderTable(answer.table));
  if (rest) parts.push(rest);
  if (answer.citations.length > 0) {
    parts.push(
      [
        "Sources:",
        ...answer.citations.map(
          (c, i) => `  [${i + 1}] ${c.title} — ${c.author}, ${c.date}\n      ${c.url}`,
        ),
      ].join("\n"),
    );
  }
  if (answer.suggestions.length > 0 && answer.intent !== "help") {
    parts.push(`Try: ${answer.suggestions.map((s) => `"${s}"`).join(", ")}`);
  }
  return parts.join("\n\n");
}

/** A monospace grid with a header rule; columns padded to their widest cell. */
export function renderTable(table: AnswerTable): string {
  const header = ["", ...table.columns];
  const body = table.rows.map((row) => [row.label, ...row.cells]);
  const widths = header.map((_, col) =>
    Math.max(...[header, ...body].map((line) => (line[col] ?? "").length)),
  );
  const format = (line: string[]) =>
    line
      .map((cell, col) => cell.padEnd(widths[col] ?? 0))
      .join(" | ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("-+-");
  return [format(header), rule, ...body.map(format)].join("\n");
}
