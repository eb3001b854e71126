import type { Answer } from "../../core/answer/contract.js";
import { createEngine } from "../../core/engine.js";
import { loadKnowledge } from "../../core/knowledge/load.js";
import { renderPlainText } from "../../render/plain-text.js";
import { UsageError } from "../errors.js";
import { type CliIo, writeOut } from "../io.js";
import { knowledgeLocation } from "../knowledge.js";
import { readLines } from "../lines.js";
import { parseCommand } from "../parse.js";
import { ASK_USAGE } from "../usage.js";

/** `containeros ask`: one question from the arguments, or one per line from piped stdin. */
export async function askCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, ASK_USAGE, { json: { type: "boolean" } });
  if (values.help) return writeOut(io.stdout, `${ASK_USAGE}\n`).then(() => 0);
  const question = positionals.join(" ");
  if (positionals.length === 0 && io.stdin.isTTY) {
    throw new UsageError("ask needs a question (or questions on stdin, one per line)", ASK_USAGE);
  }
  const engine = createEngine(loadKnowledge(knowledgeLocation(values)).kb);
  const format = (answer: Answer) =>
    values.json ? JSON.stringify(answer) : `${renderPlainText(answer)}\n`;
  if (positionals.length > 0) {
    await writeOut(io.stdout, `${format(engine.ask(question).answer)}\n`);
    return 0;
  }
  let first = true;
  // Every input line, empty ones included, gets exactly one answer line, in order.
  for await (const line of readLines(io.stdin)) {
    const separator = values.json || first ? "" : "\n";
    first = false;
    await writeOut(io.stdout, `${separator}${format(engine.ask(line).answer)}\n`);
  }
  return 0;
}
