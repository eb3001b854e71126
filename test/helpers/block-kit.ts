import { expect } from "vitest";

/** A posted message as the stand-in records it, or as a renderer returns it. */
export interface MessageLike {
  text?: unknown;
  blocks?: unknown;
  attachments?: unknown;
}

type Json = Record<string, unknown>;
const asArray = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const textOf = (value: unknown): string =>
  typeof value === "object" && value !== null ? String((value as Json).text ?? "") : "";

/** The message's blocks, then its attachments' blocks: the order Slack shows them in. */
export function blocksInReadingOrder(message: MessageLike): Json[] {
  const attached = asArray(message.attachments).flatMap((a) => asArray(a.blocks));
  return [...asArray(message.blocks), ...attached];
}

/** Every mrkdwn/plain string Slack would parse in the message (not table cells: literal text). */
export function parsedTexts(message: MessageLike): string[] {
  const texts = [String(message.text ?? "")];
  for (const block of blocksInReadingOrder(message)) {
    if (block.text) texts.push(textOf(block.text));
    for (const field of asArray(block.fields)) texts.push(textOf(field));
    for (const element of asArray(block.elements)) texts.push(textOf(element));
  }
  return texts;
}

/** Live pings Slack would act on: broadcasts, user and group mentions. */
export const LIVE_MENTION =
  /<!(?:channel|here|everyone)\b[^>]*>|<!subteam\^[^>]*>|<@[UW][A-Z0-9]*(?:\|[^>]*)?>/g;

export function liveMentions(message: MessageLike, except: readonly string[] = []): string[] {
  return parsedTexts(message)
    .flatMap((text) => text.match(LIVE_MENTION) ?? [])
    .filter((mention) => !except.includes(mention));
}

/** Fails the test when a message breaks a Block Kit limit Slack would reject it for. */
export function expectWithinBlockKitLimits(message: MessageLike): void {
  expect(typeof message.text === "string" && message.text.length > 0, "top-level text").toBe(true);
  const blocks = asArray(message.blocks);
  expect(blocks.length, "blocks").toBeLessThanOrEqual(50);
  expect(blocksInReadingOrder(message).length, "blocks with attachments").toBeLessThanOrEqual(50);
  expect(
    blocks.some((b) => b.type === "table"),
    "table outside attachments",
  ).toBe(false);
  for (const block of blocksInReadingOrder(message)) {
    if (block.type === "section") {
      expect(textOf(block.text).length, "section text").toBeLessThanOrEqual(3000);
      const fields = asArray(block.fields);
      expect(fields.length, "fields").toBeLessThanOrEqual(10);
      for (const field of fields) expect(textOf(field).length, "field").toBeLessThanOrEqual(2000);
      expect(block.text !== undefined || fields.length > 0, "section content").toBe(true);
    }
    if (block.type === "header") expect(textOf(block.text).length).toBeLessThanOrEqual(150);
    if (block.type === "context") {
      const elements = asArray(block.elements);
      expect(elements.length, "context elements").toBeGreaterThan(0);
      expect(elements.length, "context elements").toBeLessThanOrEqual(10);
    }
    for (const element of asArray(block.elements).filter((e) => e.type === "button")) {
      expect(textOf(element.text).length, "button text").toBeLessThanOrEqual(75);
    }
    if (block.type === "table") expectValidTable(block);
  }
  expect(
    blocksInReadingOrder(message).filter((b) => b.type === "table").length,
    "tables",
  ).toBeLessThanOrEqual(1);
}

function expectValidTable(block: Json): void {
  const rows = asArray(block.rows) as unknown as Json[][];
  expect(rows.length, "table rows").toBeGreaterThan(0);
  expect(rows.length, "table rows").toBeLessThanOrEqual(100);
  for (const row of rows) {
    expect(row.length, "table columns").toBeLessThanOrEqual(20);
    expect(row.length, "ragged table").toBe(rows[0]?.length);
    for (const cell of row)
      expect(tableCellText(cell).trim().length, "empty cell").toBeGreaterThan(0);
  }
}

/** The literal text of a table cell (rich_text or raw_text). */
export function tableCellText(cell: Json): string {
  if (cell.type === "raw_text") return String(cell.text ?? "");
  return asArray(cell.elements)
    .flatMap((section) => asArray(section.elements))
    .map((element) => String(element.text ?? ""))
    .join("");
}

/** The native table of a message as rows of strings, or undefined. */
export function tableRows(message: MessageLike): string[][] | undefined {
  const table = blocksInReadingOrder(message).find((b) => b.type === "table");
  return table
    ? (asArray(table.rows) as unknown as Json[][]).map((row) => row.map(tableCellText))
    : undefined;
}
