import { stemmer } from "stemmer";
import { tokenise } from "./normalise.js";
import { DOMAIN_WORDS, STOPWORDS } from "./vocabulary.js";

/**
 * The form a word is indexed and looked up under: Porter's stem of an alphabetic word ("updates",
 * "updating" -> "updat"), so a fact and a question meet whatever ending either uses. Numbers and
 * short words stay as they are ("3.19.3", "ssh").
 */
export function wordKey(word: string): string {
  return word.length > 3 && /^[a-z]+$/.test(word) ? stemmer(word) : word;
}

/**
 * Every two adjacent words as one ("System Docker", "system-docker" -> "systemdocker"): a name
 * made of common words is rare as a pair, and a question that uses the pair finds it, however
 * either spells the join. Also a cheap phrase match for BM25.
 */
export function compoundWords(text: string): string[] {
  const tokens = tokenise(text);
  return tokens.slice(1).map((token, i) => `${tokens[i]}${token}`);
}

export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word) && !DOMAIN_WORDS.has(word);
}

export function contentWords(text: string): string[] {
  return tokenise(text).filter(isContentWord);
}

/** Every indexed word of a text, as keys. */
export function textKeys(text: string): string[] {
  return contentWords(text).map(wordKey);
}
