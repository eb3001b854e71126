import { describePlace, type PlacedGapGroup } from "./place.js";

export interface GapsReport {
  /** ISO time of the oldest event considered; null for all. */
  since: string | null;
  /** Where the events were read from (a file, or Redis at host:port). */
  source: string;
  unanswered: number;
  unhelpful: number;
  groups: PlacedGapGroup[];
}

export function buildReport(
  groups: PlacedGapGroup[],
  since: Date | undefined,
  source: string,
): GapsReport {
  const sum = (key: "unanswered" | "unhelpful") => groups.reduce((n, g) => n + g[key], 0);
  return {
    since: since?.toISOString() ?? null,
    source,
    unanswered: sum("unanswered"),
    unhelpful: sum("unhelpful"),
    groups,
  };
}

const QUESTION_WIDTH = 80;

/** Control characters a stored question might carry are never sent to the curator's terminal. */
const printable = (text: string): string => text.replace(/\p{Cc}/gu, " ");
const cut = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text;
const shortTime = (iso: string) => `${iso.slice(0, 16).replace("T", " ")}`;
const quoted = (question: string) => `"${cut(printable(question), QUESTION_WIDTH)}"`;

/** The report for a terminal: one block per group, most frequent first. */
export function formatReport(report: GapsReport): string {
  const period = report.since ? `since ${shortTime(report.since)} UTC` : "all time";
  const header = `Gaps, ${period} (${report.source}): ${report.unanswered} unanswered, ${report.unhelpful} marked unhelpful, in ${report.groups.length} groups.`;
  if (report.groups.length === 0) {
    return `${header}\nNothing to review: no unanswered questions and no answers marked unhelpful.`;
  }
  const blocks = report.groups.map((group) => {
    const kinds = [
      group.unanswered > 0 ? `${group.unanswered} unanswered` : "",
      group.unhelpful > 0 ? `${group.unhelpful} unhelpful` : "",
    ].filter(Boolean);
    const lines = [
      `${String(group.count).padStart(4)}×  ${quoted(group.question)}`,
      `       ${kinds.join(", ")}; last seen ${shortTime(group.lastSeen)} UTC`,
    ];
    lines.push(`       likely about: ${describePlace(group.likely)}`);
    if (group.otherWordings.length > 0) {
      lines.push(`       also asked as: ${group.otherWordings.map(quoted).join(", ")}`);
    }
    if (group.systems.length + group.topics.length > 0) {
      lines.push(`       answered about: ${[...group.systems, ...group.topics].join(", ")}`);
    }
    return lines.join("\n");
  });
  return [header, "", blocks.join("\n\n")].join("\n");
}
