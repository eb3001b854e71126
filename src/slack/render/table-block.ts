import type { types } from "@slack/bolt";
import type { AnswerTable } from "../../core/answer/contract.js";
import { tableGrid } from "./table-grid.js";

type TableBlock = types.TableBlock;
type RichTextBlock = types.RichTextBlock;

/** A cell as rich text: Slack accepts it in every client (raw_text cells have been unreliable). */
function cell(text: string, bold: boolean): RichTextBlock {
  const element = bold ? { type: "text", text, style: { bold: true } } : { type: "text", text };
  return {
    type: "rich_text",
    elements: [{ type: "rich_text_section", elements: [element] }],
  } as RichTextBlock;
}

/**
 * Slack's native table: first row the header, at most 100 rows and 20 columns, cells non-empty.
 * Slack takes one table per message, in an attachment (see `buildAnswerMessage`).
 * Rich text cells are literal text, so no mrkdwn escaping is needed or wanted here.
 */
export function buildTableBlock(table: AnswerTable): TableBlock {
  const rows = tableGrid(table).map((row, r) =>
    row.map((text, c) => cell(text, r === 0 || c === 0)),
  );
  return {
    type: "table",
    column_settings: rows[0]?.map(() => ({ align: "left", is_wrapped: true })),
    rows,
  };
}
