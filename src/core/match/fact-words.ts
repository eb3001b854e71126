import { stemmer } from "stemmer";
import { tokenise } from "./normalise.js";
import { COMMON_WORDS, DOMAIN_WORDS, FOREIGN_FUNCTION_WORDS, STOPWORDS } from "./vocabulary.js";

/**
 * The form a word is indexed and looked up under: Porter's stem of an alphabetic word ("updates",
 * "updating" -> "updat"), so a fact and a question meet whatever ending either uses. Numbers and
 * short words stay as they are ("3.19.3", "ssh").
 */
export function wordKey(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  const kept = OWN_STEMS.get(word);
  if (kept) return kept;
  let stem = stems.get(word);
  if (stem === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    stem = stemmer(americanSpelling(word));
    stems.set(word, stem);
  }
  return stem;
}

/**
 * "optimised", "virtualisation" as "optimized", "virtualization": the British "-ise" endings stem
 * apart from the American ones the articles mostly use ("optimis" against "optim"). Not words
 * whose "-ise" is no suffix ("enterprise", "expertise", "promise").
 */
function americanSpelling(word: string): string {
  // "licence" (the British noun) is "license".
  if (word.startsWith("licenc")) return `licens${word.slice(6)}`;
  if (NOT_A_SUFFIX.has(word.replace(/(s|d|ds)$/, ""))) return word;
  return word.replace(/^([a-z]{4,})is(e|ed|es|ing|ation|ations|er|ers)$/, "$1iz$2");
}
const NOT_A_SUFFIX = new Set(
  `enterprise compromise expertise merchandise advertise supervise otherwise franchise exercise
  paradise treatise promise premise surprise comprise concise precise televise improvise chastise
  demise disguise`.split(/\s+/),
);

/**
 * Words whose stem would join them to another word: "production" is no "product", "adding" no
 * "AD" (Active Directory), "authorization" no "author", "integrity" no "integration", "critical"
 * no "criticized", "general" no "generation", "typing" (on a phone) no filesystem "type",
 * "identical" no "identity", "experience" no "experimental", "communication" no "community",
 * "news" no "new", "backing" (a company) no "back" (rolling back), "elevator" no "elevate" (sudo)
 * and "escalator" no "escalate".
 */
const OWN_STEMS = new Map(
  Object.entries({
    production: ["production", "productions"],
    add: ["adding", "added", "adds"],
    authoriz: [
      "authorization",
      "authorizations",
      "authorized",
      "authorize",
      "authorise",
      "authorised",
      "authorisation",
    ],
    integrity: ["integrity"],
    critical: ["critical", "critically"],
    general: ["general", "generally"],
    extension: ["extension", "extensions"],
    typing: ["typing", "typed"],
    identical: ["identical", "identically"],
    experienc: ["experience", "experiences", "experienced"],
    communicat: ["communication", "communications", "communicate", "communicates"],
    news: ["news"],
    backer: ["backer", "backers", "backed", "backing", "backs"],
    elevator: ["elevator", "elevators"],
    escalator: ["escalator", "escalators"],
  }).flatMap(([key, words]) => words.map((word) => [word, key] as const)),
);

/**
 * Stems already worked out: a question's words are stemmed for the lookup, the word pairs and the
 * limits, and people reuse words. Matching the 807 evaluation questions (which share many words,
 * as real traffic about six systems does) took 55 to 60 µs a question with it, 70 to 73 µs without.
 * Bounded: cleared when full.
 */
const stems = new Map<string, string>();
const MAX_STEMS = 20_000;

/**
 * Every two adjacent words as one ("System Docker", "system-docker" -> "systemdocker"): a name
 * made of common words is rare as a pair, and a question that uses the pair finds it, however
 * either spells the join. Also a cheap phrase match for BM25.
 */
export function compoundWords(tokens: readonly string[]): string[] {
  return tokens.slice(1).map((token, i) => `${tokens[i]}${token}`);
}

/**
 * An everyday word, in any of its regular forms: "explained", "seemed", "wondering" ask about
 * nothing in particular, as "explain", "seem" and "wonder" do. Not by stem: Porter's stems join
 * "consequences" to "consequently".
 */
export function isEverydayWord(word: string): boolean {
  if (COMMON_WORDS.has(word)) return true;
  // Only the short list's other forms: the long one holds words like "bill" and "track".
  const base = word.replace(/(?:ed|ing|es|s)$/, "");
  return base.length >= 4 && (STOPWORDS.has(base) || STOPWORDS.has(word.replace(/(?:d|s)$/, "")));
}

export function isContentWord(word: string): boolean {
  return (
    word.length > 1 &&
    !STOPWORDS.has(word) &&
    !DOMAIN_WORDS.has(word) &&
    !FOREIGN_FUNCTION_WORDS.has(word)
  );
}

/** Every indexed word of a text's tokens, as keys. */
export function tokenKeys(tokens: readonly string[]): string[] {
  return tokens.filter(isContentWord).map(wordKey);
}

/** Every indexed word of a text, as keys. */
export function textKeys(text: string): string[] {
  return tokenKeys(tokenise(text));
}
