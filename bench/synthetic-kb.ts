import type { Fact, KnowledgeBase, System } from "../src/core/knowledge/schema.js";

/**
 * A knowledge base `factor` times the size of `kb`, built in memory: every real system gets
 * `factor - 1` made-up siblings with their own names, aliases and a copy of its facts (names
 * swapped), so names, fact words and postings all grow as a bigger real knowledge base would.
 * Topics and sources stay the same. Deterministic: the same inputs give the same knowledge.
 */
export function scaleKnowledge(kb: KnowledgeBase, factor: number): KnowledgeBase {
  if (factor <= 1) return kb;
  const words = new PseudoWords(knownWords(kb));
  const systems: System[] = [...kb.systems];
  const facts: Fact[] = [...kb.facts];
  for (let copy = 1; copy < factor; copy++) {
    for (const template of kb.systems) {
      const clone = cloneSystem(template, words.next(), words.next());
      const rename = renamer(template, clone.name);
      systems.push({ ...clone, summary: rename(template.summary) });
      for (const fact of kb.facts) {
        if (fact.system !== template.id) continue;
        facts.push({
          ...fact,
          id: `${clone.id}-${fact.id}`,
          system: clone.id,
          text: rename(fact.text),
          ...(fact.value === undefined ? {} : { value: rename(fact.value) }),
        });
      }
    }
  }
  return { ...kb, systems, facts };
}

/** Alias shapes like the real ones: a bare name, a vendor and a product, "OS" and "Linux" forms. */
const ALIAS_SHAPES = [
  (w: string, v: string) => `${v} ${w}`,
  (w: string) => w,
  (w: string) => `${w} OS`,
  (w: string, v: string) => `${w} ${v}`,
  (w: string) => `${w} Host`,
  (w: string, v: string) => `${v} ${w} OS`,
  (w: string) => `${w} Linux`,
  (w: string, v: string) => `${v}/${w}`,
];

function cloneSystem(template: System, word: string, vendor: string): Omit<System, "summary"> {
  const w = capitalise(word);
  const v = capitalise(vendor);
  const aliases = template.aliases.map((_, i) => {
    const shape = ALIAS_SHAPES[i % ALIAS_SHAPES.length] as (w: string, v: string) => string;
    return shape(w, v);
  });
  return { id: word, name: template.name.includes(" ") ? `${v} ${w}` : w, aliases };
}

/** Replaces the template's names (longest first, whole words, any case) with the clone's name. */
function renamer(template: System, name: string): (text: string) => string {
  const names = [template.name, ...template.aliases].sort((a, b) => b.length - a.length);
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\w])(?:${escaped.join("|")})(?![\\w])`, "gi");
  return (text) => text.replace(pattern, name);
}

function knownWords(kb: KnowledgeBase): Set<string> {
  const texts = [
    ...kb.systems.flatMap((s) => [s.id, s.name, ...s.aliases, s.summary]),
    ...kb.topics.flatMap((t) => [t.name, ...t.words]),
    ...kb.facts.flatMap((f) => [f.text, f.value ?? ""]),
  ];
  return new Set(
    texts
      .join(" ")
      .toLowerCase()
      .split(/[^a-z0-9]+/),
  );
}

const capitalise = (word: string) => `${word[0]?.toUpperCase() ?? ""}${word.slice(1)}`;

const CONSONANTS = "bdfgklmnprstvz";
const VOWELS = "aeiou";

/** Pronounceable made-up words of 2 to 4 syllables, never a word the knowledge already uses. */
class PseudoWords {
  private readonly used: Set<string>;
  private state = 0x9e3779b9;

  constructor(known: Set<string>) {
    this.used = new Set(known);
  }

  next(): string {
    for (;;) {
      const syllables = 2 + Math.floor(this.random() * 3);
      let word = "";
      for (let i = 0; i < syllables; i++) word += this.pick(CONSONANTS) + this.pick(VOWELS);
      if (this.used.has(word)) continue;
      this.used.add(word);
      return word;
    }
  }

  private pick(letters: string): string {
    return letters[Math.floor(this.random() * letters.length)] as string;
  }

  /** mulberry32: small, fast and seedable, so every run builds the same knowledge. */
  private random(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
