import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Answer, ConversationContext } from "../../src/core/answer/contract.js";
import type { Engine } from "../../src/core/engine.js";

export const evalCaseSchema = z.object({
  q: z.string(),
  category: z.string(),
  intent: z.enum(["answer", "compare", "help", "no_match"]),
  systems: z.array(z.string()),
  must_include: z.array(z.string()),
  /** One of these must be in the answer's first fact: what the reply says first. */
  lead: z.array(z.string()).default([]),
  sources: z.array(z.string()).default([]),
  /** Earlier questions of the same conversation, asked first: for follow-ups. */
  before: z.array(z.string()).default([]),
});
export type EvalCase = z.infer<typeof evalCaseSchema>;

export function readEvalCases(path: string): EvalCase[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return evalCaseSchema.parse(JSON.parse(line));
      } catch (error) {
        throw new Error(`${path}:${i + 1}: ${String(error)}`);
      }
    });
}

/** The answer to a case, after the questions of the conversation before it. */
export function askCase(engine: Engine, test: EvalCase): Answer {
  let context: ConversationContext | undefined;
  for (const question of test.before) context = engine.ask(question, context).context;
  return engine.ask(test.q, context).answer;
}

/** Why an answer fails its case; empty when it passes. */
export function failures(expected: EvalCase, answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.intent !== expected.intent)
    problems.push(`intent ${answer.intent}, expected ${expected.intent}`);
  const got = [...answer.systems].sort().join(",");
  const want = [...expected.systems].sort().join(",");
  if (expected.systems.length > 0 && got !== want)
    problems.push(`systems [${got}], expected [${want}]`);
  const shown = [answer.text, ...(answer.table?.rows.flatMap((r) => r.cells) ?? [])]
    .join(" ")
    .toLowerCase();
  for (const word of expected.must_include) {
    if (!shown.includes(word.toLowerCase())) problems.push(`missing "${word}"`);
  }
  const cited = answer.citations.map((c) => c.id);
  if (expected.sources.length > 0 && !expected.sources.some((s) => cited.includes(s))) {
    problems.push(`cites [${cited.join(",")}], expected one of [${expected.sources.join(",")}]`);
  }
  return problems;
}

/** Whether the answer's first fact holds what was asked; undefined when the case names no lead. */
export function leadsWithPoint(expected: EvalCase, answer: Answer): boolean | undefined {
  if (expected.intent !== "answer" || expected.lead.length === 0) return undefined;
  // Words, not punctuation: `log in as "core"` holds "as core"; "20 MB" holds "20mb", as the
  // articles write it.
  const plain = (text: string) =>
    text
      .toLowerCase()
      .replace(/["'`\u2018\u2019\u201c\u201d]/g, "")
      .replace(/(\d)\s+(kb|mb|gb)\b/g, "$1$2");
  const first = plain(answer.facts[0]?.text ?? "");
  return expected.lead.some((word) => first.includes(plain(word)));
}
