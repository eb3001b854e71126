import { createInterface } from "node:readline";
import type { ConversationContext } from "../core/answer/contract.js";
import type { Engine } from "../core/engine.js";
import type { Metrics } from "../metrics/metrics.js";
import { renderPlainText } from "../render/plain-text.js";

export interface TerminalOptions {
  engine: Engine;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a keyboard: greet, prompt, and stop on `exit`. Otherwise answer line by line. */
  interactive: boolean;
  /** Counts each question for `/metrics`, when PORT serves them. */
  metrics?: Metrics | undefined;
}

export const PROMPT = "containeros> ";
const EXIT = /^(exit|quit|bye)$/i;

export function welcome(engine: Engine): string {
  const systems = engine.kb.systems.map((system) => system.name).join(", ");
  return [
    "containeros: answers about container operating systems, with sources.",
    `Knows ${systems}.`,
    'Try "security atomic" or "coreos vs atomic"; "help" shows more, "exit" or Ctrl-D quits.',
    "",
  ].join("\n");
}

/** How many earlier questions the up arrow brings back. */
const HISTORY_SIZE = 200;

/**
 * A local chat over the core, for people without a Slack workspace. Follow-up questions keep the
 * conversation's context, as a Slack thread would. Blank lines are skipped. At a keyboard,
 * node:readline owns the prompt, so arrow keys, history and Ctrl-U work as in a shell (Ctrl-C and
 * Ctrl-D end the chat); piped input is read line by line with no prompt.
 */
export async function runTerminal({
  engine,
  input,
  output,
  interactive,
  metrics,
}: TerminalOptions): Promise<void> {
  const lines = createInterface({
    input,
    terminal: interactive,
    output: interactive ? output : undefined,
    prompt: PROMPT,
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
  });
  const prompt = () => interactive && lines.prompt();
  if (interactive) output.write(`${welcome(engine)}\n`);
  prompt();
  let context: ConversationContext | undefined;
  for await (const line of lines) {
    const question = line.trim();
    if (interactive && EXIT.test(question)) break;
    if (question !== "") {
      const started = performance.now();
      const result = engine.ask(question, context);
      context = result.context;
      output.write(`${renderPlainText(result.answer)}\n\n`);
      metrics?.answeredAfter("terminal", result.answer, started);
    }
    prompt();
  }
  lines.close();
}
