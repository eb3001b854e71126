/**
 * Hashes of deletion variants -> the numbers of the keys they come from, as two typed arrays with
 * open addressing. A Map of the same pairs held about four times the memory, and memory that stays
 * alive counts several times over: under load V8 lets the heap grow in proportion to it.
 */
export class VariantTable {
  /** The hash plus one in each used slot; 0 marks an empty one. */
  private readonly slots: Int32Array;
  private readonly owners: Int32Array;
  private readonly shift: number;

  /** `hashes[i]` (30-bit, non-negative) comes from key number `owners[i]`; repeated pairs count once. */
  constructor(hashes: readonly number[], owners: readonly number[]) {
    let bits = 3;
    // At most two thirds full, so probes stay short.
    while (1 << bits < hashes.length * 1.5) bits++;
    this.slots = new Int32Array(1 << bits);
    this.owners = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    for (let i = 0; i < hashes.length; i++) this.add(hashes[i] as number, owners[i] as number);
  }

  /** Calls `visit` with each key number stored under `hash`. */
  forEach(hash: number, visit: (owner: number) => void): void {
    const mask = this.slots.length - 1;
    for (let slot = this.home(hash); this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.slots[slot] === hash + 1) visit(this.owners[slot] as number);
    }
  }

  private add(hash: number, owner: number): void {
    const mask = this.slots.length - 1;
    let slot = this.home(hash);
    for (; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.slots[slot] === hash + 1 && this.owners[slot] === owner) return;
    }
    this.slots[slot] = hash + 1;
    this.owners[slot] = owner;
  }

  /** Fibonacci hashing: the top bits of the product, as the low bits of a polynomial hash mix poorly. */
  private home(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }
}
