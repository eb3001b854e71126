import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

const COMMON = {
  knowledge: { type: "string" },
  articles: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies Options;

/** Strict parsing shared by every command: an unknown flag is a usage error, never ignored. */
export function parseCommand<T extends Options>(argv: string[], usage: string, options: T) {
  try {
    return parseArgs({
      args: argv,
      options: { ...COMMON, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0] ?? "invalid arguments", usage);
  }
}
