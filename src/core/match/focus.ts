import { isContentWord } from "./fact-words.js";
import { tokenise } from "./normalise.js";
import {
  ARTICLES,
  COMMON_WORDS,
  DOMAIN_WORDS,
  PLEASE,
  REMARKS,
  STOPWORDS,
  VERSUS,
  WHAT_SPELLINGS,
} from "./vocabulary.js";

/**
 * How much a word in a clause that only sets the scene counts, against one in the clause that
 * asks: in "no python, no gcc... how do I debug?", the facts about debugging answer it, not
 * those about python.
 */
export const SCENE_SHARE = 0.5;
/** How much a word of pasted output counts: it may say what is asked about ("fleetctl"), or not. */
const PASTED_SHARE = 0.35;

/** "give me all six in one line each, im on my phone": a request. */
const REQUESTS: ReadonlySet<string> = new Set(["give", "gimme"]);

/** Words that open a clause which asks ("how …", "can I …", "is there …", "anyone know …"). */
export const ASKING_OPENERS: ReadonlySet<string> = new Set([
  "how",
  "hows",
  "what",
  ...WHAT_SPELLINGS,
  "whats",
  "which",
  "where",
  // "whos the ceo", "wheres it from": chat's who's and where's.
  "wheres",
  "who",
  "whos",
  "whose",
  "when",
  "why",
  "can",
  "could",
  "do",
  "does",
  "did",
  "is",
  "are",
  "was",
  "were",
  "should",
  "will",
  "would",
  "has",
  "have",
  "any",
  "got",
  "anyone",
  "anybody",
  "someone",
  "somebody",
  "tell",
  "explain",
  "show",
  ...REQUESTS,
  // "… bricked half our hosts last year. compare coreos, atomic and snappy on …": a request.
  "compare",
  "contrast",
  "rank",
  "list",
  "describe",
  "summarize",
  "summarise",
]);

/** Words that make a figure approximate: before the asking word, or as a tag ("price, ballpark?"). */
const HEDGES = ["roughly", "approximately", "approx", "ballpark"];

/**
 * Openers of talk that come before the asking word ("so how …", "ok and what …"), and hedges
 * ("roughly how big …", "honestly, why …").
 */
const FILLERS = new Set([
  "so",
  "and",
  "but",
  "ok",
  "okay",
  "also",
  "then",
  "hey",
  "hi",
  "well",
  "btw",
  ...HEDGES,
  "basically",
  "honestly",
  "realistically",
  "just",
  "quickly",
  "um",
  "hmm",
]);

/** Words that open a condition, which sets the scene for the question after it ("if … can I …"). */
const CONDITIONS = new Set(["if", "when", "once", "after", "whenever"]);

/** Who a question after a condition is about ("… goes bad can I go back"). */
const SUBJECTS = new Set(["i", "we", "you", "it", "they", "there", "this", "that", "he", "she"]);

/** What a question after a condition may ask of it ("… what happens to its containers"). */
const HAPPENING = new Set(["happens", "happened"]);

/** Where clauses end: sentence marks, commas, an ellipsis, a spaced dash, a colon, a new line. */
const CLAUSE_END = /[?!;,\n\u2026]+|\.{2,}|\.(?=\s|$)|:(?=\s|$)|\s[-\u2013\u2014]+\s/;

/**
 * The text's tokens (exactly `tokenise(text)`'s, read clause by clause) and each one's weight by
 * the clause it sits in: 1 in a clause that asks (ends with "?" or opens with an asking word),
 * SCENE_SHARE in the others. When no clause asks, or all do, every word weighs 1. `analogy` marks
 * the words of a yardstick the asker compares with ("… like system restore").
 */
export function readClauses(
  text: string,
  /** The systems' one-word names, which make a few words before a question its heading. */
  names: ReadonlySet<string> = new Set(),
): {
  tokens: string[];
  emphasis: number[];
  analogy: boolean[];
  pasted: boolean[];
  own: boolean[];
  clause: number[];
} {
  const clauses: Clause[] = [];
  const pastedLines = pastedLinesOf(text);
  let rest = text;
  let line = 0;
  while (rest.length > 0) {
    const pasted = pastedLines[line] === true;
    const end = CLAUSE_END.exec(rest);
    const cut = end ? end.index + end[0].length : rest.length;
    const clause = rest.slice(0, cut);
    const tokens = tokenise(clause);
    const question = questionAfterCondition(tokens);
    if (question > 0) {
      clauses.push({ tokens: tokens.slice(0, question), asks: false });
      clauses.push({ tokens: tokens.slice(question), asks: true });
    } else if (tokens.length > 0) {
      const before = clauses[clauses.length - 1];
      if (
        before &&
        (isTagQuestion(clause, tokens) ||
          asksByWordAlone(tokens) ||
          (offersAnswers(clause, tokens) && !before.stated) ||
          choosesAmong(before.tokens, tokens) ||
          (asksOfIt(clause, tokens) && !before.stated))
      ) {
        before.asks = true;
        before.tagged = true;
      }
      // "is lightwave, the photon identity piece, still maintained": the question goes on past
      // a description set between commas.
      const goesOn = before?.asks === true && before.appositive === true;
      const appositive =
        before?.asks === true && ARTICLES.has(tokens[0] as string) && clause.endsWith(",");
      // "how do i fix it, exact steps", "…, the actual command to type": a few words more on the
      // form of the answer asked for, after a question and a comma; not who asks ("…, vmware shop
      // here"), nor a figure's wording ("…, the actual number").
      const answerForm =
        before?.asks === true &&
        before.joined === true &&
        ((tokens.length <= ANSWER_FORM_TOKENS && tokens.some((t) => ANSWER_FORM_WORDS.has(t))) ||
          tokens.slice(0, COMMAND_FORM_START).some((t) => COMMAND_WORDS.has(t)));
      // "give me the coreos kernel, the atomic kernel and the photon kernel": a list that goes on
      // in the words its asking clause ended with.
      // Not "what's the photon kernel, not the coreos kernel" (one set aside), nor "…, coreos
      // has a/b rollback" (a sentence of its own): only names of things, joined by "and".
      const listed =
        before?.asks === true &&
        before.joined === true &&
        tokens[tokens.length - 1] === before.tokens[before.tokens.length - 1] &&
        !tokens.some((t) => SETTING_ASIDE.has(t)) &&
        namesOnlyThings(tokens);
      const asking =
        !pasted && (goesOn || appositive || answerForm || listed || asks(clause, tokens));
      // "exact fleetctl syntax to start a unit, give me the command line": a request is for what
      // the words before it name, unless they tell the asker's own scene ("we have to pick one
      // before peak season. give me all of them side by side").
      if (asking && before && REQUESTS.has(openerOf(tokens) ?? "") && !isOwnScene(before.tokens))
        before.asks = true;
      // "exact locksmith config to reboot between 2 and 4am, whats the command": a question of the
      // answer's form only asks for what the clause before it names.
      if (asking && before && !before.asks && asksForFormOnly(tokens)) before.asks = true;
      // "rancheros on hyper-v, any gotchas?": a few words asking for remarks ask them of what the
      // clause before names.
      if (
        asking &&
        before?.joined &&
        !before.asks &&
        (asksOnlyForRemarks(tokens) || isHeading(before.tokens, names)) &&
        namesOnlyTheSubject(before.tokens)
      )
        before.asks = true;
      const stated = /\.\s*$/.test(clause);
      const joined = /[,:]\s*$/.test(clause);
      const reported = !pasted && passesOnQuestion(tokens);
      clauses.push({ tokens, asks: asking, appositive, pasted, stated, joined, reported });
    }
    line += clause.split("\n").length - 1;
    rest = rest.slice(cut);
  }
  // "user asks if coreos is still maintained, they run it in prod. is it?": the question passed
  // on is the one asked, unless the asker asks one of their own.
  // A tag question ("is it?") is a few words at most.
  // "my boss wants to know whether coreos is still maintained, can you find out?": a request to
  // look into it asks nothing of its own either.
  const asksItsOwn = (c: Clause) =>
    c.tokens.length > LABEL_TOKENS && c.tokens.some((t) => isContentWord(t) && !LOOK_INTO.has(t));
  if (!clauses.some((c) => c.asks && asksItsOwn(c) && !c.tagged))
    for (const c of clauses) if (c.reported) c.asks = true;
  // "no python or perl on coreos?? how am i meant to debug then": the premise exclaimed, before
  // or after the question asked of it.
  const asksOpenly = (c: Clause) => c.asks && ASKING_OPENERS.has(openerOf(c.tokens) ?? "");
  if (clauses.some(asksOpenly))
    for (const c of clauses) if (c.tokens[0] === "no" && !asksOpenly(c)) c.asks = false;
  // "coreos has no package mgr?? so how do my engineers debug anything": what was just learnt,
  // then the question drawn from it.
  const drawn = clauses.findIndex((c) => c.asks && c.tokens[0] === "so" && asksOpenly(c));
  for (const c of clauses.slice(0, Math.max(0, drawn))) if (!asksOpenly(c)) c.asks = false;
  labelSubjects(clauses);
  const mixed = clauses.some((c) => c.asks) && clauses.some((c) => !c.asks);
  return {
    tokens: clauses.flatMap((clause) => clause.tokens),
    emphasis: clauses.flatMap(({ tokens, asks, pasted, reported }) => {
      // "is IMA wired up or just compiled in": the jab counts as little as a scene.
      const jab = dismissalStart(tokens);
      // "central IT is asking if coreos has selinux switched on": who asks is no part of it.
      const passedOn = reported ? passedOnAt(tokens) : 0;
      return tokens.map((_, i) =>
        pasted ? PASTED_SHARE : (mixed && !asks) || i >= jab || i < passedOn ? SCENE_SHARE : 1,
      );
    }),
    analogy: clauses.flatMap(({ tokens }) => {
      const start = analogyStart(tokens);
      const named = yardstickNamed(tokens);
      return tokens.map((_, i) => i >= start || named.has(i));
    }),
    pasted: clauses.flatMap(({ tokens, pasted }) => tokens.map(() => pasted === true)),
    clause: clauses.flatMap(({ tokens }, i) => tokens.map(() => i)),
    own: ownScenes(clauses, mixed).flatMap((own, i) =>
      (clauses[i] as Clause).tokens.map(() => own),
    ),
  };
}

interface Clause {
  tokens: string[];
  asks: boolean;
  appositive?: boolean;
  pasted?: boolean;
  /** Ends with a full stop: a sentence that tells. */
  stated?: boolean;
  /** Ends with a comma or a colon: the sentence goes on in the next clause. */
  joined?: boolean;
  /** Asks only by the short question after it ("they run it in prod. is it?"). */
  tagged?: boolean;
  /** Passes on someone's question: "user asks if …". */
  reported?: boolean;
  /** Asked about only as the question after it points back at it ("…; can we reuse that?"). */
  pointedAt?: boolean;
}

/** "asks if", "wondering whether": someone's question, passed on. */
function passesOnQuestion(tokens: readonly string[]): boolean {
  return passedOnAt(tokens) > 0;
}

/** Where the question passed on starts: the "if" of "… is asking if …"; 0 when none is. */
function passedOnAt(tokens: readonly string[]): number {
  return Math.max(
    0,
    tokens.findIndex((token, i) => WHETHER.has(token) && ASKED_IF.has(tokens[i - 1] ?? "")),
  );
}

/**
 * Which clauses set the asker's own scene. "We want our own golden image: base tree, our CA
 * certs, rather than hand-modifying hosts afterwards." is theirs to the full stop, every comma's
 * clause of it.
 */
function ownScenes(clauses: readonly Clause[], mixed: boolean): boolean[] {
  const own: boolean[] = [];
  // "all our users want docker 1.9, which os has it?": what they want is what is asked.
  const askedBack = clauses.some(
    (other) => other.asks && other.tokens.some((t) => POINTERS.has(t)),
  );
  clauses.forEach((clause, i) => {
    const before = clauses[i - 1];
    const goesOn = before?.joined === true && own[i - 1] === true;
    // "our login is all LDAP right now. can coreos hook into that?": what is asked about is
    // theirs still, and so is its "right now".
    const told = mixed && !clause.asks;
    own.push(
      (told || clause.pointedAt === true) && (goesOn || isOwnScene(clause.tokens, askedBack)),
    );
  });
  return own;
}

/** Words by which the asker speaks of themselves and their team. */
const FIRST_PERSON = new Set(["i", "we", "our", "my", "us", "me", "ours"]);

/** Words that pass on what someone else said: "I heard SUSE bought Rancher" is about Rancher. */
export const REPORTING: ReadonlySet<string> = new Set([
  "heard",
  "hear",
  "read",
  "saw",
  "seen",
  "said",
  "says",
  "told",
  "tells",
  "mentioned",
  "claims",
  "rumor",
  "rumour",
  "news",
  "apparently",
  "reportedly",
  "announced",
]);

/** Whom an asker speaks for: "client runs everything on vsphere today" is the asker's world too. */
const ASKERS_PARTIES = new Set([
  "client",
  "clients",
  "customer",
  "customers",
  "boss",
  "manager",
  "management",
  "leadership",
  "cto",
  "ceo",
  "cio",
  // "…, and devs keep asking for new features": the asker's colleagues.
  "devs",
  "developers",
  "colleagues",
  "coworkers",
  "team",
]);

/**
 * "We're stuck on an old kernel and Docker 1.3", "our budget can't cover support", "client's CTO
 * wants to know": a clause that opens with the asker, or whom they speak for, sets their own
 * scene, whose prices, versions and names are theirs, not what they ask of a system ("…, photon
 * and dcos so i can brief leadership" ends a list).
 */
function isOwnScene(tokens: readonly string[], askedBack = false): boolean {
  const all = tokens.filter((token) => !ARTICLES.has(token));
  // "long story but we're moving everything onto the esxi host at HQ": the asker, after a lead-in.
  const turn = all.findIndex((token, i) => i < LEAD_IN_TOKENS && TURNS.has(token));
  const led = turn >= 0 && !FIRST_PERSON.has(openerOf(all) ?? "") ? all.slice(turn + 1) : all;
  const when = openingWhen(led);
  const words = when ? led.slice(when.end) : led;
  // "right now it's raspbian and a bash script": now, then what the asker has (not "last year it
  // got acquired", which tells of the system).
  if (when?.now && SETUP_SUBJECTS.has(openerOf(words) ?? "")) return true;
  const opener = openerOf(words);
  // "all our other boxes are centos 7", "half of our sites": the asker's, counted.
  const quantified = opener !== undefined && QUANTIFIERS.has(opener);
  const at = opener === undefined ? -1 : words.indexOf(opener);
  const counted = quantified && words[at + 1] === "of" ? at + 2 : at + 1;
  // Not "all our users want docker 1.9, which os has it?": what they need is what is asked.
  const needing =
    askedBack && words.slice(counted + 1, counted + 4).some((word) => NEEDING.has(word));
  const owner = !quantified ? opener : needing ? undefined : words[counted];
  return (
    owner !== undefined &&
    (FIRST_PERSON.has(owner) || ASKERS_PARTIES.has(owner)) &&
    !tokens.some((t) => REPORTING.has(t))
  );
}
/**
 * "currently we run ubuntu", "eventually we want ldap": where the words that say when end, and
 * whether they say now.
 */
function openingWhen(words: readonly string[]): { end: number; now: boolean } | undefined {
  const start = words.findIndex((t) => !FILLERS.has(t));
  const opens = (phrase: readonly string[]) => phrase.every((t, i) => words[start + i] === t);
  const when = start >= 0 ? WHEN_OPENERS.find(opens) : undefined;
  return when && { end: start + when.length, now: NOW_OPENERS.includes(when) };
}
/** What the asker's setup is called after saying when ("right now it's all centos"). */
const SETUP_SUBJECTS = new Set(["it", "its", "everything", "all"]);
/** Words that say now, before the asker tells of their setup (articles left out). */
const NOW_OPENERS = [["currently"], ["right", "now"], ["at", "moment"], ["for", "now"], ["today"]];
/**
 * Words that say another time, before the asker tells of their plans or past: "eventually we want
 * logins through ldap" is the asker's plan, not what became of a system.
 */
const WHEN_OPENERS = [
  ...NOW_OPENERS,
  ["eventually"],
  ["ultimately"],
  ["soon"],
  ["later"],
  ["someday"],
  ["one", "day"],
  ["at", "some", "point"],
  ["in", "future"],
  ["down", "road"],
  ["long", "term"],
  ["next", "year"],
  ["last", "year"],
];

/** Words that turn from a lead-in to what the clause tells ("long story but …"). */
const TURNS = new Set(["but", "so", "anyway"]);
/** The most words a lead-in before the turn has. */
const LEAD_IN_TOKENS = 4;
const NEEDING = new Set(["want", "wants", "need", "needs", "require", "requires", "expect"]);
const QUANTIFIERS = new Set(["all", "most", "half", "some", "both", "many", "each", "every"]);

/** A clause's first word after the talk that leads into it ("so", "ok and"). */
export function openerOf(tokens: readonly string[]): string | undefined {
  return tokens.find((token) => !FILLERS.has(token));
}

/**
 * Which lines of a message are pasted output or configuration rather than words to the bot: a
 * code block's lines, a shell prompt ("$ fleetctl list-units"), a comment or section header
 * ("#cloud-config", "[Unit]"), a setting ("ID=photon", "command: start", "Server version: 1.6.0")
 * or columns ("web.service   active   running"). Only beside a line that is not pasted.
 */
function pastedLinesOf(text: string): boolean[] {
  if (!text.includes("\n")) return [false];
  const lines = text.split("\n");
  let fenced = false;
  const pasted: boolean[] = [];
  for (const line of lines) {
    const fence = line.trimStart().startsWith("```");
    const inside = fenced || fence;
    // A fence opens and closes a block; "```error: …```" on one line does both.
    if (fence && (line.match(/```/g)?.length ?? 0) % 2 === 1) fenced = !fenced;
    const asking = line.includes("?") || asks(line, tokenise(line));
    // Output goes on until a line asks or is blank ("ubuntu-core 2015-04-23 edge-145 ubuntu").
    const goesOn = pasted[pasted.length - 1] === true && line.trim() !== "";
    pasted.push(inside || (!asking && (goesOn || PASTED_LINE.some((shape) => shape.test(line)))));
  }
  return pasted.some((p) => !p) ? pasted : lines.map(() => false);
}

const PASTED_LINE = [
  /^\s*[$#]/,
  /^\s*\[[\w .-]+\]\s*$/,
  /^\s*[\w.-]+=/,
  /^\s*-?\s*[\w.-]+(?: [\w.-]+){0,2}:(?:\s+\S+)?\s*$/,
  /\S(?:\t| {2,})\S/,
];

/** Words before "like" that make it a verb ("would like", "looks like"), not an analogy. */
export const LIKE_AS_VERB = new Set([
  "would",
  "d",
  "i",
  "we",
  "you",
  "they",
  "look",
  "looks",
  "looked",
  "seem",
  "seems",
  "feel",
  "feels",
  "sound",
  "sounds",
  "don",
  "didn",
  "doesn",
]);

/** "does it still work like that today?": like what was just said, no yardstick of the asker's. */
export const LIKE_WHAT_WAS_SAID = new Set(["that", "this", "it", "so", "these", "those"]);

/**
 * "can I undo the update, like system restore?": what follows "like" is the asker's yardstick; not
 * "like 5 users" (about), "would like" (want) or "like that". So is what follows "instead of",
 * "similar to", "closer to" or "the way we use". Infinity when there is none.
 */
function analogyStart(tokens: readonly string[]): number {
  const at = tokens.findIndex(
    (token, i) =>
      (token === "like" &&
        tokens.length > 1 &&
        !LIKE_AS_VERB.has(tokens[i - 1] ?? "") &&
        !/^\d/.test(tokens[i + 1] ?? "0") &&
        !LIKE_WHAT_WAS_SAID.has(tokens[i + 1] ?? "")) ||
      dismisses(tokens, i) ||
      likenedByWay(tokens, i) ||
      ((YARDSTICK_AFTER.has(`${tokens[i - 1]} ${token}`) ||
        YARDSTICK_AFTER.has(`${tokens[i - 2]} ${tokens[i - 1]} ${token}`)) &&
        !LIKE_WHAT_WAS_SAID.has(tokens[i + 1] ?? "")),
  );
  return at < 0 ? Number.POSITIVE_INFINITY : at + 1;
}

/**
 * "so fleet is basically systemd with a cluster-sized ego?", "or a glorified tech demo": the
 * asker's jab, a yardstick too.
 */
function dismisses(tokens: readonly string[], i: number): boolean {
  return (
    DISMISSING.has(tokens[i] as string) &&
    (DISMISSED_AFTER.has(tokens[i - 1] ?? "") ||
      // "or is that just marketing?"; not "so it just auto-updates itself??".
      (DISMISSED_POINTERS.has(tokens[i - 1] ?? "") && IS_FORMS.has(tokens[i - 2] ?? ""))) &&
    i + 1 < tokens.length
  );
}

/** Where a jab's words start; Infinity when there is none. */
function dismissalStart(tokens: readonly string[]): number {
  const at = tokens.findIndex((_, i) => dismisses(tokens, i));
  return at < 0 ? Number.POSITIVE_INFINITY : at + 1;
}

/** Words that play a thing down to the asker's yardstick, after "is", "or" or "a". */
const DISMISSING = new Set(["just", "basically", "essentially", "merely", "glorified"]);
const DISMISSED_AFTER = new Set(["is", "s", "are", "or", "a", "just", "really"]);
const DISMISSED_POINTERS = new Set(["it", "that", "this"]);
const IS_FORMS = new Set(["is", "s", "isn", "isnt", "t", "was"]);
const YARDSTICK_AFTER = new Set([
  "instead of",
  "similar to",
  "closer to",
  "equivalent of",
  "equivalent to",
  "counterpart of",
  "counterpart to",
  "way we use",
  "way we used",
  "way i use",
]);

/**
 * "updates itself the way the browser on my phone does", "the same way my phone does": what
 * follows "the way" is the asker's yardstick (not "the way to install it").
 */
function likenedByWay(tokens: readonly string[], i: number): boolean {
  return (
    tokens[i] === "way" &&
    (tokens[i - 1] === "the" || tokens[i - 1] === "same") &&
    WAY_OF.has(tokens[i + 1] ?? "")
  );
}
const WAY_OF = new Set(["the", "my", "our", "your", "a"]);

/** "the WSUS equivalent on coreos": the words between the article and "equivalent". */
function yardstickNamed(tokens: readonly string[]): Set<number> {
  const named = new Set<number>();
  tokens.forEach((token, i) => {
    // "the ignition equivalent of cloud-config" asks about Ignition; "of" names the yardstick.
    if (token !== "equivalent" && token !== "counterpart") return;
    if (tokens[i + 1] === "of" || tokens[i + 1] === "to") return;
    const from = tokens.slice(0, i).findLastIndex((t) => ARTICLES_BEFORE.has(t));
    if (from < 0 || i - from > 3) return;
    for (let j = from + 1; j < i; j++) named.add(j);
  });
  return named;
}
const ARTICLES_BEFORE = new Set([...ARTICLES, "any", "some"]);

/** The most tokens a clause may have and still be only a label ("rpm-ostree, what is it?"). */
export const LABEL_TOKENS = 3;

/** Words that point back at a label set before the question ("flannel: what is it for?"). */
const POINTERS = new Set(["it", "its", "they", "them", "their", "this", "that", "those", "these"]);

/** Words that point back at a whole clause ("we know kickstart inside out; can we reuse that?"). */
const DEMONSTRATIVES = new Set(["this", "that", "those", "these"]);

/** "can we reuse that on atomic?", not "can this bot answer it?": a pronoun, not a determiner. */
function pointsBackAtClause(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  return DEMONSTRATIVES.has(tokens[i] as string) && (next === undefined || STOPWORDS.has(next));
}

/**
 * "rpm-ostree, what is it in plain words?": a few words set before a question that points back at
 * them are what it asks about, not a scene.
 */
function labelSubjects(clauses: Clause[]): void {
  clauses.forEach((clause, i) => {
    // "uptime 4min. is that coreos updating itself?": a sentence of its own tells, it labels
    // nothing; but a lone word ("Cockpit. I read the name somewhere. Is that a programme?") is
    // what the question after the asker's aside points back at.
    const word = clause.tokens.length === 1;
    const label = clause.tokens.length <= LABEL_TOKENS && (!clause.stated || word);
    const next = word ? clauses.slice(i + 1).find((later) => later.asks) : clauses[i + 1];
    if (clause.asks || !next?.asks || CONDITIONS.has(clause.tokens[0] ?? "")) return;
    clause.asks =
      (label && asksTheSameOf(next.tokens)) ||
      next.tokens.some((token, j) =>
        label ? POINTERS.has(token) : pointsBackAtClause(next.tokens, j),
      );
    clause.pointedAt = clause.asks;
  });
}

/**
 * "atomic has cockpit, what does coreos have?", "…, what's the coreos equivalent?": a question
 * whose verb has no object, or that asks for an equivalent, asks what the clause before it says.
 */
export function asksTheSameOf(tokens: readonly string[]): boolean {
  const last = tokens.findLast((token) => !TRAILERS_OF_SAME.has(token));
  return (
    (last !== undefined && OWNING_VERBS.has(last)) || tokens.some((token) => EQUIVALENTS.has(token))
  );
}
/** Verbs of having a thing ("what does coreos have?"); not `HAVING` in match-question, which also runs and needs. */
export const OWNING_VERBS = new Set([
  "have",
  "has",
  "got",
  "use",
  "uses",
  "ship",
  "ships",
  "offer",
  "offers",
]);
const TRAILERS_OF_SAME = new Set(["then", "instead", "there"]);
const EQUIVALENTS = new Set(["equivalent", "counterpart"]);

/** Everyday words a tag question is made of that the stop-word lists lack ("true?", "legit?"). */
const TAG_WORDS = new Set([
  "true",
  "possible",
  "supported",
  "correct",
  "legit",
  "idea",
  "thoughts",
  // "idle memory of rancheros in mb, anyone measured?"
  "measured",
  "tested",
  "benchmarked",
  "checked",
  "verified",
  "confirmed",
  // "dcos enterprise license price, ballpark?"
  ...HEDGES,
  "estimate",
  // "the command to install it, precisely?", and "exactly?" as French, Spanish, Portuguese write it.
  "precisely",
  "exactement",
  "exactamente",
  "exatamente",
]);

/**
 * "docker swarm mode on rancheros, works?", "cockpit is fighting selinux, known thing?": a short
 * question of everyday words only asks about the clause before it, which is no scene.
 */
function isTagQuestion(clause: string, tokens: string[]): boolean {
  return (
    clause.includes("?") &&
    tokens.length <= LABEL_TOKENS &&
    tokens.every(
      (t) => COMMON_WORDS.has(t) || STOPWORDS.has(t) || DOMAIN_WORDS.has(t) || TAG_WORDS.has(t),
    )
  );
}

/**
 * "auto-login to a desktop on coreos, how", "rhel atomic host subscription, how much $": an asking
 * word alone, or with the measure it asks, asks what came before it.
 */
function asksByWordAlone(tokens: readonly string[]): boolean {
  const rest = tokens[0] === "how" && MEASURES.has(tokens[1] ?? "") ? 2 : 1;
  return (
    ASKING_LAST.has(tokens[0] ?? "") &&
    tokens.slice(rest).every((t) => TRAILERS.has(t) || t === "so")
  );
}
/** What "how …" measures ("how much", "how long"). */
const MEASURES = new Set(["much", "many", "long", "big", "often", "old"]);

/**
 * "snappy core on a raspberry pi 2 — does it boot?", "photon on hyper-v, does it work": a short
 * question about "it" asks what the clause before it names.
 */
function asksOfIt(clause: string, tokens: string[]): boolean {
  return (
    (clause.includes("?") || YES_NO_OPENERS.has(tokens[0] ?? "")) &&
    tokens.length <= LABEL_TOKENS &&
    tokens.some((token) => POINTERS.has(token))
  );
}

/** Verbs that open a yes-or-no question ("does it work", "is it supported"). */
const YES_NO_OPENERS = new Set(["does", "do", "did", "is", "are", "was", "can", "will", "would"]);

/**
 * "docker desktop or podman on my mac, which should i install": a short "which" question chooses
 * among what the clause before it offers.
 */
function choosesAmong(before: readonly string[], tokens: readonly string[]): boolean {
  return openerOf(tokens) === "which" && tokens.length <= CHOICE_TOKENS && before.includes("or");
}
const CHOICE_TOKENS = 5;

/** The most tokens a clause that only offers answers may have ("512mb or 1gb?"). */
const OFFER_TOKENS = 5;

/**
 * "minimum ram for a coreos node, 512mb or 1gb?", "max cluster size, like 1000 nodes?": a short
 * question offering answers (a choice, or a figure) asks what the clause before it says.
 */
function offersAnswers(clause: string, tokens: string[]): boolean {
  return (
    clause.includes("?") &&
    tokens.length <= OFFER_TOKENS &&
    !ASKING_OPENERS.has(openerOf(tokens) ?? "") &&
    (tokens.includes("or") || tokens.some((token) => /\d/.test(token)))
  );
}

/**
 * In "if an update goes bad can I go back" with no comma, where the question starts ("can I"):
 * an asking word followed by who it is about. 0 when the clause does not open with a condition.
 */
function questionAfterCondition(tokens: string[]): number {
  const start = tokens.findIndex((token) => !FILLERS.has(token));
  if (start < 0 || !CONDITIONS.has(tokens[start] as string)) return 0;
  for (let i = start + 2; i + 1 < tokens.length; i++) {
    // "if a node dies halfway through a job what happens to its containers"
    const happens = tokens[i] === "what" && HAPPENING.has(tokens[i + 1] as string);
    if (
      happens ||
      (ASKING_OPENERS.has(tokens[i] as string) && SUBJECTS.has(tokens[i + 1] as string))
    )
      return i;
  }
  return 0;
}

function asks(clause: string, tokens: string[]): boolean {
  // "ignition vs cloud-config on coreos — which one?": setting two side by side asks about them.
  if (clause.includes("?") || tokens.some((token) => VERSUS.has(token))) return true;
  const opener = openerOf(tokens);
  // "someone in #ops mentioned them": who passed the thing on, nothing of what they said.
  // Not "someone said container linux got EOL'd, …": what they said is what is asked about.
  const reporting = tokens.findIndex((t) => REPORTING.has(t));
  if (
    opener !== undefined &&
    SOMEONE.has(opener) &&
    reporting >= 0 &&
    tokens.slice(reporting + 1).every((t) => !isContentWord(t))
  )
    return false;
  // "rkt is what, …", "system-docker is doing what exactly": the asking word comes last.
  const closer = tokens.findLast((token) => !TRAILERS.has(token));
  return (
    (opener !== undefined && ASKING_OPENERS.has(opener)) ||
    (closer !== undefined && tokens.length > 1 && ASKING_LAST.has(closer)) ||
    // "…, numbers pls": a request.
    PLEASE.has(tokens[tokens.length - 1] ?? "") ||
    // "how do I build a kernel module for rancheros, step by step": how the answer should come.
    ANSWER_FORMS.has(tokens.join(" "))
  );
}

const SOMEONE = new Set(["someone", "somebody"]);

/** "asks if", "wondering whether": the words that pass on someone's question. */
const WHETHER = new Set(["if", "whether"]);
const ASKED_IF = new Set([
  "ask",
  "asks",
  "asked",
  "asking",
  "wondering",
  "wonders",
  "wondered",
  "know",
]);
/** Words that ask the bot to look into a question passed on: "can you check?", "could you find out?" */
const LOOK_INTO = new Set(["check", "find", "confirm", "verify", "look", "dig", "figure", "tell"]);

/**
 * "the atomic login and the rancheros login", "atomic updates": each part between "and"s a few
 * words, with an article first where it runs longer.
 */
function namesOnlyThings(tokens: readonly string[]): boolean {
  const parts: string[][] = [[]];
  for (const token of tokens) {
    if (token === "and" || token === "or") parts.push([]);
    else parts[parts.length - 1]?.push(token);
  }
  return parts.every(
    (part) =>
      part.length > 0 &&
      part.length <= (ARTICLES.has(part[0] as string) ? LISTED_TOKENS + 1 : LISTED_TOKENS),
  );
}
/** The most words a thing in a list has ("the coreos update model"), its article aside. */
const LISTED_TOKENS = 3;

/** Words that set a thing aside rather than list it ("not", "forget", "already know", "don't"). */
const SETTING_ASIDE = new Set(
  "not no t dont never ignore forget skip except besides already know knew moved without instead".split(
    " ",
  ),
);

/**
 * A clause of at most `most` words that asks only for `wanted`: its other words are stopwords or
 * `filler` ("whats the command", "any gotchas?").
 */
function asksOnly(
  tokens: readonly string[],
  wanted: (token: string) => boolean,
  most: number,
  filler: (token: string) => boolean,
): boolean {
  return (
    tokens.length <= most &&
    tokens.some(wanted) &&
    tokens.every((t) => wanted(t) || STOPWORDS.has(t) || filler(t))
  );
}

/** "whats the command", "which syntax?", "exact steps pls": a question of the answer's form only. */
const asksForFormOnly = (tokens: readonly string[]) =>
  asksOnly(
    tokens,
    (t) => ANSWER_FORM_WORDS.has(t) || COMMAND_WORDS.has(t),
    LABEL_TOKENS,
    (t) => ASKING_OPENERS.has(t) || PLEASE.has(t),
  );

/** "any gotchas?", "thoughts?", "known issues?": a request for remarks on what came before. */
const asksOnlyForRemarks = (tokens: readonly string[]) =>
  asksOnly(
    tokens,
    (t) => REMARKS.has(t),
    REMARK_TOKENS,
    (t) => t === "known",
  );
const REMARK_TOKENS = 4;
/**
 * "coreos default iptables rules, whats open out of the box": a few words naming a system and what
 * the question after them asks of it ("helm charts, does atomic ship kubernetes?" names the
 * asker's tooling: a heading without a system's name is no subject). Not the asker's ("our setup,
 * …", "24/7 shop, …", "greenfield project, …"), nor a purpose, a place or a premise ("for a gpu
 * cluster, …", "on ubuntu's os, …", "being a 24/7 shop, …"). What sets something aside or tells a
 * story is left out for every subject (namesOnlyTheSubject).
 */
function isHeading(tokens: readonly string[], names: ReadonlySet<string>): boolean {
  return (
    tokens.length >= 2 &&
    tokens.some((t) => names.has(t)) &&
    !HEADING_OPENERS.has(tokens[0] as string) &&
    !CONDITIONS.has(tokens[0] as string) &&
    !tokens.some(
      (t, i) =>
        FIRST_PERSON.has(t) ||
        (ASKERS_LABELS.has(t) && !SYSTEM_AFTER_LABEL.has(tokens[i + 1] ?? "")),
    )
  );
}
const HEADING_OPENERS = new Set(
  "for on in at with to from as new being running so and also btw ok quick sorry".split(" "),
);
/** Words by which a heading tells who asks: "24/7 ops team here", "small shop", "greenfield project". */
const ASKERS_LABELS = new Set("here shop team project company org lab".split(" "));
/** "project atomic": a system's name, not the asker's project. */
const SYSTEM_AFTER_LABEL = new Set(["atomic"]);

/**
 * "rancheros on hyper-v": a short subject for remarks or a heading; not one that sets something
 * aside or tells a story ("coreos on bare metal after leaving hyper-v", "no python, …", "iptables
 * aside, …").
 */
function namesOnlyTheSubject(tokens: readonly string[]): boolean {
  return tokens.length <= SUBJECT_TOKENS && !tokens.some((t) => ASIDE_OR_STORY.has(t));
}
const SUBJECT_TOKENS = 5;
const ASIDE_OR_STORY = new Set([
  ...SETTING_ASIDE,
  ..."skipping leaving after since but because aside notwithstanding ignoring regardless apart excluding".split(
    " ",
  ),
]);

/** The most words a clause that only names the answer's form has ("exact steps pls"). */
const ANSWER_FORM_TOKENS = 3;
/** Words that name the form of answer wanted. */
const ANSWER_FORM_WORDS = new Set(["exact", "steps", "example", "examples", "ready", "syntax"]);
/** Where a clause that asks for the command itself names it ("the actual command i would type"). */
const COMMAND_FORM_START = 3;
const COMMAND_WORDS = new Set(["command", "commands", "cmd", "cmds"]);
/** Clauses that only say how the answer should come. */
const ANSWER_FORMS = new Set([
  "step by step",
  "in detail",
  "with examples",
  "with commands",
  "walk me through it",
  "walk me thru it",
]);

/** Asking words that end a clause when the asker puts them where their language does. */
const ASKING_LAST = new Set(["what", "which", "where", "who", "how", "why", "when"]);

/** Words that may follow a closing asking word ("… doing what exactly", "… is what then"). */
const TRAILERS = new Set(["exactly", "then", "now", "again", "is", "are", "pls", "please"]);
