import type { types } from "@slack/bolt";
import type { Citation } from "../../core/answer/contract.js";
import { escapeMrkdwn } from "./escape.js";
import { LIMITS, shorten } from "./limits.js";

/** Source id -> the number facts cite it by ([1], [2], ...), in the order of the citations. */
export type SourceNumbers = ReadonlyMap<string, number>;

export const numberSources = (citations: readonly Citation[]): SourceNumbers =>
  new Map(citations.map((citation, index) => [citation.id, index + 1]));

/** `[1][3]` for a fact's sources; unknown ids are skipped rather than shown as a broken number. */
export function sourceRefs(sources: readonly string[], numbers: SourceNumbers): string {
  return sources
    .map((id) => numbers.get(id))
    .filter((n) => n !== undefined)
    .map((n) => `[${n}]`)
    .join("");
}

/** A link Slack renders: the URL escaped, and no `|` or `>` in the label to end it early. */
export const link = (url: string, label: string): string =>
  `<${escapeMrkdwn(url)}|${escapeMrkdwn(label.replace(/[|]/g, "/"))}>`;

const yearOf = (date: string) => Number.parseInt(date.slice(0, 4), 10);

/** "Sources date from 2014-2015: ...", from the cited dates, or undefined with no citations. */
export function ageNote(citations: readonly Citation[]): string | undefined {
  const years = citations.map((c) => yearOf(c.date)).filter((year) => Number.isFinite(year));
  if (years.length === 0) return undefined;
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const span = first === last ? `${first}` : `${first}-${last}`;
  return `:information_source: These sources date from ${span}; container operating systems have changed a lot since, so check current documentation before acting on them.`;
}

/** The citation line: `[n] <url|title> · author · date` per source, then the age note. */
export function buildSourcesContext(citations: readonly Citation[]): types.ContextBlock | undefined {
  const note = ageNote(citations);
  if (note === undefined) return undefined;
  const shown = citations.slice(0, LIMITS.contextElements - 1);
  const elements = shown.map((citation, index) => ({
    type: "mrkdwn" as const,
    text: shorten(
      `*[${index + 1}]* ${link(citation.url, citation.title)} · ${escapeMrkdwn(citation.author)} · ${escapeMrkdwn(citation.date)}`,
      LIMITS.sectionText,
    ),
  }));
  return { type: "context", elements: [...elements, { type: "mrkdwn", text: note }] };
}
