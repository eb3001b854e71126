/**
 * A Bloom filter over a lookup's exact keys. Most words and phrases of a question are not keys,
 * and a Map lookup that misses still reads keys of its bucket, scattered over the heap: under load
 * the app's garbage keeps evicting them, so each miss waited on memory. This bit array (two bits a
 * key, 16 bits of room each) stays small enough to stay cached and turns most misses away; a false
 * "maybe" (about 1 in 70) only costs the Map lookup it saves otherwise.
 */
export class KeyFilter {
  private readonly bits: Int32Array;
  private readonly mask: number;

  constructor(keys: readonly string[]) {
    let size = 1024;
    while (size < keys.length * 16) size *= 2;
    this.bits = new Int32Array(size / 32);
    this.mask = size - 1;
    for (const key of keys) {
      const hash = fnv1a(key);
      this.set(hash);
      this.set(second(hash));
    }
  }

  /** False when `key` is certainly not a key; true when it may be. */
  mayHave(key: string): boolean {
    const hash = fnv1a(key);
    return this.has(hash) && this.has(second(hash));
  }

  private set(hash: number): void {
    const bit = hash & this.mask;
    this.bits[bit >>> 5] = (this.bits[bit >>> 5] as number) | (1 << (bit & 31));
  }

  private has(hash: number): boolean {
    const bit = hash & this.mask;
    return ((this.bits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }
}

/** FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A second, independent-enough position from the same hash: its high half, remixed. */
const second = (hash: number): number => Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) >>> 0;
