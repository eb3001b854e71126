import type { types } from "@slack/bolt";
import type { Citation } from "../../core/answer/contract.js";
import { escapeMrkdwn } from "./escape.js";
import { LIMITS } from "./limits.js";

/** A link Slack renders: the URL escaped, and no `|` in the label to end it early. */
export const link = (url: string, label: string): string =>
  `<${escapeMrkdwn(url)}|${escapeMrkdwn(label.replace(/\|/g, "/"))}>`;

const HEADING = "*Sources*";

/** `[1] <url|Title> — Author, date`: one citation, numbered like the `[n]` markers in the text. */
const citationLine = (citation: Citation, index: number): string =>
  `[${index + 1}] ${link(citation.url, citation.title)} — ${escapeMrkdwn(citation.author)}, ${escapeMrkdwn(citation.date)}`;

/**
 * The cited sources as one numbered list in one section, in the order of the citations. A line
 * that would pass Slack's section limit is left out whole, so no link is ever cut in half.
 */
export function buildSourcesSection(
  citations: readonly Citation[],
): types.SectionBlock | undefined {
  if (citations.length === 0) return undefined;
  const lines = [HEADING];
  let length = HEADING.length;
  for (const [index, citation] of citations.entries()) {
    const line = citationLine(citation, index);
    if (length + 1 + line.length > LIMITS.sectionText) break;
    lines.push(line);
    length += 1 + line.length;
  }
  return { type: "section", text: { type: "mrkdwn", text: lines.join("\n") } };
}
