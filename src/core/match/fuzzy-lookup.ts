import Fuse from "fuse.js";
import { allowedTypos, editDistance } from "./edit-distance.js";

export interface FuzzyHit<T> {
  key: string;
  value: T;
  /** 0 for an exact key, up to 1 for the loosest accepted typo. */
  score: number;
}

/**
 * Exact lookup by compact key, with a typo-tolerant fallback: fuse.js proposes candidates among
 * keys of similar length, and an edit-distance rule scaled to word length confirms them (fuse's
 * bitap alone accepts a short word inside a longer one, e.g. "container" in "containerlinux").
 */
export class FuzzyLookup<T> {
  private readonly exact = new Map<string, T>();
  private readonly byLength = new Map<number, Fuse<string>>();
  private readonly keysByLength = new Map<number, string[]>();
  /**
   * Every key with up to its allowed typos deleted (see `forEachDeletion`), by a 30-bit hash of
   * the variant (small and cheap to hold) -> the key or keys it comes from. A hash collision only
   * adds a candidate, which `isTypo` then turns down.
   */
  private readonly variants = new Map<number, string | string[]>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [key, value] of entries) {
      if (this.exact.has(key)) continue;
      this.exact.set(key, value);
      const bucket = this.keysByLength.get(key.length) ?? [];
      bucket.push(key);
      this.keysByLength.set(key.length, bucket);
    }
    for (const [length, keys] of this.keysByLength) {
      this.byLength.set(
        length,
        new Fuse(keys, { includeScore: true, threshold: 0.45, ignoreLocation: true }),
      );
      for (const key of keys) {
        forEachDeletion(key, allowedTypos(length), (variant) => {
          const hash = hashOf(variant);
          const from = this.variants.get(hash);
          // A key reaches a variant more than once when letters repeat ("ss"); list it once.
          if (from === undefined) this.variants.set(hash, key);
          else if (typeof from === "string") {
            if (from !== key) this.variants.set(hash, [from, key]);
          } else if (from[from.length - 1] !== key) from.push(key);
        });
      }
    }
  }

  get size(): number {
    return this.exact.size;
  }

  get(key: string): FuzzyHit<T> | undefined {
    const value = this.exact.get(key);
    return value === undefined ? undefined : { key, value, score: 0 };
  }

  /** The best key within the allowed typos of `key`, or undefined. Exact keys win. */
  find(key: string): FuzzyHit<T> | undefined {
    const exact = this.get(key);
    if (exact) return exact;
    const typos = allowedTypos(key.length);
    if (typos === 0) return undefined;
    let best: FuzzyHit<T> | undefined;
    // fuse.js is the costly part: ask it only where some key would pass the checks below.
    const worthSearching = this.typoLengths(key, typos);
    for (let length = key.length - typos; length <= key.length + typos; length++) {
      const fuse = this.byLength.get(length);
      if (!fuse || !worthSearching.has(length)) continue;
      for (const candidate of fuse.search(key, { limit: 5 })) {
        if (!isTypo(key, candidate.item, typos)) continue;
        const distance = editDistance(key, candidate.item);
        const score = distance / Math.max(key.length, length);
        if (!best || score < best.score) {
          best = { key: candidate.item, value: this.exact.get(candidate.item) as T, score };
        }
      }
    }
    return best;
  }

  /**
   * Lengths of the keys `key` is a typo of. Few keys of nearby lengths: check each. Else look up
   * the key's deletion variants, which every key within `typos` of it shares one of.
   */
  private typoLengths(key: string, typos: number): Set<number> {
    const buckets: string[][] = [];
    let nearby = 0;
    for (let length = key.length - typos; length <= key.length + typos; length++) {
      const bucket = this.keysByLength.get(length);
      if (bucket) buckets.push(bucket);
      nearby += bucket?.length ?? 0;
    }
    const lengths = new Set<number>();
    const check = (candidate: string) => {
      if (!lengths.has(candidate.length) && isTypo(key, candidate, typos)) {
        lengths.add(candidate.length);
      }
    };
    if (nearby <= FEW_KEYS) for (const bucket of buckets) bucket.forEach(check);
    else {
      forEachDeletion(key, typos, (variant) => {
        const from = this.variants.get(hashOf(variant));
        if (typeof from === "string") check(from);
        else from?.forEach(check);
      });
    }
    return lengths;
  }
}

/** Up to this many keys of nearby lengths, checking each costs less than generating variants. */
const FEW_KEYS = 16;

/** Whether `candidate` is `key` with typos: within both words' allowances, by the rules above. */
function isTypo(key: string, candidate: string, typos: number): boolean {
  if (allowedTypos(candidate.length) === 0) return false;
  if (editDistance(key, candidate) > Math.min(typos, allowedTypos(candidate.length))) return false;
  // In words of four letters only a swap is a typo ("dcso"); any other change makes a new word.
  return Math.min(key.length, candidate.length) !== 4 || isSwap(key, candidate);
}

function isSwap(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join("") === [...b].sort().join("");
}

/**
 * Calls `visit` with `word` and every string it becomes with up to `max` (at most 2) letters
 * deleted, some more than once. Two words within `max` typos (edits or adjacent swaps) always
 * share one of these: each typo costs at most one deletion on each side.
 */
export function forEachDeletion(word: string, max: number, visit: (variant: string) => void) {
  visit(word);
  if (max < 1) return;
  for (let i = 0; i < word.length; i++) {
    const once = word.slice(0, i) + word.slice(i + 1);
    visit(once);
    if (max < 2) continue;
    for (let j = i; j < once.length; j++) visit(once.slice(0, j) + once.slice(j + 1));
  }
}

/** FNV-1a cut to 30 bits, so V8 keeps it a small integer rather than a boxed number. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}
