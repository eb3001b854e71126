import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { HealthReport } from "../../src/slack/health.js";
import { eventually } from "./eventually.js";

/** The line that breaks systems.yml's YAML, as a half-finished edit would. */
const BROKEN_LINE = "\n  - id: [broken\n";

/** Breaks systems.yml; returns a function that puts it back as it was. */
export function breakSystemsFile(dir: string): () => void {
  const path = join(dir, "systems.yml");
  const text = readFileSync(path, "utf8");
  appendFileSync(path, BROKEN_LINE);
  return () => writeFileSync(path, text);
}

export type Knowledge = HealthReport["knowledge"];

export async function readHealth(baseUrl: string): Promise<Knowledge> {
  const response = await fetch(`${baseUrl}/health`);
  return ((await response.json()) as HealthReport).knowledge;
}

/** Polls /health until `accept` holds; a bounded wait. */
export function healthWhen(
  baseUrl: string,
  what: string,
  accept: (knowledge: Knowledge) => boolean,
): Promise<Knowledge> {
  let last: Knowledge | undefined;
  return eventually(
    what,
    async () => {
      last = await readHealth(baseUrl);
      return accept(last) ? last : undefined;
    },
    10_000,
    () => `Last /health: ${JSON.stringify(last)}`,
  );
}

/** Counts the lines of `output` that contain `text`. */
export const countLines = (output: string, text: string): number =>
  output.split("\n").filter((line) => line.includes(text)).length;
