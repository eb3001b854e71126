import { wordKey } from "./fact-words.js";
import { tokenise } from "./normalise.js";
import { startsRun } from "./token-runs.js";

/** Pronouns a phrasal verb may hold inside it ("roll it back", "set them up"). */
const OBJECTS = new Set(["it", "them", "this", "that"]);

/** A run of a question's tokens that is a word of a synonym group, and the group's other words. */
export interface Related {
  start: number;
  end: number;
  /** The other words of its group, each as tokens ("roll back" is two). */
  words: string[][];
}

/**
 * Groups of everyday words for the same thing (synonyms.yml): "kick off" and "started", "aimed
 * at" and "targets". A question's word then finds the facts that use another word of its group.
 * Words match by stem ("kicked off" is "kick off"), as fact words do.
 */
export class Thesaurus {
  /** Each word of a group, as keys, under its first key, with its group's number. */
  private readonly byFirst = new Map<string, { keys: string[]; group: number }[]>();
  private readonly groups: string[][][];

  constructor(groups: readonly (readonly string[])[] = []) {
    this.groups = groups.map((words) => words.map(tokenise));
    this.groups.forEach((words, group) => {
      for (const tokens of words) {
        const keys = tokens.map(wordKey);
        const first = keys[0];
        if (first === undefined) continue;
        const list = this.byFirst.get(first) ?? [];
        list.push({ keys, group });
        this.byFirst.set(first, list);
      }
    });
  }

  /**
   * The runs of `tokens` that are words of a group, longest first where they overlap. A pronoun
   * inside a run is skipped: "roll it back" is "roll back".
   */
  related(tokens: readonly string[]): Related[] {
    const at = tokens.flatMap((token, i) => (OBJECTS.has(token) ? [] : [i]));
    const keys = at.map((i) => wordKey(tokens[i] as string));
    const found: Related[] = [];
    let covered = 0;
    keys.forEach((key, start) => {
      if (start < covered) return;
      const runs = (this.byFirst.get(key) ?? []).filter((run) => startsRun(keys, start, run.keys));
      const longest = runs.sort((a, b) => b.keys.length - a.keys.length)[0];
      if (!longest) return;
      const end = start + longest.keys.length;
      const own = longest.keys.join(" ");
      const words = (this.groups[longest.group] ?? []).filter(
        (word) => word.map(wordKey).join(" ") !== own,
      );
      found.push({ start: at[start] as number, end: (at[end - 1] as number) + 1, words });
      covered = end;
    });
    return found;
  }
}
