import type { KnowledgeProblem } from "./problems.js";
import type { FactOrigin } from "./references.js";
import type { Fact } from "./schema.js";

/**
 * Every system × topic with two or more facts names exactly one `lead: true`: the fact a curator
 * judged most characteristic, which answers a question that says nothing more specific. Left to
 * file order, the lead would depend on which article happened to be read first.
 */
export function leadProblems(facts: Fact[], origins: FactOrigin[]): KnowledgeProblem[] {
  const cells = new Map<string, number[]>();
  facts.forEach((fact, i) => {
    const key = `${fact.system} · ${fact.topic}`;
    cells.set(key, [...(cells.get(key) ?? []), i]);
  });
  const problems: KnowledgeProblem[] = [];
  for (const [cell, members] of cells) {
    if (members.length < 2) continue;
    const leads = members.filter((i) => facts[i]?.lead === true);
    if (leads.length === 1) continue;
    const at = origins[(leads[1] ?? members[0]) as number] as FactOrigin;
    const ids = members.map((i) => facts[i]?.id).join(", ");
    problems.push({
      file: at.file,
      path: `facts[${at.index}].lead`,
      message:
        leads.length === 0
          ? `${cell} has ${members.length} facts but none marked "lead: true" (one of: ${ids})`
          : `${cell} has ${leads.length} facts marked "lead: true"; mark exactly one`,
    });
  }
  return problems;
}

/** A system marks at most one fact `introduces: true`, or "what is X?" would depend on file order. */
export function introductionProblems(facts: Fact[], origins: FactOrigin[]): KnowledgeProblem[] {
  const first = new Map<string, string>();
  return facts.flatMap((fact, i) => {
    if (fact.introduces !== true) return [];
    const earlier = first.get(fact.system);
    if (earlier === undefined) {
      first.set(fact.system, fact.id);
      return [];
    }
    const at = origins[i] as FactOrigin;
    return [
      {
        file: at.file,
        path: `facts[${at.index}].introduces`,
        message: `${fact.system} already has "${earlier}" marked "introduces: true"; mark one fact per system`,
      },
    ];
  });
}
