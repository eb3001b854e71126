import type { KnowledgeBase } from "../knowledge/schema.js";
import { isEnglishWord } from "./english-words.js";
import { wordKey } from "./fact-words.js";
import { type FuzzyHit, FuzzyLookup } from "./fuzzy-lookup.js";
import { compactKey, tokenise, tokensKey } from "./normalise.js";
import { startsRun } from "./token-runs.js";
import { DOMAIN_WORDS, STOPWORDS } from "./vocabulary.js";

export interface PhraseTarget {
  kind: "system" | "topic";
  id: string;
}

export interface PhraseMatch {
  /** Token positions [start, end) the phrase covers in the question. */
  start: number;
  end: number;
  targets: PhraseTarget[];
  /** 0 for an exact name, higher for a typo. */
  score: number;
}

/**
 * System names and aliases, and topic words, indexed once at load for greedy longest-first matching.
 * Fact-first retrieval does not replace it: without the scan, 1,918 of the 2,563 answered questions
 * (the evaluation sets and misspelt variants) go unanswered. It costs about 13 µs of a 64 µs
 * question at 1x knowledge and 22 of 404 µs at 100x (2026-12-02).
 */
export class PhraseIndex {
  private readonly lookup: FuzzyLookup<PhraseTarget[]>;
  private readonly maxTokens: number;
  /** Compact keys of the aliases that are also everyday words ("atomic"). */
  private readonly everydayNames: ReadonlySet<string>;

  /** One-word topic words and names by stem: "patched" is the topic word "patches". */
  private readonly byStem = new Map<string, PhraseTarget[]>();

  /** The keys of phrases written as several words ("come out"), which question words may spell. */
  private readonly spacedKeys = new Set<string>();

  /** The words the facts write: "table" is the inovex table, never a typo of "stable". */
  private readonly factWords: ReadonlySet<string>;

  /** What askers call each source ("that inovex table"), as tokens. */
  private readonly sourceNames: { id: string; tokens: string[] }[];

  /** How many systems the knowledge holds: "all six" of six is every one of them. */
  readonly systemCount: number;

  /** The systems' one-word names ("coreos", "vmware"), as tokens. */
  readonly nameWords: ReadonlySet<string>;

  constructor(
    kb: Pick<KnowledgeBase, "systems" | "topics"> &
      Partial<Pick<KnowledgeBase, "facts" | "sources">>,
  ) {
    this.systemCount = kb.systems.length;
    this.nameWords = new Set(
      kb.systems
        .flatMap((system) => [system.id, system.name, ...system.aliases].map(tokenise))
        .filter((tokens) => tokens.length === 1)
        .map((tokens) => tokens[0] as string),
    );
    const targets = new Map<string, PhraseTarget[]>();
    let maxTokens = 1;
    const add = (phrase: string, target: PhraseTarget) => {
      const key = compactKey(phrase);
      if (!key) return;
      const words = tokenise(phrase).length;
      maxTokens = Math.max(maxTokens, words);
      if (words > 1) this.spacedKeys.add(key);
      const list = targets.get(key) ?? [];
      if (!list.some((t) => t.kind === target.kind && t.id === target.id)) list.push(target);
      targets.set(key, list);
    };
    for (const system of kb.systems) {
      for (const name of [system.id, system.name, ...system.aliases])
        add(name, { kind: "system", id: system.id });
    }
    for (const topic of kb.topics) {
      for (const word of topic.words) add(word, { kind: "topic", id: topic.id });
    }
    this.lookup = new FuzzyLookup(targets);
    for (const [key, list] of targets)
      if (/^[a-z]+$/.test(key)) this.byStem.set(wordKey(key), list);
    this.everydayNames = new Set(
      kb.systems.flatMap((s) => (s.everyday_aliases ?? []).map(compactKey)),
    );
    this.factWords = new Set((kb.facts ?? []).flatMap((fact) => tokenise(fact.text)));
    this.sourceNames = (kb.sources ?? []).flatMap((source) =>
      (source.called ?? []).map((name) => ({ id: source.id, tokens: tokenise(name) })),
    );
    // A compact key may span one token more than the phrase ("core os" is one key, "coreos").
    this.maxTokens = maxTokens + 1;
  }

  /**
   * "coreis" read as "coreos": only a system's name ending in "os", never a topic's word, and not
   * after a short word ("our DC is vSphere" is a data centre).
   */
  private systemSpokenOs(key: string): FuzzyHit<PhraseTarget[]> | undefined {
    if (key.length - 2 < MIN_SPOKEN_NAME) return undefined;
    const hit = this.lookup.get(`${key.slice(0, -2)}os`);
    return hit?.value.every((target) => target.kind === "system") ? hit : undefined;
  }

  /**
   * The source the tokens refer to by one of its names ("in that inovex table"), if one, and the
   * positions of the name.
   */
  sourceIn(tokens: readonly string[]): { id: string; at: number[] } | undefined {
    for (const { id, tokens: name } of this.sourceNames) {
      const start = tokens.findIndex((_, i) => startsRun(tokens, i, name));
      if (start >= 0) return { id, at: name.map((_, k) => start + k) };
    }
    return undefined;
  }

  /** Whether these tokens spell an alias that is also an everyday word. */
  isEverydayName(tokens: string[]): boolean {
    return this.everydayNames.has(tokensKey(tokens));
  }

  /**
   * Finds names and topic words in the tokens, longest phrase first, each token used once.
   * Exact phrases are preferred over typo matches of any length.
   */
  scan(tokens: string[], clause: readonly number[] = []): PhraseMatch[] {
    const compact = tokens.map((token) => tokensKey([token]));
    // Each word's own system, looked up once however many phrases it starts or ends.
    const systemsAt = compact.map((key) =>
      (this.lookup.get(key)?.value ?? []).filter((t) => t.kind === "system").map((t) => t.id),
    );
    const matches: PhraseMatch[] = [];
    let start = 0;
    while (start < tokens.length) {
      // "we run centos 7. atomic or coreos?": a name never runs on into the next clause.
      let end = start + 1;
      while (end < tokens.length && clause[end] === clause[start]) end++;
      const spans = this.spansAt(tokens, compact, systemsAt, start, end);
      const match = this.matchAt(spans, start, false) ?? this.matchAt(spans, start, true);
      if (match) {
        matches.push(match);
        start = match.end;
      } else {
        start++;
      }
    }
    return matches;
  }

  /** The compact keys of the phrases starting at `start`, shortest first, built letter by letter once. */
  private spansAt(
    tokens: string[],
    compact: string[],
    systemsAt: string[][],
    start: number,
    end: number,
  ): Span[] {
    const spans: Span[] = [];
    let key = "";
    let stopword = false;
    let allStopwords = true;
    let named: string[] = [];
    const longest = Math.min(this.maxTokens, end - start);
    for (let i = start; i < start + longest; i++) {
      key += compact[i] as string;
      stopword ||= STOPWORDS.has(tokens[i] as string);
      allStopwords &&= STOPWORDS.has(tokens[i] as string);
      const own = systemsAt[i] as string[];
      if (own.length > 0) named = [...named, ...own];
      spans.push({
        key,
        named,
        stopword,
        allStopwords,
        domainWord: i === start && DOMAIN_WORDS.has(tokens[i] as string),
        // "core is", "rancher is": "OS" as a phone's autocorrect or speech-to-text writes it.
        spokenOs: i > start && tokens[i] === "is",
      });
    }
    return spans;
  }

  private matchAt(spans: Span[], start: number, fuzzy: boolean): PhraseMatch | undefined {
    for (let length = spans.length; length >= 1; length--) {
      const { key, stopword, allStopwords, domainWord, spokenOs, named } = spans[
        length - 1
      ] as Span;
      // A lone question word ("is", "on") is never a name, even when it is spelt like one; nor
      // are question words run together ("what's in it" is no "init").
      if (length === 1 && stopword) return undefined;
      if (length > 1 && allStopwords && !this.spacedKeys.has(key)) continue;
      if (fuzzy && (stopword || domainWord || (length === 1 && this.factWords.has(key)))) continue;
      const hit = fuzzy
        ? this.lookup.find(key)
        : (this.lookup.get(key) ??
          this.lookup.get(singular(key)) ??
          (spokenOs ? this.systemSpokenOs(key) : undefined));
      // "my manager asks…" is a person, not a typo of "manage".
      if (hit && fuzzy && isDoer(key, hit.key)) continue;
      // "we ran coreos" is CoreOS, no typo of "rancheros" across a name spelt right ("projet
      // atomic" is still Project Atomic).
      const other = (t: PhraseTarget) => t.kind === "system" && !named.includes(t.id);
      if (hit && fuzzy && length > 1 && named.length > 0 && hit.value.some(other)) continue;
      // "pitch" is English of its own, no typo of "patch"; "patched" is "patches" by its stem.
      if (hit && fuzzy && length === 1 && isEnglishWord(key)) {
        const stemmed = this.byStem.get(wordKey(key));
        if (stemmed) return { start, end: start + 1, targets: stemmed, score: 0 };
        continue;
      }
      if (hit) return { start, end: start + length, targets: hit.value, score: hit.score };
    }
    return undefined;
  }
}

/** Letters a name must have before a misheard "OS" ("core is", "rancher is"; not "dc is"). */
const MIN_SPOKEN_NAME = 4;

interface Span {
  key: string;
  /** The systems its words name by themselves, spelt right. */
  named: string[];
  /** Whether its last word, after the first, is "is": perhaps "OS" misheard or autocorrected. */
  spokenOs: boolean;
  /** Whether any of its words is a stopword. */
  stopword: boolean;
  /** Whether every one of its words is. */
  allStopwords: boolean;
  /** A lone word of the domain ("systems", "hosts"): a word in its own right, never a typo. */
  domainWord: boolean;
}

/** Whether `word` is who does what `base` names ("manager", "managers" of "manage"). */
function isDoer(word: string, base: string): boolean {
  return ["r", "rs", "er", "ers"].some((ending) => word === `${base}${ending}`);
}

/** "kernels" -> "kernel": plural questions should find singular words without a typo budget. */
function singular(key: string): string {
  return key.length > 4 && key.endsWith("s") && !key.endsWith("ss") ? key.slice(0, -1) : key;
}
