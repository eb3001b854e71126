import { type ParseArgsConfig, parseArgs } from "node:util";
import { editDistance } from "../core/match/edit-distance.js";
import { UsageError } from "./errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

const COMMON = {
  knowledge: { type: "string" },
  articles: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies Options;

/** How far a mistyped option may be from a known one to be suggested (`--jsn` for `--json`). */
const MAX_TYPOS = 2;

/** `--json` for `--jsn`: the known option closest to what was typed, if one is close enough. */
function closestOption(typed: string, options: Options): string | undefined {
  const name = typed.replace(/^-+/, "").split("=")[0] ?? "";
  const distances = Object.keys(options).map((known) => ({
    known,
    distance: editDistance(name, known, MAX_TYPOS),
  }));
  const best = distances.sort((a, b) => a.distance - b.distance)[0];
  return best && best.distance <= MAX_TYPOS && best.distance < name.length
    ? `--${best.known}`
    : undefined;
}

/** node:util's parse error in our words: the option as typed, and what to do about it. */
function describeParseError(error: Error & { code?: string }, options: Options): string {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const guess = closestOption(option, options);
    return `unknown option ${option}${guess ? ` (did you mean ${guess}?)` : ""}`;
  }
  if (error.message.includes("argument missing")) return `option ${option} needs a value`;
  if (error.message.includes("does not take an argument")) return `option ${option} takes no value`;
  return "invalid arguments";
}

/** Strict parsing shared by every command: an unknown flag is a usage error, never ignored. */
export function parseCommand<T extends Options>(argv: string[], usage: string, options: T) {
  const all = { ...COMMON, ...options };
  try {
    return parseArgs({ args: argv, options: all, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error as Error, all), usage);
  }
}
