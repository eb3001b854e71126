import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/errors.js";
import { parseCommand } from "../../src/cli/parse.js";

const USAGE = "Usage: containeros test";
const OPTIONS = { json: { type: "boolean" }, since: { type: "string" } } as const;

/** The usage error `parseCommand` throws for `argv`, or undefined when it parses. */
function usageError(argv: string[]): UsageError | undefined {
  try {
    parseCommand(argv, USAGE, OPTIONS);
    return undefined;
  } catch (error) {
    return error as UsageError;
  }
}

describe("parseCommand", () => {
  it("should parse the command's and the common options", () => {
    const { values, positionals } = parseCommand(
      ["--json", "--knowledge", "k", "q"],
      USAGE,
      OPTIONS,
    );
    expect(values).toMatchObject({ json: true, knowledge: "k" });
    expect(positionals).toEqual(["q"]);
  });

  it.each([
    [["--jsn", "q"], "unknown option --jsn (did you mean --json?)"],
    [["--sinse", "7d"], "unknown option --sinse (did you mean --since?)"],
    [["--knowlege", "k"], "unknown option --knowlege (did you mean --knowledge?)"],
    [["--jsn=1"], "unknown option --jsn (did you mean --json?)"],
    [["--frobnicate"], "unknown option --frobnicate"],
    [["-x"], "unknown option -x"],
    [["--since"], "option --since needs a value"],
    [["--json=yes"], "option --json takes no value"],
  ])("should say what is wrong with %j in our words, with the usage", (argv, message) => {
    const error = usageError(argv);
    expect(error).toBeInstanceOf(UsageError);
    expect(error?.message).toBe(message);
    expect(error?.usage).toBe(USAGE);
    expect(error?.exitCode).toBe(2);
  });
});
