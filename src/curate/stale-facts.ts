import type { KnowledgeBase, Source } from "../core/knowledge/schema.js";
import { parseDuration } from "../gaps/duration.js";

/**
 * The cut-off `--older-than` means: `5y` is five calendar years before `now`; `90d` or `12w`
 * (as `gaps --since` reads them) that long before. Undefined for anything else.
 */
export function cutoffFor(age: string, now: Date = new Date()): Date | undefined {
  const years = /^(\d{1,3})y$/.exec(age.trim().toLowerCase());
  if (years) {
    const cutoff = new Date(now);
    cutoff.setUTCFullYear(now.getUTCFullYear() - Number(years[1]));
    return Number(years[1]) > 0 ? cutoff : undefined;
  }
  const ms = /[dw]$/i.test(age.trim()) ? parseDuration(age) : undefined;
  return ms === undefined ? undefined : new Date(now.getTime() - ms);
}

/**
 * The last day a source's date can mean: "2015" is all of 2015, "2014-08" all of August. A
 * source counts as old only when all of its period is before the cut-off.
 */
export function latestDay(date: string): Date {
  const [year = 0, month, day] = date.split("-").map(Number);
  if (day !== undefined) return new Date(Date.UTC(year, (month ?? 1) - 1, day));
  if (month !== undefined) return new Date(Date.UTC(year, month, 0));
  return new Date(Date.UTC(year, 11, 31));
}

export interface StaleFact {
  id: string;
  /** Its sources, each with its date: all older than the cut-off. */
  sources: Pick<Source, "id" | "date">[];
}

export interface StaleSystem {
  system: string;
  name: string;
  facts: StaleFact[];
}

/** Facts every source of which is older than `cutoff`, by system in systems.yml's order. */
export function staleFacts(kb: KnowledgeBase, cutoff: Date): StaleSystem[] {
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const old = (id: string) => {
    const source = sources.get(id);
    return source !== undefined && latestDay(source.date) < cutoff;
  };
  return kb.systems
    .map((system) => ({
      system: system.id,
      name: system.name,
      facts: kb.facts
        .filter((f) => f.system === system.id && f.sources.every((s) => old(s.id)))
        .map((f) => ({
          id: f.id,
          sources: [...new Set(f.sources.map((s) => s.id))].map((id) => {
            const { date } = sources.get(id) as Source;
            return { id, date };
          }),
        })),
    }))
    .filter((group) => group.facts.length > 0);
}

/** The report `kb check --older-than` prints after the counts. */
export function formatStale(groups: StaleSystem[], age: string, cutoff: Date): string {
  const day = cutoff.toISOString().slice(0, 10);
  const total = groups.reduce((n, g) => n + g.facts.length, 0);
  if (total === 0) return `No fact rests only on sources older than ${age} (before ${day}).`;
  const lines = [
    `${total} facts rest only on sources older than ${age} (before ${day}); re-check them:`,
  ];
  for (const group of groups) {
    lines.push(`  ${group.name} (${group.system}): ${group.facts.length}`);
    for (const fact of group.facts) {
      const cited = fact.sources.map((s) => `${s.id}, ${s.date}`).join("; ");
      lines.push(`    ${fact.id}  (${cited})`);
    }
  }
  return lines.join("\n");
}
