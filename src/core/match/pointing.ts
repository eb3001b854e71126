import { isContentWord } from "./fact-words.js";

/** Words for several systems at once. */
export const THEY: ReadonlySet<string> = new Set(["they", "them", "their", "these", "those"]);

/** Words before "two" that point at the two systems just asked about. */
const THE_TWO: ReadonlySet<string> = new Set(["the", "those", "these", "them"]);

/** "we both bet on it": the askers, not the systems. */
const ASKERS_BOTH: ReadonlySet<string> = new Set(["i", "we", "us", "you"]);

/** "both sources agree?": the bot's own sources, not the systems. */
const OWN_KNOWLEDGE: ReadonlySet<string> = new Set([
  "sources",
  "source",
  "articles",
  "article",
  "writeups",
]);

/**
 * "for both?", "what do they each ship?", "each of them", "those two": the systems just asked
 * about, one by one. Not both of two things named beside it ("both ec2 and gce", "ec2 and gce both"), the
 * askers ("we both") or the sources.
 */
export function pointsAtEach(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => {
    const [before, next, after] = [tokens[i - 1] ?? "", tokens[i + 1] ?? "", tokens[i + 2] ?? ""];
    if (t === "each") return THEY.has(before) || (next === "of" && THEY.has(after));
    if (t === "two") return theTwoAt(tokens, i);
    if (t !== "both" || ASKERS_BOTH.has(before) || OWN_KNOWLEDGE.has(next)) return false;
    if (next === "of") return THEY.has(after);
    // "both ec2 and gce", "ec2 and gce both": both of the two things named beside it.
    const namedAfter = tokens[i + 2] === "and";
    const namedBefore = i >= 3 && tokens[i - 2] === "and";
    return !namedAfter && !namedBefore;
  });
}

/** "which of those two is less work?", "the two side by side": not "the two docker daemons". */
function theTwoAt(tokens: readonly string[], i: number): boolean {
  const [before, next] = [tokens[i - 1] ?? "", tokens[i + 1] ?? ""];
  return tokens[i] === "two" && THE_TWO.has(before) && (!isContentWord(next) || next === "side");
}

/** "line those two up against coreos", "put those two next to coreos": the two just asked about. */
export function pointsAtTheTwo(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) => theTwoAt(tokens, i) || (t === "two" && THOSE.has(tokens[i - 1] ?? "")),
  );
}
const THOSE: ReadonlySet<string> = new Set(["those", "these"]);

/**
 * "is rancheros smaller than both of them?", "are they both bigger than photon?": "both" for the
 * two systems just asked about, in a comparison ("than"). Not both of something else ("both dev and
 * prod", "both sources agree?", "for both of us") nor the askers ("we both bet on it").
 */
export function pointsAtBoth(tokens: readonly string[]): boolean {
  if (!tokens.includes("than")) return false;
  return tokens.some((t, i) => {
    if (t !== "both" || ASKERS_BOTH.has(tokens[i - 1] ?? "")) return false;
    const next = tokens[i + 1] ?? "";
    if (next === "of") return !ASKERS_BOTH.has(tokens[i + 2] ?? "");
    return (!isContentWord(next) && !OWN_KNOWLEDGE.has(next)) || COMPARATIVE_WORD.test(next);
  });
}

/** "bigger", "heavier", "smaller": a comparative right after "both". */
const COMPARATIVE_WORD = /[a-z]{2,}er$/;
