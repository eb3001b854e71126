/** Block Kit limits for messages (docs.slack.dev/reference/block-kit), plus our own caps. */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  buttonText: 75,
  tableRows: 100,
  tableColumns: 20,
  /** Ours: Slack truncates `text` far later, but a notification should stay short. */
  messageText: 3000,
  /** Ours: "cells short" — long cells make the native table unreadable. */
  tableCell: 80,
  /** Ours: a restated question never crowds out the answer. */
  restatedQuestion: 300,
} as const;

const ELLIPSIS = "…";

/**
 * Cuts `text` to at most `max` characters, ending in an ellipsis. Never splits a surrogate pair
 * (an emoji) or an `&amp;`-style entity, which Slack would show broken.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - ELLIPSIS.length;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  const head = text.slice(0, cut).replace(/&[a-z]{0,3}$/, "");
  return `${head}${ELLIPSIS}`;
}
