import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../src/core/project-root.js";

const EVAL_SETS = ["questions.jsonl", "holdout.jsonl"];

/** The `q` of every evaluation question, both sets, in file order. */
export function evalQuestions(): string[] {
  const dir = join(projectRoot(), "test", "eval");
  return EVAL_SETS.flatMap((file) =>
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { q: string }).q),
  );
}

/** Exactly `count` questions, cycling through `questions` when there are fewer. */
export function takeCycled(questions: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => questions[i % questions.length] as string);
}
