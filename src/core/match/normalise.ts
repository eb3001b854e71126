import { readClauses } from "./focus.js";
import { COMMON_WORDS, NUMBER_WORDS } from "./vocabulary.js";

/** Questions longer than this are cut before matching: no real question needs more, and it bounds cost. */
export const MAX_QUESTION_CHARS = 500;

export interface NormalisedQuestion {
  /** Lower-case words and numbers in order; punctuation, markup and emoji removed. */
  tokens: string[];
  /** True when the question was longer than MAX_QUESTION_CHARS and was cut. */
  truncated: boolean;
  /** Each token's weight: less in a clause that sets the scene than in the one that asks. */
  emphasis: number[];
  /** Whether each token is part of a yardstick the asker compares with ("like system restore"). */
  analogy: boolean[];
  /** Whether each token is on a pasted line (a command's output, a config file), not words to the bot. */
  pasted: boolean[];
  /** Whether each token is in a clause about the asker's own setup ("we can't pay for support"). */
  own: boolean[];
  /** Which clause each token is in. */
  clause: number[];
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/**
 * Turns Slack-flavoured text into plain text: mentions, handles and broadcasts vanish, links keep their
 * label (or their address, whose words may name a system), entities are decoded.
 */
export function stripSlackMarkup(raw: string): string {
  return (
    raw
      .replace(/<[@#!][^>]*>/g, (tag) => {
        const label = tag.match(/^<#[^|>]*\|([^>]*)>$/);
        return label ? ` ${label[1]} ` : " ";
      })
      .replace(
        /<((?:https?|mailto):[^>|]*)(?:\|([^>]*))?>/g,
        (_m, url: string, label?: string) => ` ${label ?? url} `,
      )
      .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
      // "@containeros help" typed as plain text: a handle is who is spoken to, not the subject;
      // so is a slash command typed into a message ("/containeros help").
      .replace(/(^|\s)@[\w.-]+/g, " ")
      .replace(/^\s*\/[a-z][\w-]*/i, " ")
      // "how do I use containeros?": the bot's own name is the bot, not "container os".
      .replace(/\bcontaineros\b/gi, " bot ")
      .replace(/:[a-z0-9_+-]+:/gi, " ")
      // "is it production ready *now*?": a "now" set in bold or italics stresses today over
      // what the sources said then (a shouted "NOW" is hurry: "need gcc on coreos NOW").
      .replace(/[*_]now[*_]/g, " right now ")
  );
}

/**
 * Splits plain text into tokens. Hyphens and slashes split too ("auto-update", "ldap/kerberos");
 * names that contain them still match, as their compact keys join tokens ("dc os" -> "dcos").
 * Dots inside numbers stay, so versions like 3.19.3 remain one token. "i'm" (or chat's "im") is
 * "i am": "im a manager" is no "ima" (the integrity measurement architecture).
 */
export function tokenise(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      // "groß" is "gross": NFKD leaves the sharp s whole, and it is no letter of a-z.
      .replace(/ß/g, "ss")
      .replace(/[\u2018\u2019]/g, "'")
      // "what's lotus" asks what a thing is, as "what is lotus" does; other "'s" are possessives.
      .replace(/\bwhat's\b/g, "what is")
      // "what is meant by system docker?" asks what system docker is.
      .replace(/\bwhat (?:is|are|was) (?:actually |exactly |really )?meant by\b/g, "what is")
      // French: "rpm-ostree c'est quoi ?" asks what it is, as "rpm-ostree what is it?" does
      // ("c'est quoi la différence" keeps its own words).
      .replace(/\bc'?est quoi(?= *(?:[?!.,;:]|$|exactement\b|exactly\b|ca\b))/g, "what is it")
      .replace(/'s\b/g, "")
      .replace(/\bi'?m\b/g, "i am")
      // "selinux on out of the box?": one word; "box" alone is a machine (a bastion's "jump box").
      .replace(/\bout[- ]of[- ]the[- ]box\b/g, "outofthebox")
      // "the link is dead slow": a word of stress, no system that died.
      .replace(/\bdead (?=(?:slow|simple|easy)\b)/g, "very ")
      // "is atomic host dead weight for us?": a burden, no project that died.
      .replace(/\bdead weight\b/g, "deadweight")
      // "if a coreos node is dead", "a dead host": a machine that failed, no system given up. But
      // "is atomic host dead?" asks after Atomic Host, the project.
      .replace(
        /\b(?<!\b(?:is|was) (?:fedora |centos |rhel |project )?atomic )(node|host|machine|server|box|instance)(s?) (is |are |goes |went )?dead\b/g,
        "$1$2 dies",
      )
      .replace(/\bdead (node|host|machine|server|box|instance)(s?)\b/g, "$1$2 that dies")
      // "can coreos update itself without paying attention to it": watching, no money paid.
      .replace(/\bpay(?:s|ing)? (?:any |much |close )?attention\b/g, "watch")
      // "the 2015 write-ups": an article, not writing.
      .replace(/\bwrite[- ]ups?\b/g, (w) => (w.endsWith("s") ? "writeups" : "writeup"))
      // "etcd+fleet", "coreos+google": two names joined, as "c++" or "1.5+" are not.
      .replace(/([a-z])\+(?=[a-z])/g, "$1 ")
      // "process #1", "ticket #4521": a place in a list, no version and no figure asked; but
      // "release #647" is the release.
      .replace(/\b(version|release|build|edge) #(?=\d)/g, "$1 ")
      .replace(/\bv#(?=\d)/g, "")
      // "CVE-2014-6271": a vulnerability's id, which no fact gives.
      .replace(/\bcve-\d{4}-\d+\b/g, "cve id $&")
      // "how does coreos roll out updates": delivers them, no rollback ("rolling out a cluster"
      // is the asker's doing, and "rolling" is a fact's word).
      .replace(/\brol(?:l|ls|led) out\b/g, "rollout")
      // "does rancheros keep docker current?": the most recent updates, not how it stands today
      // ("up to date" would ask a date).
      .replace(
        /\b(keeps?|kept|keeping|stays?|staying)((?: [a-z]+){1,3}) current\b/g,
        "$1$2 most recent updates",
      )
      // "size-wise, which is smallest?": as to size. Written apart ("security wise") it stays, as
      // the word alone would pair with the words before it ("buy us security").
      .replace(/\b([a-z]{3,})-wise\b/g, (phrase, word: string) =>
        word === "other" || word === "like" ? phrase : word,
      )
      // "which ships the most current docker?": the newest then, not how it stands today.
      .replace(/\bmost current\b/g, "newest")
      .replace(/\bmore current\b/g, "newer")
      // "what runs as process 1": PID 1, no release 1.
      .replace(/\bprocess (?:no\.? ?|number |nr\.? ?|#)?1\b/g, "pid 1")
      // "what version of docker will i get": the docker version, as the facts' words pair them;
      // only a one-word name, before a little word or the end ("version of ubuntu core" and
      // "version of centos atomic" stay whole).
      .replace(
        /\b(what|which|the) versions? of ([a-z][a-z0-9-]*)(?=\s*(?:[?!,;:.-]|$)|\s+([a-z]+))/g,
        (phrase, asking: string, name: string, next?: string) =>
          next === undefined || COMMON_WORDS.has(next) ? `${asking} ${name} version` : phrase,
      )
      // "messing with eachother": two words.
      .replace(/\beachother\b/g, "each other")
      // "messing w each other", "w/ rpm-ostree": chat's "with".
      .replace(/\bw\/(?=\s|[a-z])|\bw(?= [a-z])/g, "with ")
      // "hands-off", "hands off": one word of the facts', no hand ("hand it my containers").
      .replace(/\bhands[- ]off\b/g, "handsoff")
      // "what the heck is geard", "how the hell do we update it": stress, nothing asked about.
      .replace(/\b(what|how|why|where|who|which|when) the (?:heck|hell|fuck|frick|devil)\b/g, "$1")
      // "10 yrs of security updates": years.
      .replace(/\byrs\b/g, "years")
      // "2015ish", "5ish nodes": the number, roughly ("2014-ish" splits at the hyphen).
      .replace(/\b(\d+)ish\b/g, "$1")
      .replace(/#\d+(?:\.\d+)*\b/g, " ")
      .replace(/[^a-z0-9.+ ]+/g, " ")
      .split(/\s+/)
      .map((token) => token.replace(/^[.+]+|[.+]+$/g, ""))
      .filter((token) => token.length > 0)
      .reduce(spokenNumbers, [])
  );
}

/**
 * "two point oh", "three point nineteen": a version said aloud (dictated, or typed as spoken) is
 * the number written ("2.0", "3.19"). Only around "point": "two docker daemons" stays words.
 */
function spokenNumbers(tokens: string[], token: string): string[] {
  const digits = SPOKEN_DIGITS.get(token);
  const before = tokens.at(-1);
  const start = tokens.at(-2);
  if (before === "point" && digits !== undefined && start !== undefined) {
    const whole = SPOKEN_DIGITS.get(start) ?? (/^\d+(\.\d+)*$/.test(start) ? start : undefined);
    if (whole !== undefined && start !== "oh") {
      tokens.splice(-2, 2, `${whole}.${digits}`);
      return tokens;
    }
  }
  tokens.push(token);
  return tokens;
}
const SPOKEN_DIGITS = new Map(
  NUMBER_WORDS.map((word, i): [string, string] => [word, String(i)]).concat([["oh", "0"]]),
);

/** A list's or a quiz's number before the question ("Q3:", "question 2.", "#4)", "1."). */
const NUMBERING = /^\s*(?:q(?:uestion)?\s*\d+|#\d+|\d+)\s*[:.)]\s+/i;

/**
 * "how much $$?", "how much $": money asked, where a lone "$ " is a shell's prompt; not a joke
 * before a size ("how much $$ smaller is it").
 */
const MONEY =
  /(?<=\bmuch\s?)\$+(?![$\s]*(?:smaller|bigger|larger|lighter|heavier|faster|slower)\b)/g;

/**
 * "1. coreos 2. atomic 3. rancheros", "for each: 1) size 2) init": the numbers of a list written
 * inline are no releases of what follows them. Only a run counted from 1 in order, so a lone
 * "2." ("is atomic on 2. or 3.x?") is still read.
 */
function withoutListNumbers(text: string): string {
  const markers = [...text.matchAll(LIST_MARKER)];
  const counted: typeof markers = [];
  for (const marker of markers) {
    if (Number(marker[2]) === counted.length + 1) counted.push(marker);
  }
  if (counted.length < 2) return text;
  let plain = text;
  for (const marker of counted.reverse()) {
    const at = (marker.index ?? 0) + (marker[1] ?? "").length;
    plain = `${plain.slice(0, at)} ${plain.slice(at + (marker[2] ?? "").length + 1)}`;
  }
  return plain;
}
/** A list item's number: "1." or "2)" after the start, a space or a colon, before a space. */
const LIST_MARKER = /(^|[\s:;,(])(\d{1,2})[.)](?=\s)/g;

/**
 * "do i have to babysit it every week": how often the asker does something, no duration a fact
 * gives ("for a few weeks").
 */
const FREQUENCY =
  /\b(?:every|each|once a|twice a)\s+(?:single\s+)?(?:day|week|month|night|morning|evening|weekend|sprint|quarter|shift)s?\b/gi;

/** A ticket's key pasted with the question ("OPS-3102"), not a CVE's id: no version of anything. */
const TICKET_KEY = /\b(?!CVE-)[A-Z][A-Z0-9]{1,9}-\d+\b/g;

/** A ticket's priority or severity tag ("[P2]", "[SEV1]"): no model name. */
const PRIORITY_TAG = /\[(?:p|sev|s)\d\]/gi;

/** A shell's prompt pasted with its output ("-bash-4.2#", "sh-5.1$"): the shell's version is no subject. */
const SHELL_PROMPT = /-?\b(?:ba|z|k|da)?sh-\d+(?:\.\d+)*[#$]/g;

/**
 * "wait, so how many…", "hang on what's…": surprise before the question, no word of it ("waiting
 * for the download" is a fact's).
 */
const INTERJECTION =
  /^\s*(?:wait|hold on|hang on)(?:\s*[,!.\u2026-]+|\s+(?=(?:so|but|and|then|what|whats|how|is|are|does|do|did|why|which|who|where|when|really|seriously)\b))/i;

/**
 * "explain etcd like im a lighting tech", "explain like i'm five what is etcd": whom an explanation
 * is for, no yardstick ("lighting" is no "lightwave", "tech" no tech preview). Only after a word
 * that asks for an explanation, and only the few words naming the audience ("like i'm a java dev
 * who only knows maven", "… who uses coreos", "… who cares about security": the explanation is
 * the overview), not a question in them ("… who wonders if it's production ready").
 */
const AUDIENCE =
  /\b(explain|describe|tell me|say)\b([^?.!,;:\n]*?)\s+like (?:i\s*['\u2019]?\s*m|i am|we\s*['\u2019]?\s*re|we are) (?:five|5|(?:a|an) [a-z0-9-]+(?: [a-z0-9-]+){0,2}?)( (?:who|that) (?!(?:[a-z0-9'-]+ )*?(?:what|how|why|which|when|where|if|whether)\b)[a-z0-9'-]+(?: [a-z0-9'.-]+){0,7})?(?=\s*(?:$|[?.!,;:\n])|\s+(?:what|how|why|which|who|when|where|does|do|is|are|can|and|but|so)\b)/gi;

/**
 * "who makes flannel? saw it in some kubernetes guide": where the asker came across a thing is no
 * subject, unless it names a system ("saw it in the atomic docs").
 */
const SEEN_IN =
  /\b(?:saw|seen|heard about|read about|came across|spotted) (?:it|this|that|them|him) (?:in|on|at|during) (?:(?!\s[-\u2013\u2014]\s|\s(?:what|whats|how|why|which|who|when|where|does|do|is|are|can)\b)[^?.!,;:\n])*/gi;

/**
 * "what makes it so tiny?", "what's the trick that makes it that small?": why it is so; "what
 * makes" asks nothing of the facts that say it.
 */
const WHAT_MAKES_IT_SO =
  /\bwhat(?:['\u2019]?s| is)?(?: (?:the )?\w+ that)? makes? (\S+) (so|that|such)\b/gi;

/**
 * "be gentle 🐾 what can you do?": an emoji before a question ends the sentence before it, as a
 * full stop would.
 */
const EMOJI_STOP =
  /\p{Extended_Pictographic}\uFE0F?(?=\s+(?:what|whats|how|which|who|where|when|why|is|are|does|do|can|could)\b)/giu;

/**
 * "who actually makes atomic?", "what exactly is etcd?": the emphasis after a question word asks
 * nothing, and would keep "who makes" from being read as one phrase.
 */
const ASKED_WITH_EMPHASIS =
  /\b(who|what|which|where|when|why|how)((?:['\u2019]s)?)\s+(?:actually|really|exactly|truly)\b/gi;

export function normaliseQuestion(
  raw: string,
  /** The systems' one-word names: a heading that names one is what the question after it asks. */
  names: ReadonlySet<string> = new Set(),
): NormalisedQuestion {
  const truncated = raw.length > MAX_QUESTION_CHARS;
  const plain = stripSlackMarkup(truncated ? raw.slice(0, MAX_QUESTION_CHARS) : raw);
  const bare = withoutListNumbers(plain)
    .replace(NUMBERING, " ")
    .replace(INTERJECTION, " ")
    .replace(TICKET_KEY, " ")
    .replace(FREQUENCY, " ")
    .replace(PRIORITY_TAG, " ")
    .replace(SHELL_PROMPT, " ")
    .replace(MONEY, " dollars ")
    .replace(ASKED_WITH_EMPHASIS, "$1$2")
    .replace(EMOJI_STOP, ".")
    .replace(WHAT_MAKES_IT_SO, "why is $1 $2")
    .replace(SEEN_IN, (seen) => (tokenise(seen).some((word) => names.has(word)) ? seen : " "))
    // "explain like i'm a newbie who can't tell atomic and coreos apart": with nothing else
    // asked, what is said of the audience is the question, not who they are ("a java dev").
    .replace(AUDIENCE, (_whole, verb, between, clause = "") =>
      between.trim() === "" ? `${verb}${between}${clause}` : `${verb}${between}`,
    );
  return { truncated, ...readClauses(bare, names) };
}

/** The comparison key of a name or phrase: "Core OS", "core-os" and "coreos" are one key. */
export function compactKey(text: string): string {
  return tokensKey(tokenise(text));
}

/** The compact key of tokens `tokenise` already made: ["core", "os"] -> "coreos". */
export function tokensKey(tokens: string[]): string {
  return tokens.join("").replace(/[.+]/g, "");
}
