import { escapeMrkdwn } from "./escape.js";
import { shorten } from "./limits.js";

export const SHORTENED_POINTER = "(shortened: the sources below have the rest)";

/** Cuts long text and says so, so a reader knows to look at the sources. */
export function shortenWithPointer(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${shorten(text, max - SHORTENED_POINTER.length - 1)} ${SHORTENED_POINTER}`;
}

/** `Project Atomic · Security and access:`: the core's heading over a group of facts. */
const GROUP_HEADING = /^(?!• )[^\n*]+ · [^\n*]+:$/;

/**
 * The core's plain text as mrkdwn within `max` characters: escaped (nothing in it can ping
 * anyone or open a link), cut with a pointer to the sources if need be, group headings in bold.
 */
export function answerMrkdwn(text: string, max: number): string {
  const lines = escapeMrkdwn(text).split("\n");
  const headings = lines.filter((line) => GROUP_HEADING.test(line)).length;
  return shortenWithPointer(lines.join("\n"), max - 2 * headings)
    .split("\n")
    .map((line) => (GROUP_HEADING.test(line) ? `*${line}*` : line))
    .join("\n");
}
