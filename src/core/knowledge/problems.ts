/** One thing wrong with the knowledge files, located precisely enough to fix without searching. */
export interface KnowledgeProblem {
  file: string;
  /** Path inside the file, e.g. `facts[3].sources[0].id`; empty for the whole file. */
  path: string;
  message: string;
}

export function formatProblem({ file, path, message }: KnowledgeProblem): string {
  return path ? `${file}: ${path}: ${message}` : `${file}: ${message}`;
}

/** Thrown when loading finds problems; carries all of them so one run reports everything. */
export class KnowledgeError extends Error {
  readonly code = "containeros_knowledge_invalid";
  constructor(readonly problems: KnowledgeProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(
      `The knowledge base has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`,
    );
    this.name = "KnowledgeError";
  }
}

/** `["facts", 3, "sources", 0, "id"]` -> `facts[3].sources[0].id` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) =>
      typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}
