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

  constructor(entries: Iterable<[string, T]>) {
    const lengths = new Map<number, string[]>();
    for (const [key, value] of entries) {
      if (this.exact.has(key)) continue;
      this.exact.set(key, value);
      const bucket = lengths.get(key.length) ?? [];
      bucket.push(key);
      lengths.set(key.length, bucket);
    }
    for (const [length, keys] of lengths) {
      this.byLength.set(
        length,
        new Fuse(keys, { includeScore: true, threshold: 0.45, ignoreLocation: true }),
      );
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
    for (let length = key.length - typos; length <= key.length + typos; length++) {
      const fuse = this.byLength.get(length);
      if (!fuse || allowedTypos(length) === 0) continue;
      for (const candidate of fuse.search(key, { limit: 5 })) {
        const distance = editDistance(key, candidate.item);
        if (distance > Math.min(typos, allowedTypos(length))) continue;
        // In words of four letters only a swap is a typo ("dcso"); any other change makes a new word.
        if (Math.min(key.length, length) === 4 && !isSwap(key, candidate.item)) continue;
        const score = distance / Math.max(key.length, length);
        if (!best || score < best.score) {
          best = { key: candidate.item, value: this.exact.get(candidate.item) as T, score };
        }
      }
    }
    return best;
  }
}

function isSwap(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join("") === [...b].sort().join("");
}
