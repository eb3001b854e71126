import { readFileSync } from "node:fs";
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import type { z } from "zod";
import { entryPath, formatPath, type KnowledgeProblem } from "./problems.js";

/** On a failed schema check, `raw` is what the YAML held, so ids can still be checked for duplicates. */
export type ReadResult<T> =
  | { ok: true; data: T }
  | { ok: false; problems: KnowledgeProblem[]; raw?: unknown };

/**
 * Reads one YAML (or JSON, which is YAML) knowledge file and validates it with `schema`.
 * `label` is the file name shown in problems, relative to the project so messages stay short.
 */
export function readKnowledgeFile<T>(
  path: string,
  label: string,
  schema: z.ZodType<T>,
): ReadResult<T> {
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : String(error);
    return { ok: false, problems: [{ file: label, path: "", message: reason }] };
  }
  let data: unknown;
  try {
    // CORE_SCHEMA: an unquoted 2014-05-13 stays a string, as the schema expects, not a Date.
    data = load(source, { schema: CORE_SCHEMA, filename: label });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { line, column } = error.mark;
    const where = ` at line ${line + 1}, column ${column + 1}`;
    return {
      ok: false,
      problems: [{ file: label, path: "", message: `YAML syntax error${where}: ${error.reason}` }],
    };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    raw: data,
    problems: parsed.error.issues.map((issue) => ({
      file: label,
      path: issuePath(issue.path, data),
      message: describeIssue(issue),
    })),
  };
}

/** `facts[3] (coreos-size-minimal).text`: the entry named by its id too, when it has one. */
function issuePath(path: ReadonlyArray<PropertyKey>, data: unknown): string {
  const [list, index, ...rest] = path;
  if (typeof list !== "string" || typeof index !== "number") return formatPath(path);
  const entry = rawEntries(data, list)[index];
  const id =
    typeof entry === "object" && entry !== null ? (entry as { id?: unknown }).id : undefined;
  return `${entryPath(list, index, id)}${formatPath(["", ...rest])}`;
}

/** The entries of a file's top-level list as the YAML held them, before any schema check. */
export function rawEntries(data: unknown, list: string): unknown[] {
  if (typeof data !== "object" || data === null) return [];
  const entries = (data as Record<string, unknown>)[list];
  return Array.isArray(entries) ? entries : [];
}

/** Zod's wording, except that an absent field says so plainly: curators read these messages. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.message.endsWith("received undefined")) {
    return `missing required field (expected ${issue.expected})`;
  }
  return issue.message;
}
