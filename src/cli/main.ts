import { EnvError } from "../config/env.js";
import { KnowledgeError } from "../core/knowledge/problems.js";
import { packageVersion } from "../core/project-root.js";
import { CurationError } from "../curate/errors.js";
import { StoreUnavailableError } from "../store/errors.js";
import { askCommand } from "./commands/ask.js";
import { gapsCommand } from "./commands/gaps.js";
import { kbCommand } from "./commands/kb.js";
import { UsageError } from "./errors.js";
import { type CliIo, processIo, writeOut } from "./io.js";
import { MAIN_USAGE } from "./usage.js";

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = { ask: askCommand, gaps: gapsCommand, kb: kbCommand };

/** Runs the CLI and returns its exit code; every failure is one clear message, never a stack trace. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === "-h" || name === "--help" || name === "help") {
      await writeOut(name ? io.stdout : io.stderr, `${MAIN_USAGE}\n`);
      return name ? 0 : 2;
    }
    if (name === "-v" || name === "--version") {
      await writeOut(io.stdout, `${packageVersion()}\n`);
      return 0;
    }
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command "${name}"`, MAIN_USAGE);
    return await command(rest, io);
  } catch (error) {
    return report(error, io);
  }
}

async function report(error: unknown, io: CliIo): Promise<number> {
  if (error instanceof UsageError) {
    await writeOut(io.stderr, `containeros: ${error.message}\n\n${error.usage}\n`);
    return error.exitCode;
  }
  const known = [KnowledgeError, StoreUnavailableError, CurationError, EnvError];
  if (known.some((kind) => error instanceof kind)) {
    await writeOut(io.stderr, `containeros: ${(error as Error).message}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  await writeOut(io.stderr, `containeros: internal error: ${message}\n`);
  return 1;
}
