import { describe, expect, it } from "vitest";
import { VariantTable } from "../../../src/core/match/variant-table.js";

const ownersOf = (table: VariantTable, hash: number) => {
  const owners: number[] = [];
  table.forEach(hash, (owner) => owners.push(owner));
  return owners.sort((a, b) => a - b);
};

describe("VariantTable", () => {
  it("should give every key a hash came from, each once, and none for an unknown hash", () => {
    const table = new VariantTable([7, 7, 7, 9, 0], [1, 2, 1, 3, 4]);
    expect(ownersOf(table, 7)).toEqual([1, 2]);
    expect(ownersOf(table, 9)).toEqual([3]);
    expect(ownersOf(table, 0)).toEqual([4]);
    expect(ownersOf(table, 8)).toEqual([]);
  });

  it("should keep thousands of pairs apart, the largest 30-bit hashes included", () => {
    const hashes = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 2 ** 30);
    hashes.push(2 ** 30 - 1);
    const table = new VariantTable(
      hashes,
      hashes.map((_, i) => i),
    );
    expect(hashes.every((hash, i) => ownersOf(table, hash).includes(i))).toBe(true);
    expect(ownersOf(table, 2 ** 30 - 2)).toEqual([]);
  });
});
