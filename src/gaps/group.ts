import { allowedTypos, editDistance } from "../core/match/edit-distance.js";
import { stripSlackMarkup, tokenise } from "../core/match/normalise.js";
import { DOMAIN_WORDS, STOPWORDS } from "../core/match/vocabulary.js";
import type { StoredEvent } from "../store/events.js";

/** Questions asked in similar words, counted together for curators. */
export interface GapGroup {
  /** The most recent wording. */
  question: string;
  /** Other wordings seen, most recent first (at most MAX_WORDINGS). */
  otherWordings: string[];
  count: number;
  /** How many were not answered (`no_match` or low confidence)... */
  unanswered: number;
  /** ...and how many were answered but marked unhelpful. */
  unhelpful: number;
  /** ISO time of the latest. */
  lastSeen: string;
  /** What the unhelpful answers were about, to point curators at the facts to check. */
  systems: string[];
  topics: string[];
}

const MAX_WORDINGS = 5;

/** Unanswered questions and unhelpful answers, grouped by similar text, most frequent first. */
export function groupGaps(events: readonly StoredEvent[]): GapGroup[] {
  const byKey = new Map<string, { words: string[]; group: GapGroup }>();
  for (const event of [...events].sort((a, b) => b.at.localeCompare(a.at))) {
    if (event.kind === "asked" || (event.kind === "feedback" && event.helpful)) continue;
    const words = contentWords(event.question);
    const key = words.join(" ");
    const entry = byKey.get(key) ?? { words, group: emptyGroup(event.question, event.at) };
    byKey.set(key, entry);
    const { group } = entry;
    group.count++;
    if (event.kind === "unanswered") group.unanswered++;
    else {
      group.unhelpful++;
      group.systems = union(group.systems, event.systems);
      group.topics = union(group.topics, event.topics);
    }
    addWording(group, event.question);
  }
  return mergeTypos([...byKey.values()].sort((a, b) => compareGroups(a.group, b.group)));
}

/**
 * The words that carry meaning, singular and sorted: "CoreOS sizes?" and "size of coreos" agree,
 * and so do "does photon run on arm?" and "photon on ARM" (question words and the domain's filler,
 * such as "run", "support" or "os", are left out).
 */
export function contentWords(question: string): string[] {
  const words = tokenise(stripSlackMarkup(question))
    .filter((word) => !STOPWORDS.has(word) && !DOMAIN_WORDS.has(word))
    .map((word) => (word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word));
  return [...new Set(words)].sort();
}

const emptyGroup = (question: string, at: string): GapGroup => ({
  question,
  otherWordings: [],
  count: 0,
  unanswered: 0,
  unhelpful: 0,
  lastSeen: at,
  systems: [],
  topics: [],
});

const compareGroups = (a: GapGroup, b: GapGroup): number =>
  b.count - a.count || b.lastSeen.localeCompare(a.lastSeen);

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];

function addWording(group: GapGroup, question: string): void {
  const seen = question === group.question || group.otherWordings.includes(question);
  if (!seen && group.otherWordings.length < MAX_WORDINGS) group.otherWordings.push(question);
}

/** Folds groups whose words differ only by typos ("rancheros" / "rancheos") into the larger one. */
function mergeTypos(entries: { words: string[]; group: GapGroup }[]): GapGroup[] {
  const kept: { words: string[]; group: GapGroup }[] = [];
  for (const entry of entries) {
    const target = kept.find((k) => sameWords(k.words, entry.words));
    if (!target) {
      kept.push(entry);
      continue;
    }
    const { group } = target;
    const other = entry.group;
    group.count += other.count;
    group.unanswered += other.unanswered;
    group.unhelpful += other.unhelpful;
    group.systems = union(group.systems, other.systems);
    group.topics = union(group.topics, other.topics);
    for (const wording of [other.question, ...other.otherWordings]) addWording(group, wording);
    if (other.lastSeen > group.lastSeen) group.lastSeen = other.lastSeen;
  }
  return kept.map((k) => k.group).sort(compareGroups);
}

function sameWords(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  return a.every((word, i) => {
    const other = b[i] as string;
    return editDistance(word, other) <= allowedTypos(Math.min(word.length, other.length));
  });
}
