import { tokenise } from "./normalise.js";
import { STOPWORDS } from "./vocabulary.js";

/** A command a question quotes: the tokens of its first two words. */
export interface QuotedCommand {
  tokens: string[];
  /** Written as code (`ros config set`), not only named before "command". */
  quoted: boolean;
}

/**
 * The commands a question quotes: a code span ("how do I use `ros config set`?", "`docker run -d
 * nginx`") or two words before "command" ("the ros config command"). Flags and the arguments
 * after them are no part of what names the command; a span of one word is a name, which the
 * unknown-name rule reads.
 */
export function quotedCommands(text: string): QuotedCommand[] {
  // "`docker: not found`", "`docker 1.6`", "`system-docker ps` vs `docker ps`": output, a
  // version, or things set side by side, not a command asked about.
  const spans = /\bvs\b|versus/i.test(text)
    ? []
    : [...text.matchAll(CODE_SPAN)]
        .map((span) => span[1] as string)
        .filter((span) => !/[:\d]/.test(span));
  const named = [...text.toLowerCase().matchAll(NAMED_COMMAND)]
    .filter((words) => !STOPWORDS.has(words[1] as string) && !STOPWORDS.has(words[2] as string))
    .map((words) => `${words[1]} ${words[2]}`);
  return [
    ...spans.map((span) => command(span, true)),
    ...named.map((words) => command(words, false)),
  ].filter(({ tokens }) => tokens.length >= 2);
}

function command(text: string, quoted: boolean): QuotedCommand {
  const words = text
    .split(/\s+/)
    .filter((word) => word !== "" && !word.startsWith("-"))
    .slice(0, 2);
  return { tokens: words.length === 2 ? tokenise(words.join(" ")) : [], quoted };
}

const CODE_SPAN = /`([^`\n]+)`/g;

const NAMED_COMMAND = /(?<![\w'-])([a-z][\w-]*) ([a-z][\w-]*) (?:command|cmd|subcommand)(?![\w-])/g;
