import type { Catalog } from "../knowledge/catalog.js";
import type { QuestionMatch } from "../match/match-question.js";
import type { Resolution } from "../match/resolve.js";
import { citationsFor } from "./citations.js";
import {
  ageNote,
  answerLines,
  conflictLines,
  fitText,
  sourceIds,
  TRUNCATED_NOTE,
} from "./compose-text.js";
import type { Answer } from "./contract.js";
import { helpText, noMatchText } from "./guidance.js";
import { rankingLine } from "./ranking.js";
import {
  type Group,
  groupByCell,
  landscapeGroups,
  relevance,
  selectAnswerGroups,
} from "./select-facts.js";
import { exampleQuestions, relatedQuestions } from "./suggestions.js";
import { buildComparison } from "./table.js";

/** Turns a resolved question into the answer object every edge renders. Pure and deterministic. */
export function buildAnswer(
  catalog: Catalog,
  query: string,
  match: QuestionMatch,
  resolution: Resolution,
): Answer {
  const notes = match.truncated ? [TRUNCATED_NOTE] : [];
  const base = { query, intent: resolution.intent, confidence: resolution.confidence };
  if (resolution.intent === "help" || resolution.intent === "no_match") {
    const examples = exampleQuestions(catalog);
    const text = resolution.intent === "help" ? helpText(catalog, examples) : noMatchText(catalog);
    const all = [...notes, text].join("\n");
    return {
      ...base,
      systems: [],
      topics: [],
      text: all,
      facts: [],
      table: null,
      citations: [],
      suggestions: examples,
    };
  }
  const scores = relevance(match.wordHits);
  if (resolution.intent === "compare") {
    const comparison = buildComparison(catalog, resolution.systems, resolution.topics, scores);
    // When the question names its topics, the key facts behind the cells follow the table lines.
    const groups =
      resolution.topics.length > 0
        ? selectAnswerGroups(catalog, comparison.systems, comparison.topics, scores)
        : [];
    const { columns, rows } = comparison.table;
    const ranking = match.comparative ? rankingLine(comparison.table, match.ascending) : undefined;
    return assemble(catalog, base, match, resolution, {
      systems: comparison.systems,
      topics: comparison.topics,
      facts: unique([...comparison.facts, ...groups.flatMap((g) => g.facts)]),
      table: comparison.table,
      head: [...notes, `Comparing ${columns.join(", ")}:`],
      cells: groupByCell(catalog, comparison.facts),
      body: (citations) => [
        ...rows.map(
          (row) =>
            `${row.label}: ${row.cells.map((cell, i) => `${columns[i]} ${cell}`).join("; ")}`,
        ),
        ...(ranking ? [ranking] : []),
        ...answerLines(catalog, groups, citations),
      ],
    });
  }
  const groups = resolution.landscape
    ? landscapeGroups(catalog, scores)
    : selectAnswerGroups(catalog, resolution.systems, resolution.topics, scores);
  const facts = groups.flatMap((g) => g.facts);
  return assemble(catalog, base, match, resolution, {
    systems: unique(groups.map((g) => g.system)),
    topics: unique(groups.map((g) => g.topic)),
    facts,
    table: null,
    head: notes,
    cells: groups,
    body: (citations) => answerLines(catalog, groups, citations),
  });
}

interface Parts {
  systems: string[];
  topics: string[];
  facts: number[];
  table: Answer["table"];
  head: string[];
  cells: Group[];
  body: (citations: Answer["citations"]) => string[];
}

function assemble(
  catalog: Catalog,
  base: Pick<Answer, "query" | "intent" | "confidence">,
  match: QuestionMatch,
  resolution: Resolution,
  parts: Parts,
): Answer {
  if (parts.facts.length === 0) {
    // Named things exist, but no source says anything about them together.
    const examples = relatedQuestions(catalog, resolution.systems, []);
    return {
      ...base,
      intent: "no_match",
      systems: resolution.systems,
      topics: resolution.topics,
      text: [...parts.head, `My sources say nothing about that. ${noMatchText(catalog)}`].join(
        "\n",
      ),
      facts: [],
      table: null,
      citations: [],
      suggestions: examples,
    };
  }
  const citations = citationsFor(catalog, parts.facts);
  const tail = [
    ...conflictLines(catalog, parts.cells, base.intent === "answer"),
    ageNote(citations),
  ];
  // Report what the question named; when it named nothing, what the answer covers.
  const named = match.systems.length > 0 && !resolution.fromContext ? match.systems : parts.systems;
  const topics = match.topics.length > 0 && !resolution.fromContext ? match.topics : parts.topics;
  return {
    ...base,
    systems: named,
    topics,
    text: fitText(parts.head, parts.body(citations), tail),
    facts: parts.facts.map((index) => {
      const fact = catalog.fact(index);
      return {
        id: fact.id,
        system: fact.system,
        topic: fact.topic,
        text: fact.text,
        sources: sourceIds(fact),
      };
    }),
    table: parts.table,
    citations,
    suggestions: relatedQuestions(catalog, named, topics),
  };
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];
