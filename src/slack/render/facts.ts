import type { types } from "@slack/bolt";
import type { AnswerFact, Citation } from "../../core/answer/contract.js";
import { escapeMrkdwn } from "./escape.js";
import { LIMITS, shorten } from "./limits.js";
import { numberSources, sourceRefs } from "./sources.js";

type SectionBlock = types.SectionBlock;

/** Facts on one system and topic from 2 to this many different sources are shown side by side. */
const MAX_SIDE_BY_SIDE = 4;

/** Facts grouped by system and topic, in the order the answer gives them. */
function groupFacts(facts: readonly AnswerFact[]): AnswerFact[][] {
  const groups = new Map<string, AnswerFact[]>();
  for (const fact of facts) {
    const key = `${fact.system}\u0000${fact.topic}`;
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  return [...groups.values()];
}

/** Several sources disagreeing (or moving on) about one thing: each says it with its own date. */
function isSideBySide(group: readonly AnswerFact[]): boolean {
  const sourceSets = new Set(group.map((fact) => [...fact.sources].sort().join(",")));
  return group.length >= 2 && group.length <= MAX_SIDE_BY_SIDE && sourceSets.size === group.length;
}

/** Sections of `• fact [n]` lines, each section within Slack's 3,000 characters. */
function listSections(lines: readonly string[]): SectionBlock[] {
  const sections: string[] = [];
  for (const line of lines.map((text) => shorten(text, LIMITS.sectionText))) {
    const last = sections.at(-1);
    if (last !== undefined && last.length + 1 + line.length <= LIMITS.sectionText) {
      sections[sections.length - 1] = `${last}\n${line}`;
    } else sections.push(line);
  }
  return sections.map((text) => ({ type: "section", text: { type: "mrkdwn", text } }));
}

/**
 * The facts an answer rests on, each marked with its source numbers. Where sources differ on one
 * system and topic (RancherOS 20 MB in 2015 vs a 22 MB ISO), their facts sit side by side with dates.
 */
export function buildFactBlocks(
  facts: readonly AnswerFact[],
  citations: readonly Citation[],
): SectionBlock[] {
  const numbers = numberSources(citations);
  const dates = new Map(citations.map((c) => [c.id, c.date]));
  const line = (fact: AnswerFact) =>
    `• ${escapeMrkdwn(fact.text)} ${sourceRefs(fact.sources, numbers)}`.trimEnd();
  const field = (fact: AnswerFact) => {
    const date = fact.sources.map((id) => dates.get(id)).find((d) => d !== undefined) ?? "undated";
    const text = `*${escapeMrkdwn(date)}* ${sourceRefs(fact.sources, numbers)}\n${escapeMrkdwn(fact.text)}`;
    return { type: "mrkdwn" as const, text: shorten(text, LIMITS.fieldText) };
  };

  const blocks: SectionBlock[] = [];
  let pending: string[] = [];
  for (const group of groupFacts(facts)) {
    if (!isSideBySide(group)) {
      pending.push(...group.map(line));
      continue;
    }
    blocks.push(...listSections(pending));
    pending = [];
    blocks.push({ type: "section", fields: group.map(field) });
  }
  return [...blocks, ...listSections(pending)];
}
