import Fuse from "fuse.js";
import { allowedTypos, editDistance, isSwap } from "./edit-distance.js";
import { VariantTable } from "./variant-table.js";

export interface FuzzyHit<T> {
  key: string;
  value: T;
  /** 0 for an exact key, up to 1 for the loosest accepted typo. */
  score: number;
}

/** fuse.js settings: a bitap score over 0.45 is too loose for a typo, wherever the letters are. */
const FUSE_OPTIONS = { includeScore: true, threshold: 0.45, ignoreLocation: true };

/**
 * Exact lookup by compact key, with a typo-tolerant fallback. A deletion index (symmetric delete)
 * finds every key within an edit-distance allowance scaled to word length; fuse.js then scores
 * those few candidates and turns down loose ones, and the smallest edit distance wins. Edit
 * distance is what keeps fuse's bitap from accepting a short word inside a longer one
 * ("container" in "containerlinux"). The index keeps matcher p99 (engine.ask) at 1x at 0.19 to
 * 0.21 ms against 0.56 to 0.65 ms when every key of nearby length is checked instead, and
 * matchQuestion's p99 at 100x at 0.3 ms against 4.0 to 4.3 ms (paired runs over the bench's
 * questions, 2026-12-02).
 */
export class FuzzyLookup<T> {
  private readonly exact = new Map<string, T>();
  private readonly keys: string[] = [];
  private readonly keysByLength = new Map<number, string[]>();
  /**
   * Every key with up to its allowed typos deleted (see `forEachDeletionHash`): the variant's hash
   * -> the key's number in `keys`. A hash collision only adds a candidate, which `isTypo` turns down.
   */
  private readonly variants: VariantTable;

  /**
   * With `swaps`, two letters swapped always count as a typo. Not for names: "docs" would be DCOS.
   */
  constructor(
    entries: Iterable<[string, T]>,
    private readonly swaps = false,
  ) {
    const hashes: number[] = [];
    const owners: number[] = [];
    for (const [key, value] of entries) {
      if (this.exact.has(key)) continue;
      this.exact.set(key, value);
      const bucket = this.keysByLength.get(key.length) ?? [];
      bucket.push(key);
      this.keysByLength.set(key.length, bucket);
      const owner = this.keys.push(key) - 1;
      forEachDeletionHash(key, allowedTypos(key.length), (hash) => {
        hashes.push(hash);
        owners.push(owner);
      });
    }
    this.variants = new VariantTable(hashes, owners);
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
    const doubling = this.doublingOf(key);
    if (doubling) return doubling;
    const typos = allowedTypos(key.length);
    if (typos === 0) return undefined;
    const candidates = this.typoCandidates(key, typos);
    if (candidates.length === 0) return undefined;
    // Two neighbours swapped is one typo, however low fuse's bitap scores it in a short word
    // ("ectd"). The rest in fuse's order, so of two keys equally far from `key` the one fuse scores
    // closer wins.
    const swapped = this.swaps ? candidates.filter((candidate) => isSwap(key, candidate)) : [];
    const scored = new Fuse(candidates, FUSE_OPTIONS).search(key).map(({ item }) => item);
    let best: FuzzyHit<T> | undefined;
    for (const item of [...swapped, ...scored]) {
      const score = editDistance(key, item) / Math.max(key.length, item.length);
      if (!best || score < best.score) {
        best = { key: item, value: this.exact.get(item) as T, score };
      }
    }
    return best;
  }

  /**
   * A key that differs from `key` only by one letter typed twice or once ("flet", "bigg", "isso"):
   * the commonest slip, and a word of its own too rarely to refuse however short the word.
   */
  private doublingOf(key: string): FuzzyHit<T> | undefined {
    // Longer words reach their doubled or undoubled key within their allowed typos anyway.
    if (key.length < 4 || key.length > 5) return undefined;
    for (let i = 0; i < key.length; i++) {
      const letter = key[i] as string;
      const variant =
        key[i + 1] === letter
          ? key.slice(0, i) + key.slice(i + 1)
          : key.slice(0, i + 1) + letter + key.slice(i + 1);
      const value = this.exact.get(variant);
      if (value !== undefined && /[a-z]/.test(letter)) {
        return { key: variant, value, score: 1 / Math.max(key.length, variant.length) };
      }
    }
    return undefined;
  }

  /**
   * The keys `key` is a typo of. Few keys of nearby lengths: check each. Else look up the key's
   * deletion variants, which every key within `typos` of it shares one of.
   */
  private typoCandidates(key: string, typos: number): string[] {
    const buckets: string[][] = [];
    let nearby = 0;
    for (let length = key.length - typos; length <= key.length + typos; length++) {
      const bucket = this.keysByLength.get(length);
      if (bucket) buckets.push(bucket);
      nearby += bucket?.length ?? 0;
    }
    const candidates: string[] = [];
    const check = (candidate: string) => {
      if (!candidates.includes(candidate) && isTypo(key, candidate, typos)) {
        candidates.push(candidate);
      }
    };
    if (nearby <= FEW_KEYS) for (const bucket of buckets) bucket.forEach(check);
    else {
      // One visitor for every variant: a closure per variant hash was most of a question's garbage.
      const checkOwner = (owner: number) => check(this.keys[owner] as string);
      forEachDeletionHash(key, typos, (hash) => this.variants.forEach(hash, checkOwner));
    }
    return candidates;
  }
}

/** Up to this many keys of nearby lengths, checking each costs less than generating variants. */
const FEW_KEYS = 16;

/** Whether `candidate` is `key` with typos: within both words' allowances, by the rules above. */
function isTypo(key: string, candidate: string, typos: number): boolean {
  const allowed = Math.min(typos, allowedTypos(candidate.length));
  if (allowed === 0 || editDistance(key, candidate, allowed) > allowed) return false;
  // In words of four letters only a swap is a typo ("dcso"); any other change makes a new word.
  return Math.min(key.length, candidate.length) !== 4 || isSwap(key, candidate);
}

/** The base of the polynomial hash; odd, so it has an inverse modulo 2^32. */
const BASE = 0x01000193;
/** BASE^-1 and BASE^-2 modulo 2^32, by Newton's iteration (each step doubles the correct bits). */
const BASE_INVERSE = (() => {
  let inverse = BASE;
  for (let i = 0; i < 5; i++) inverse = Math.imul(inverse, 2 - Math.imul(BASE, inverse));
  return inverse;
})();
const BASE_INVERSE_2 = Math.imul(BASE_INVERSE, BASE_INVERSE);

/** Prefix hashes of the word being looked up: prefix[m] is the hash of its first m letters. */
let prefix = new Int32Array(64);

/**
 * Calls `visit` with the hash of `word` and of every string it becomes with up to `max` (at most
 * 2) letters deleted, some more than once. Two words within `max` typos (edits or adjacent swaps)
 * always share one of these: each typo costs at most one deletion on each side. The hash is
 * polynomial (letter k weighs BASE^k), so a variant's hash comes from the prefix hashes in
 * constant time, without building the variant: a lookup allocates nothing.
 */
export function forEachDeletionHash(word: string, max: number, visit: (hash: number) => void) {
  const n = word.length;
  if (prefix.length <= n) prefix = new Int32Array(2 * n + 2);
  let power = 1;
  for (let k = 0; k < n; k++) {
    prefix[k + 1] = ((prefix[k] as number) + Math.imul(word.charCodeAt(k), power)) | 0;
    power = Math.imul(power, BASE);
  }
  const at = (m: number) => prefix[m] as number;
  visit(small(at(n)));
  if (max < 1) return;
  for (let i = 0; i < n; i++) {
    // Letters after i move down one place: their weight is divided by BASE.
    const afterI = (at(i) + Math.imul(at(n) - at(i + 1), BASE_INVERSE)) | 0;
    visit(small(afterI));
    if (max < 2) continue;
    for (let j = i + 1; j < n; j++) {
      const between = Math.imul(at(j) - at(i + 1), BASE_INVERSE);
      const afterJ = Math.imul(at(n) - at(j + 1), BASE_INVERSE_2);
      visit(small((at(i) + between + afterJ) | 0));
    }
  }
}

/** Cut to 30 bits, so V8 keeps the hash a small integer rather than a boxed number. */
const small = (hash: number) => hash & 0x3fffffff;
