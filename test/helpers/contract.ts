import { type Answer, answerSchema } from "../../src/core/answer/contract.js";
import type { KnowledgeBase } from "../../src/core/knowledge/schema.js";

/** The line every grounded answer ends with, naming the years of its sources. */
export const AGE_NOTE = /Sources date from 201[45](–201[45])?; things may have changed since\./;

/**
 * Every way `value` breaks the answer contract every edge relies on: the zod schema, plus the
 * promises the schema cannot express (cited sources match the facts, tables are rectangular, …).
 * Empty when the answer keeps them all.
 */
export function contractViolations(value: unknown, kb: KnowledgeBase): string[] {
  const parsed = answerSchema.safeParse(value);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  return [...groundingViolations(parsed.data, kb), ...tableViolations(parsed.data)];
}

function groundingViolations(answer: Answer, kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  const grounded = answer.intent === "answer" || answer.intent === "compare";
  if (!grounded) {
    // "My sources don't say …" may add the nearest fact they do say, cited like any other, and
    // for a name they give another system, the fact that says so.
    if (answer.facts.length > (answer.intent === "no_match" ? 2 : 0))
      problems.push(`${answer.intent} carries ${answer.facts.length} facts`);
    if (answer.table !== null) problems.push(`${answer.intent} carries a table`);
    if (answer.suggestions.length === 0) problems.push(`${answer.intent} has no suggestions`);
    if (answer.facts.length === 0) {
      if (answer.citations.length > 0) problems.push(`${answer.intent} carries citations`);
      return problems;
    }
  } else if (answer.facts.length === 0) problems.push("grounded answer without facts");
  if (!AGE_NOTE.test(answer.text)) problems.push("answer with facts without the age note");
  const cited = new Set(answer.citations.map((c) => c.id));
  const used = new Set(answer.facts.flatMap((f) => f.sources));
  for (const id of used) if (!cited.has(id)) problems.push(`source ${id} used but not cited`);
  for (const id of cited) if (!used.has(id)) problems.push(`source ${id} cited but not used`);
  for (const citation of answer.citations) {
    const source = kb.sources.find((s) => s.id === citation.id);
    const { id, title, author, url, date } = source ?? {};
    if (JSON.stringify(citation) !== JSON.stringify({ id, title, author, url, date }))
      problems.push(`citation ${citation.id} differs from its source`);
  }
  for (const fact of answer.facts) {
    const known = kb.facts.find((f) => f.id === fact.id);
    if (!known || known.text !== fact.text || known.system !== fact.system)
      problems.push(`fact ${fact.id} is not the knowledge base's`);
  }
  return problems;
}

function tableViolations({ table }: Answer): string[] {
  if (!table) return [];
  const problems: string[] = [];
  if (table.columns.length === 0) problems.push("table without columns");
  for (const row of table.rows) {
    if (row.cells.length !== table.columns.length)
      problems.push(`row ${row.label} has ${row.cells.length} cells`);
    if (row.cells.some((cell) => cell.trim() === "")) problems.push(`row ${row.label} has a blank`);
  }
  return problems;
}
