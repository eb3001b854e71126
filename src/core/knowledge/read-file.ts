import { readFileSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { formatPath, type KnowledgeProblem } from "./problems.js";

export type ReadResult<T> = { ok: true; data: T } | { ok: false; problems: KnowledgeProblem[] };

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
  const lines = new LineCounter();
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const at = lines.linePos(error.pos[0]);
        const where = ` at line ${at.line}, column ${at.col}`;
        return {
          file: label,
          path: "",
          message: `YAML syntax error${where}: ${firstLine(error.message)}`,
        };
      }),
    };
  }
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      file: label,
      path: formatPath(issue.path),
      message: describeIssue(issue),
    })),
  };
}

/** Zod's wording, except that an absent field says so plainly: curators read these messages. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.message.endsWith("received undefined")) {
    return `missing required field (expected ${issue.expected})`;
  }
  return issue.message;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
