import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scaleKnowledge } from "../../bench/synthetic-kb.js";
import { factSchema, systemSchema } from "../../src/core/knowledge/schema.js";
import { projectRoot } from "../../src/core/project-root.js";
import { realEngine } from "../helpers/engine.js";

const RUN_JS = join(projectRoot(), "dist", "bench", "run.js");

/** Every number anywhere in `value`, with the path to it. */
function numbers(value: unknown, path = "report"): [string, number][] {
  if (typeof value === "number") return [[path, value]];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => numbers(child, `${path}.${key}`));
}

describe("npm run bench", () => {
  it("should run every part in tiny mode and end with one JSON report", () => {
    if (!existsSync(RUN_JS)) throw new Error(`${RUN_JS} is missing: run \`npm run build\` first`);
    const run = spawnSync(process.execPath, [RUN_JS, "--tiny", "--json"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    const report = JSON.parse(lines.at(-1) ?? "") as Record<string, unknown>;
    for (const section of ["machine", "matcher", "cli", "startup", "http", "memory", "targets"]) {
      expect(report).toHaveProperty(section);
    }
    expect(report.matcher).toEqual(
      expect.arrayContaining([expect.objectContaining({ scale: "1x" })]),
    );
    expect(report.http).toMatchObject({ ours: expect.any(Object), bare: expect.any(Object) });
    expect(report.targets).toEqual(
      expect.arrayContaining([expect.objectContaining({ pass: expect.any(Boolean) })]),
    );
    const notFinite = numbers(report).filter(([, n]) => !Number.isFinite(n));
    expect(notFinite).toEqual([]);
    expect(lines.slice(0, -1).join("\n")).toContain("Targets");
  }, 60_000);

  it("should build a bigger knowledge base of the same shape", () => {
    const kb = realEngine().kb;
    const big = scaleKnowledge(kb, 10);
    expect(big.systems).toHaveLength(kb.systems.length * 10);
    expect(big.facts).toHaveLength(kb.facts.length * 10);
    for (const system of big.systems) systemSchema.parse(system);
    for (const fact of big.facts) factSchema.parse(fact);
    const ids = new Set(big.systems.map((s) => s.id));
    expect(ids.size).toBe(big.systems.length);
    expect(new Set(big.facts.map((f) => f.id)).size).toBe(big.facts.length);
    expect(big.facts.every((f) => ids.has(f.system))).toBe(true);
  });
});
