import type { KnowledgeBase } from "../knowledge/schema.js";
import { wordKey } from "./fact-words.js";
import { tokenise } from "./normalise.js";

/** What a question asks that its sources cannot know, found by `LimitIndex.find`. */
export interface LimitHit {
  /** The limit's id, or "later-years" / "unknown-version" for the rules read off the sources. */
  id: string;
  /** Finishes "My sources (2014–2015) don't say …". */
  label: string;
}

/**
 * Finds the questions beyond the sources: phrases from limits.yml ("still maintained",
 * "acquired"), a year after the newest source ("in 2019"), or a version number no source
 * mentions ("photon os 5.0"). Phrases match whole words in order, whatever their endings.
 */
export class LimitIndex {
  private readonly phrases: { keys: string[]; hit: LimitHit }[];
  private readonly newestYear: number;
  private readonly knownNumbers: ReadonlySet<string>;

  constructor(kb: Pick<KnowledgeBase, "limits" | "sources" | "facts">) {
    this.phrases = (kb.limits ?? []).flatMap(({ id, label, words }) =>
      words.map((phrase) => ({ keys: tokenise(phrase).map(wordKey), hit: { id, label } })),
    );
    this.newestYear = Math.max(...kb.sources.map((s) => Number(s.date.slice(0, 4))));
    this.knownNumbers = new Set(
      kb.facts.flatMap((f) => tokenise(`${f.text} ${f.value ?? ""}`).filter(isNumber)),
    );
  }

  find(tokens: readonly string[]): LimitHit | undefined {
    const keys = tokens.map(wordKey);
    for (const { keys: phrase, hit } of this.phrases) {
      if (containsRun(keys, phrase)) return hit;
    }
    for (const token of tokens) {
      if (/^(19|20)\d\d$/.test(token) && Number(token) > this.newestYear) {
        return { id: "later-years", label: `what happened after ${this.newestYear}` };
      }
      if (/^\d+(\.\d+)+$/.test(token) && !this.knownNumbers.has(token)) {
        return { id: "unknown-version", label: `anything about version ${token}` };
      }
    }
    return undefined;
  }
}

const isNumber = (token: string) => /^\d/.test(token);

function containsRun(keys: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0) return false;
  for (let start = 0; start + run.length <= keys.length; start++) {
    let k = 0;
    while (k < run.length && keys[start + k] === run[k]) k++;
    if (k === run.length) return true;
  }
  return false;
}
