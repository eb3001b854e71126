import type { Catalog } from "../knowledge/catalog.js";
import type { Source } from "../knowledge/schema.js";
import { MAX_QUESTION_CHARS } from "../match/normalise.js";
import { markers, oldestYear, yearSpan } from "./citations.js";
import { type Citation, MAX_ANSWER_TEXT } from "./contract.js";
import type { Group } from "./select-facts.js";
import { isMeasure } from "./table.js";

export const TRUNCATED_NOTE = `Your question was long, so I read only its first ${MAX_QUESTION_CHARS} characters.`;

/** Sources at most this many years old need no warning that things may have changed since. */
export const RECENT_YEARS = 2;

/**
 * The closing line of every grounded answer: the reader must see how old the sources it cites
 * are ("Sources date from 2014–2026"), and is warned only when one of them is not recent.
 */
export function ageNote(citations: Citation[], today: Date = new Date()): string {
  const span = `Sources date from ${yearSpan(citations)}`;
  const recent = oldestYear(citations) >= today.getUTCFullYear() - RECENT_YEARS;
  return recent ? `${span}.` : `${span}; things may have changed since.`;
}

/** "Jonas Rosland" from "Jonas Rosland (first published on Codeship's blog)": the name alone. */
function authorName(source: Source): string {
  return source.author.split(" (")[0] ?? source.author;
}

/** "Jonas Rosland, 2015-09-23": who said it and when, for lines that set sources side by side. */
export function attribution(source: Source): string {
  return `${authorName(source)}, ${source.date}`;
}

/** Lines for a plain answer: a heading per system and topic, its facts as bullets with markers. */
export function answerLines(catalog: Catalog, groups: Group[], citations: Citation[]): string[] {
  const lines: string[] = [];
  for (const group of groups) {
    lines.push(`${catalog.system(group.system).name} · ${catalog.topic(group.topic).name}:`);
    for (const index of group.facts) {
      const fact = catalog.fact(index);
      lines.push(`• ${fact.text} ${markers(sourceIds(fact), citations)}`);
    }
  }
  return lines;
}

/** Conflict lines shown at most, so disagreements never crowd out the answer itself. */
const MAX_CONFLICT_LINES = 3;

/**
 * "Sources differ on RancherOS size: 20 MB (inovex blog, 2015) vs 22 MB ISO (Jonas Rosland, …)".
 * Articles disagree (two measurements) or date (claims from different years); both claims stay,
 * each with its source and date. `overTime` also reports claims that differ only by year.
 */
export function conflictLines(catalog: Catalog, cells: Group[], overTime: boolean): string[] {
  const lines: string[] = [];
  for (const { system, topic, facts } of cells) {
    const claims = new Map<string, Claim>();
    for (const index of facts) {
      const fact = catalog.fact(index);
      if (!fact.value || claims.has(fact.value.toLowerCase())) continue;
      const source = catalog.source(fact.sources[0]?.id as string);
      claims.set(fact.value.toLowerCase(), {
        value: fact.value,
        source,
        measure: isMeasure(fact.value),
      });
    }
    const what = `${catalog.system(system).name} ${catalog.topic(topic).name.toLowerCase()}`;
    const measures = [...claims.values()].filter((c) => c.measure);
    const byYear = groupByYear([...claims.values()]);
    if (measures.length > 1) {
      lines.push(
        `Sources differ on ${what}: ${measures.map((c) => `${c.value} (${attribution(c.source)})`).join(" vs ")}.`,
      );
    } else if (overTime && catalog.topic(topic).changes_over_time && byYear.size > 1) {
      const years = [...byYear].map(
        ([year, list]) =>
          `${year}: ${list.map((c) => `${c.value.replace(/\s*\(\d{4}\)$/, "")} (${authorName(c.source)})`).join(", ")}`,
      );
      lines.push(`Views on ${what} changed over time — ${years.join("; ")}.`);
    }
  }
  return lines.slice(0, MAX_CONFLICT_LINES);
}

interface Claim {
  value: string;
  source: Source;
  measure: boolean;
}

/** Claims by the year of their source, oldest first, at most two a year to keep the line short. */
function groupByYear(claims: Claim[]): Map<string, Claim[]> {
  const years = new Map<string, Claim[]>();
  for (const claim of [...claims].sort((a, b) => a.source.date.localeCompare(b.source.date))) {
    const year = claim.source.date.slice(0, 4);
    const list = years.get(year) ?? [];
    if (list.length < 2) list.push(claim);
    years.set(year, list);
  }
  return years;
}

/** A fact's source ids, once each (a fact may quote one article twice). */
export function sourceIds(fact: { sources: { id: string }[] }): string[] {
  return [...new Set(fact.sources.map((s) => s.id))];
}

/**
 * "3 more facts on this: say "more" (in a thread, a DM or the terminal chat) to see them." — what
 * a reply holds back, and where asking for it works: only a conversation remembers the last answer.
 */
export function moreLine(count: number): string {
  const facts = count === 1 ? "1 more fact" : `${count} more facts`;
  return `${facts} on this: say "more" (in a thread, a DM or the terminal chat) to see ${count === 1 ? "it" : "them"}.`;
}

/**
 * Joins lines into the answer text. Answers choose how many facts fit before they get here; the
 * cut is a last resort for a knowledge base with very long facts.
 */
export function joinText(lines: string[]): string {
  const text = lines.join("\n");
  return text.length <= MAX_ANSWER_TEXT ? text : `${text.slice(0, MAX_ANSWER_TEXT - 1)}…`;
}
