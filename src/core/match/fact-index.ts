import type { Fact, KnowledgeBase } from "../knowledge/schema.js";
import { isEnglishWord } from "./english-words.js";
import { compoundWords, isContentWord, textKeys, tokenKeys, wordKey } from "./fact-words.js";
import { FuzzyLookup } from "./fuzzy-lookup.js";
import { tokenise } from "./normalise.js";
import { Thesaurus } from "./thesaurus.js";

export interface WordHit {
  word: string;
  /** Indexes into kb.facts of the facts whose text, value or terms hold the word. */
  facts: number[];
  /** Each of those facts' BM25 term weight (term frequency against the fact's length). */
  tf: number[];
  /** Inverse document frequency: rare words say more about which fact is meant. */
  weight: number;
  /**
   * Whether the question's word is the knowledge base's word (or shares its stem). A typo or
   * abbreviation match ("gaming" for "naming", "arch" for "architecture") is only a guess.
   */
  exact: boolean;
  /**
   * How much of the weight ranks facts (1 unless said): less in a clause that only sets the
   * scene, and a word pair only for what it says beyond its rarer word.
   */
  scale?: number;
  /** The systems of those facts, the one with most of them first. */
  systems: string[];
  /**
   * The system that holds OWNER_SHARE or more of those facts, if one does: "rpm-ostree" is
   * Atomic's, though a CoreOS fact names it once.
   */
  owner?: string;
  /** A pair of everyday words ("how many"): it ranks facts, but names nothing precise. */
  everyday?: boolean;
  /** Found through a synonym group ("kick off" for "started"): it ranks facts, names nothing. */
  synonym?: boolean;
  /** With a synonym: the question's own words that found the group ("web dashboard"). */
  spoken?: string;
  /** The word also named a topic ("selinux", "upgrades"): it says which topic more than which fact. */
  topicWord?: boolean;
  /** The word is in the asker's yardstick ("… like swapping firmware images"): it names no system. */
  yardstick?: boolean;
  /** Said in the asker's own scene ("my boss keeps reading about it in vendor notes"). */
  askersScene?: boolean;
}

/** How much a synonym's facts count against the question's own word's (in the clause that asks). */
export const SYNONYM_SHARE = 0.8;

/**
 * Whether a hit is the question's own word as the facts write it, one that may name a system:
 * not a typo's guess, a pair of everyday words ("how many") or a synonym's facts.
 */
export function isOwnWord(hit: WordHit): boolean {
  return hit.exact && !hit.everyday && !hit.synonym;
}

/**
 * The question's own word for a tool of one system that the topics name ("fleet", "lightwave"),
 * not any word one fact happens to use ("reach").
 */
export function namesTool(hit: WordHit): boolean {
  return isOwnWord(hit) && hit.topicWord === true && hit.owner !== undefined;
}

/** The hit whose word is rarest in the facts; of equally rare ones, the first. */
export function rarest<T extends WordHit>(hits: readonly T[]): T | undefined {
  return hits.reduce<T | undefined>(
    (best, hit) => (best === undefined || hit.weight > best.weight ? hit : best),
    undefined,
  );
}

/** Shortest word that may stand for longer ones ("auto" for "automatic", "config" for "configuration"). */
const MIN_PREFIX = 4;
/** Longer words a prefix may stand for at most; a prefix that fits more says too little. */
const MAX_PREFIX_WORDS = 6;
/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;

interface Posting {
  facts: number[];
  tf: number[];
  /** The systems of those facts and their owner, once: asked for on every lookup. */
  systems?: string[];
  owner?: string;
}

/** The share of a word's facts one system must hold to own the word. */
const OWNER_SHARE = 0.75;

/**
 * Every content word of the knowledge base (fact texts, values and terms; system summaries; topic
 * names) under its stem, with the facts that use it and their BM25 weights. Words that are known
 * but in no fact still count as on-topic.
 */
export class FactIndex {
  private readonly words: FuzzyLookup<Posting>;
  /**
   * Every content word as the facts write it, under its stem: a typo is closer to the word than
   * to its stem ("secruity" is one swap from "security", three edits from "secur").
   */
  private readonly written: FuzzyLookup<string>;
  private readonly sortedWords: string[];
  /** Two adjacent words of a fact as one ("systemdocker"): exact lookups only. */
  private readonly pairs: Map<string, Posting>;
  /** Everyday words for the same thing, which find each other's facts. */
  readonly thesaurus: Thesaurus;
  /**
   * Each synonym group's facts once merged, under the words looked up (null: none): at 100x
   * knowledge a merge per question took matchQuestion's p99 from about 4 to 4.8 ms. Bounded by
   * the number of words in synonyms.yml.
   */
  private readonly unions = new Map<string, { word: string; posting: Posting } | null>();

  constructor(private readonly kb: KnowledgeBase) {
    this.thesaurus = new Thesaurus(kb.synonyms);
    const words = new Map<string, Map<number, number>>();
    const pairs = new Map<string, Map<number, number>>();
    const lengths: number[] = [];
    const written = new Map<string, string>();
    const note = (into: typeof words, keys: string[], fact?: number) => {
      for (const key of keys) {
        const byFact = into.get(key) ?? new Map<number, number>();
        if (fact !== undefined) byFact.set(fact, (byFact.get(fact) ?? 0) + 1);
        into.set(key, byFact);
      }
    };
    kb.facts.forEach((fact, i) => {
      // Each part tokenised once: at 100x knowledge this runs for 29,100 facts.
      const parts = findableBy(fact).map(tokenise);
      const keys = parts.map(tokenKeys);
      // The fact's own words set its length: terms help find it, and must not dilute it.
      lengths[i] = (keys[0] as string[]).length;
      note(words, [...keys.flat(), ...parts.flat().flatMap(shortVersion)], i);
      note(pairs, parts.flatMap(compoundWords).map(wordKey), i);
      for (const word of parts.flat()) if (isContentWord(word)) written.set(word, wordKey(word));
    });
    for (const system of kb.systems) note(words, textKeys(`${system.name} ${system.summary}`));
    for (const topic of kb.topics) note(words, textKeys(topic.name));
    // "the codeship article", "the infoq piece": where the sources were published is known,
    // though no fact says it. (Not their titles: "review" or "published" would ask nothing then.)
    for (const source of kb.sources) note(words, textKeys(publisherOf(source.url)));
    const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
    const toPosting = ([key, byFact]: [string, Map<number, number>]): [string, Posting] => {
      const facts = [...byFact.keys()];
      const tf = facts.map((fact) => {
        const n = byFact.get(fact) as number;
        const norm = 1 - B + (B * (lengths[fact] as number)) / average;
        return (n * (K1 + 1)) / (n + K1 * norm);
      });
      return [key, { facts, tf, ...this.systemsOf(facts) }];
    };
    this.words = new FuzzyLookup([...words].map(toPosting), true);
    this.written = new FuzzyLookup(written);
    this.pairs = new Map([...pairs].map(toPosting));
    this.sortedWords = [...words.keys()].sort();
  }

  /** Looks a question word up, tolerating typos in longer words; undefined when the KB never uses it. */
  lookup(word: string): WordHit | undefined {
    const found = this.exactly(word);
    if (found) return found;
    const key = wordKey(word);
    const typo = this.words.find(key);
    const misspelt = typo ? undefined : this.written.find(word);
    const guess = typo ?? (misspelt && this.words.get(misspelt.value));
    // "lunch" is English, not a typo of "launch": only its own stem. (Asked only of a guess, so
    // the word list loads the first time a typo is met, not at start-up.)
    if (guess && (guess.key === key || !isEnglishWord(word))) return this.spelt(guess.key, false);
    return this.lookupPrefix(word);
  }

  /** A word as the facts write it, or its stem; no typos. */
  exactly(word: string): WordHit | undefined {
    return this.spelt(word, true);
  }

  /**
   * The facts of a word (or its stem) and of the pair written apart: "login" is a word of some
   * facts and "log in" of others, and "rolback" is both "rollback" and "roll back".
   */
  private spelt(word: string, exact: boolean): WordHit | undefined {
    const key = wordKey(word);
    const asWritten = this.words.get(word);
    const stemmed = this.words.get(key);
    // "deploy" is the stem of "deployment" and has its own ("deploi"): both are the word's facts.
    const found =
      asWritten && stemmed && asWritten.key !== stemmed.key
        ? { key: stemmed.key, value: merge(stemmed.value, asWritten.value) }
        : (asWritten ?? stemmed);
    const pair = this.pairs.get(key);
    if (found && pair) return this.weigh(found.key, merge(found.value, pair), exact);
    if (found) return this.weigh(found.key, found.value, exact);
    if (pair) return this.weigh(key, pair, exact);
    return undefined;
  }

  /**
   * The facts of a synonym group's other words ("started" for "kick off") as one word: each a word
   * or a pair of words, looked up exactly.
   */
  related(words: readonly (readonly string[])[]): WordHit | undefined {
    const key = words.map((word) => word.join(" ")).join("|");
    let found = this.unions.get(key);
    if (found === undefined) {
      found = this.union(words) ?? null;
      this.unions.set(key, found);
    }
    return found ? this.weigh(found.word, found.posting, true) : undefined;
  }

  private union(
    words: readonly (readonly string[])[],
  ): { word: string; posting: Posting } | undefined {
    const hits = words.flatMap(([first, second, ...rest]) => {
      if (second === undefined)
        return isContentWord(first as string) ? (this.exactly(first as string) ?? []) : [];
      // Both words or none: "came" alone is not "came out".
      return rest.length === 0 ? (this.compound(first as string, second) ?? []) : [];
    });
    if (hits.length === 0) return undefined;
    // The group is one word whose facts are all of theirs: it weighs as rare as that union is.
    const { facts, tf } = hits.reduce<Posting>((all, hit) => merge(all, hit), {
      facts: [],
      tf: [],
    });
    return { word: hits[0]?.word ?? "", posting: { facts, tf, ...this.systemsOf(facts) } };
  }

  /** The pair of fact words two adjacent question words spell ("system docker"), if any fact has it. */
  compound(first: string, second: string): WordHit | undefined {
    const key = wordKey(`${first}${second}`);
    const pair = this.pairs.get(key);
    return pair && this.weigh(key, pair, true);
  }

  /** An abbreviation: the facts of every known word it begins, when there are only a few. */
  private lookupPrefix(prefix: string): WordHit | undefined {
    if (prefix.length < MIN_PREFIX) return undefined;
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
    const best = new Map<number, number>();
    for (const w of words) {
      const posting = this.words.get(w)?.value;
      posting?.facts.forEach((fact, i) => {
        best.set(fact, Math.max(best.get(fact) ?? 0, posting.tf[i] as number));
      });
    }
    return this.weigh(prefix, { facts: [...best.keys()], tf: [...best.values()] }, false);
  }

  private systemsOf(facts: number[]): { systems: string[]; owner?: string } {
    const counts = new Map<string, number>();
    for (const fact of facts) {
      const { system } = this.kb.facts[fact] as Fact;
      counts.set(system, (counts.get(system) ?? 0) + 1);
    }
    const systems = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
    const top = systems[0];
    const owns = top !== undefined && (counts.get(top) ?? 0) >= OWNER_SHARE * facts.length;
    return owns ? { systems, owner: top } : { systems };
  }

  private weigh(word: string, posting: Posting, exact: boolean): WordHit {
    const n = posting.facts.length;
    // BM25's idf, kept positive for words in most facts.
    const weight = n === 0 ? 0 : Math.log(1 + (this.kb.facts.length - n + 0.5) / (n + 0.5));
    const { systems, owner } = posting.systems ? posting : this.systemsOf(posting.facts);
    return {
      word,
      facts: posting.facts,
      tf: posting.tf,
      weight,
      exact,
      systems: systems ?? [],
      owner,
    };
  }
}

/** "1.6" for "1.6.0": people quote versions short ("docker 1.6"). Nothing for other words. */
function shortVersion(token: string): string[] {
  const version = /^(\d+\.\d+)\.\d+/.exec(token);
  return version ? [version[1] as string] : [];
}

/** Two postings as one: each fact once, with the higher of its two weights. */
function merge(a: Posting, b: Posting): Posting {
  const weights = new Map<number, number>();
  for (const { facts, tf } of [a, b]) {
    facts.forEach((fact, i) => {
      weights.set(fact, Math.max(weights.get(fact) ?? 0, tf[i] as number));
    });
  }
  return { facts: [...weights.keys()], tf: [...weights.values()] };
}

/**
 * What a fact is found by: its sentence, its table value and the everyday terms beside it, each
 * apart, so word pairs never run from one into the next.
 */
function findableBy(fact: Fact): string[] {
  return [fact.text, fact.value ?? "", ...(fact.terms ?? [])];
}

/** "https://blog.codeship.com/…" -> "blog codeship": the host's names, without "www" or the country. */
function publisherOf(url: string): string {
  const labels = new URL(url).hostname.split(".").slice(0, -1);
  return labels.filter((label) => label !== "www").join(" ");
}
