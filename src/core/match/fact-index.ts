import type { KnowledgeBase } from "../knowledge/schema.js";
import { FuzzyLookup } from "./fuzzy-lookup.js";
import { KeyFilter } from "./key-filter.js";
import { tokenise } from "./normalise.js";
import { DOMAIN_WORDS, STOPWORDS } from "./vocabulary.js";

export interface WordHit {
  word: string;
  /** Indexes into kb.facts of the facts whose text or value holds the word. */
  facts: number[];
  /** Inverse document frequency: rare words say more about which fact is meant. */
  weight: number;
  /**
   * Whether the question's word is the knowledge base's word (or its plural or stem). A typo or
   * abbreviation match ("gaming" for "naming", "arch" for "architecture") is only a guess.
   */
  exact: boolean;
}

/** Shortest word that may stand for longer ones ("auto" for "automatic", "config" for "configuration"). */
const MIN_PREFIX = 4;
/** Longer words a prefix may stand for at most; a prefix that fits more says too little. */
const MAX_PREFIX_WORDS = 6;

/**
 * Every content word of the knowledge base (fact texts and values, system summaries, topic names),
 * mapped to the facts that use it. Words that are known but in no fact still count as on-topic.
 */
export class FactIndex {
  private readonly words: FuzzyLookup<number[]>;
  private readonly sortedWords: string[];
  /** Every prefix of MIN_PREFIX letters or more of a known word: most unknown words are none. */
  private readonly prefixes: KeyFilter;

  constructor(private readonly kb: KnowledgeBase) {
    const postings = new Map<string, Set<number>>();
    const note = (text: string, fact?: number) => {
      for (const word of contentWords(text)) {
        const set = postings.get(word) ?? new Set<number>();
        if (fact !== undefined) set.add(fact);
        postings.set(word, set);
      }
    };
    kb.facts.forEach((fact, i) => {
      note(`${fact.text} ${fact.value ?? ""}`, i);
    });
    for (const system of kb.systems) note(`${system.name} ${system.summary}`);
    for (const topic of kb.topics) note(topic.name);
    this.words = new FuzzyLookup(
      [...postings].map(([word, set]) => [word, [...set]] as [string, number[]]),
    );
    this.sortedWords = [...postings.keys()].sort();
    this.prefixes = new KeyFilter(
      this.sortedWords.flatMap((word) =>
        Array.from({ length: Math.max(0, word.length - MIN_PREFIX + 1) }, (_, i) =>
          word.slice(0, MIN_PREFIX + i),
        ),
      ),
    );
  }

  /** Looks a question word up, tolerating typos in longer words; undefined when the KB never uses it. */
  lookup(word: string): WordHit | undefined {
    const exact = this.words.get(word) ?? this.words.get(stem(word));
    if (exact) return this.weigh(exact.key, exact.value, true);
    const typo = this.words.find(word);
    if (typo) return this.weigh(typo.key, typo.value, false);
    return this.lookupPrefix(word);
  }

  /** An abbreviation: the facts of every known word it begins, when there are only a few. */
  private lookupPrefix(prefix: string): WordHit | undefined {
    if (prefix.length < MIN_PREFIX || !this.prefixes.mayHave(prefix)) return undefined;
    let low = 0;
    let high = this.sortedWords.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.sortedWords[mid] as string) < prefix) low = mid + 1;
      else high = mid;
    }
    const words: string[] = [];
    for (
      let i = low;
      i < this.sortedWords.length && (this.sortedWords[i] as string).startsWith(prefix);
      i++
    ) {
      words.push(this.sortedWords[i] as string);
    }
    if (words.length === 0 || words.length > MAX_PREFIX_WORDS) return undefined;
    const facts = new Set(words.flatMap((w) => this.words.get(w)?.value ?? []));
    return this.weigh(prefix, [...facts], false);
  }

  private weigh(word: string, facts: number[], exact: boolean): WordHit {
    const weight = facts.length === 0 ? 0 : Math.log(1 + this.kb.facts.length / facts.length);
    return { word, facts, weight, exact };
  }
}

export function contentWords(text: string): string[] {
  return tokenise(text).filter(isContentWord);
}

export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word) && !DOMAIN_WORDS.has(word);
}

/** A light stemmer for the lookup fallback: "updated" finds "update", "booting" finds "boot". */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, "") || word;
}
