import type { types } from "@slack/bolt";
import type { Citation } from "../../core/answer/contract.js";
import { escapeMrkdwn } from "./escape.js";
import { LIMITS, shorten } from "./limits.js";

/** A link Slack renders: the URL escaped, and no `|` in the label to end it early. */
export const link = (url: string, label: string): string =>
  `<${escapeMrkdwn(url)}|${escapeMrkdwn(label.replace(/\|/g, "/"))}>`;

/**
 * The citation line: `[n] <url|title> · author · date` per source, numbered in the order of the
 * citations, as the core's `[n]` markers in the answer text are.
 */
export function buildSourcesContext(
  citations: readonly Citation[],
): types.ContextBlock | undefined {
  if (citations.length === 0) return undefined;
  const elements = citations.slice(0, LIMITS.contextElements).map((citation, index) => ({
    type: "mrkdwn" as const,
    text: shorten(
      `*[${index + 1}]* ${link(citation.url, citation.title)} · ${escapeMrkdwn(citation.author)} · ${escapeMrkdwn(citation.date)}`,
      LIMITS.sectionText,
    ),
  }));
  return { type: "context", elements };
}
