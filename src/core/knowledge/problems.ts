import { isAbsolute, relative } from "node:path";

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

/**
 * `facts[2] (atomic-security-selinux-default)`: an entry of a list by index and, when it has one,
 * by id, so a curator finds it by searching for the id as well as by counting.
 */
export function entryPath(list: string, index: number, id?: unknown): string {
  return typeof id === "string" && id !== "" ? `${list}[${index}] (${id})` : `${list}[${index}]`;
}

/** Where problems of one knowledge folder are reported: its files, named as the user can open them. */
export function knowledgeLabel(dir: string, cwd: string = process.cwd()): (path: string) => string {
  return (path) => displayPath(path, dir, cwd);
}

/**
 * A path inside the folder `dir` as given (a relative `dir` is already relative to the current
 * folder); an absolute one below the current folder is shown relative to it.
 */
function displayPath(path: string, dir: string, cwd: string): string {
  if (!isAbsolute(dir)) return path;
  const fromCwd = relative(cwd, path);
  return fromCwd !== "" && !fromCwd.startsWith("..") && !isAbsolute(fromCwd) ? fromCwd : path;
}
