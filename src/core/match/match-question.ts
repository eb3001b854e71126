import { quotedCommands } from "./commands.js";
import { editDistance, isSwap } from "./edit-distance.js";
import { type FactIndex, isOwnWord, rarest, SYNONYM_SHARE, type WordHit } from "./fact-index.js";
import { isContentWord, isEverydayWord, wordKey } from "./fact-words.js";
import { ASKING_OPENERS, asksTheSameOf, REPORTING, SCENE_SHARE } from "./focus.js";
import { foreignName } from "./foreign-name.js";
import { FuzzyLookup } from "./fuzzy-lookup.js";
import type { Aside, LimitHit, LimitIndex } from "./limits.js";
import {
  MAX_QUESTION_CHARS,
  type NormalisedQuestion,
  normaliseQuestion,
  tokenise,
} from "./normalise.js";
import type { PhraseIndex, PhraseMatch, PhraseTarget } from "./phrase-index.js";
import { pointsAtEach } from "./pointing.js";
import { range, startsRun } from "./token-runs.js";
import {
  ACKNOWLEDGEMENTS,
  ACKNOWLEDGING,
  ALL_WORDS,
  ARTICLES,
  ASKERS_OWN,
  ASKING_WORDS,
  AUXILIARIES,
  BEFORE_A_NAME_CUES,
  BEING,
  CHAT_ABBREVIATIONS,
  CHOOSE_CUES,
  CLASS_WORDS,
  COMMON_WORDS,
  COMPARATIVES,
  COMPARE_CUES,
  DESCENDING,
  DOERS,
  DOMAIN_WORDS,
  FOLLOW_UP_WORDS,
  FOREIGN_BOT_WORDS,
  FOREIGN_QUESTION_WORDS,
  HELP_WORDS,
  HOW_TO_USE_CUES,
  INDEFINITE_ARTICLES,
  KINDS_OF_THING,
  LANDSCAPE_CUES,
  MORE_CUES,
  MORE_WORDS,
  NOW_WORDS,
  NUMBER_WORDS,
  POINTING_ARTICLES,
  POINTING_WORDS,
  POSSESSIVES,
  PURPOSE_NOUNS,
  PURPOSE_OPENERS,
  RANK_CUES,
  STOPWORDS,
  sizesReply,
  VERSUS,
  WEIGHING_CUES,
  WHAT_IS_FILLERS,
  WHAT_SPELLINGS,
  WHICH_OF_CUES,
  WHY_WORDS,
} from "./vocabulary.js";

/**
 * A kind of question whose answer a fact's wording shows: a reason, a date, an amount, a way to
 * get something ("where do i get python on coreos?": through the toolbox), what a thing is for
 * ("what is etcd used for?": for shared configuration and service discovery), where something
 * came from ("taken from OpenShift"), what a thing lets you do ("you can add new units"), or
 * things of a kind named by example ("what system services does rancheros run?": "such as udev").
 */
export type Cue = "why" | "when" | "amount" | "way" | "purpose" | "origin" | "able" | "examples";

/** Everything the question itself says, before any conversation context is applied. */
export interface QuestionMatch {
  tokens: string[];
  truncated: boolean;
  /** Systems named, in order of first mention. */
  systems: string[];
  /** Systems named only as a yardstick ("is it like coreos, where there's none?"). */
  references: string[];
  /** Topics named, in order of first mention. */
  topics: string[];
  /** The question asks about every system ("compare all on size"). */
  allSystems: boolean;
  /** How many systems the asker counts ("the five in that table", "all 5"), when they do. */
  counted?: number;
  /**
   * The count is every system the knowledge holds ("vmware, red hat, canonical... for all six"):
   * the systems the question names are examples of them.
   */
  countsAll: boolean;
  /** The source the asker refers to ("in that inovex table"), when they do. */
  source?: string;
  /** An explicit request to compare ("vs", "compare", "side by side", "difference"). */
  compareCue: boolean;
  /**
   * "same as photon?", "is it same like in rancheros?": whether what was just said holds of the
   * systems named, and nothing else asked ("same on atomic?", "same question for atomic" ask the
   * same question of it).
   */
  asksSame: boolean;
  /** Asks which of the systems ("which of these", "which ones"): one, or several side by side. */
  choosing: boolean;
  /** Asks which to pick ("which one should we use", "which would you pick for a bank?"). */
  recommends: boolean;
  /** A comparative or superlative ("smaller", "newest"), which asks "which of them". */
  comparative: boolean;
  /** Asked to put the systems in an order ("rank", "sort by"), with or without a comparative. */
  ranks: boolean;
  /** Whether that comparative asks for the least first ("smaller", "oldest") or the most ("newest"). */
  ascending: boolean;
  /** Words that point back to an earlier question ("its", "them", "what about"). */
  followUp: boolean;
  /** Nothing but greetings and questions about the bot itself ("help", "what can you do"). */
  helpOnly: boolean;
  /** "what kind of questions do u take?": of the bot, even in a conversation about a system. */
  asksWhatToAskIt?: boolean;
  /** Asks what the bot answers from ("which articles do you use?"): the reply lists them. */
  aboutSources: boolean;
  /**
   * Asks what the systems are, naming none and no topic ("which container OSes do you know
   * about?", "the lay of the land on container operating systems").
   */
  landscape: boolean;
  /**
   * Only questions what was just said: whether it agrees with itself ("why do the numbers
   * differ?"), or where it comes from ("source?", "prove it, which article").
   */
  questions?: "agreement" | "source";
  /** Points back at what was said ("it", "that", "those"): it asks about that too. */
  pointsBack: boolean;
  /** Nothing but a request for the rest of the last answer ("more", "what else?"). */
  moreOnly: boolean;
  /** Nothing but thanks or an acknowledgement ("thanks!", "cool, got it"): no question to answer. */
  acknowledges: boolean;
  /** A system is named after the asking word ("compared to coreos, how does rancheros update?"). */
  namedAfterAsking: boolean;
  /** Nothing but "why?", "how come?" or "when?": asks for the reasons, or the date, behind the last answer. */
  cueOnly: boolean;
  /** Asks for a reason ("why …"), a date ("when did it start") or an amount ("how many"), which a fact's wording shows. */
  asks?: Cue;
  /** The topic a "which …" names as the kind of answer ("which kernel was the tech preview on?"). */
  answerTopic?: string;
  /** That is all it asks: no other question word ("who's behind photon and when did it ship?"). */
  soleCue: boolean;
  /** What the question asks that its sources cannot know ("still maintained", "in 2020"). */
  limit?: LimitHit;
  /** A number it claims that the facts give otherwise ("docker 1.6"): the answer says so. */
  claim?: NonNullable<LimitHit["checks"]>;
  /** A statement to check, not asked with a question word ("coreos 647 came with docker 1.6?"). */
  checking: boolean;
  /** Content words (other than system names) found in fact texts, with the facts that use them. */
  wordHits: WordHit[];
  /**
   * With a limit, its nearby words' hits, counting half: beside the question's own words they find
   * the facts nearest to what was asked ("is fleet still maintained?" is nearest to fleet).
   */
  nearbyHits: WordHit[];
  /** Share of the question's content words the knowledge base knows (1 when it has none). */
  coverage: number;
  /** Words no fact, topic, system or synonym has ("zabbix", "someone"). */
  unknownWords: string[];
  /** Mean closeness of the names and topic words matched: 1 when all were spelt exactly. */
  nameQuality: number;
  /** Systems were named, and only by aliases that are also everyday words ("atomic"). */
  everydayNames: boolean;
}

export function matchQuestion(
  raw: string,
  phrases: PhraseIndex,
  facts: FactIndex,
  limits?: LimitIndex,
  /** The systems of the conversation so far: "what did it cost?" asks it of them. */
  inPlay: readonly string[] = [],
): QuestionMatch {
  const normalised = normaliseQuestion(raw, phrases.nameWords);
  const { truncated } = normalised;
  const tokens = normalised.tokens.map(
    (token, i, all) => countWord(token, all[i + 1], facts) ?? respelt(token, facts, limits),
  );
  // "under 100MB" says what it is about as "MB" does: the size.
  const found = phrases.scan(
    tokens.map((token) => FUSED_SIZE.exec(token)?.[1] ?? token),
    normalised.clause,
  );
  const likened = likenedTo(tokens, normalised.clause);
  const named = systemNamePositions(found);
  const excepted = exceptedBy(tokens, named);
  // "isn't that just systemctl with extra steps?" asks what the thing is, not about systemctl;
  // "what install options besides aws?", what else there is.
  const emphasis = askedByNaming(tokens, normalised, named).map((said, i) =>
    likened[i] || excepted[i] ? Math.min(said, SCENE_SHARE) : said,
  );
  const systems: string[] = [];
  const topics: string[] = [];
  const kinds = new Map<number, "system" | "topic">();
  /** Positions of topic words spelt exactly as topics.yml has them. */
  const spelt = new Set<number>();
  /** How much the clause that named each topic asks: a topic of the asking clause comes first. */
  const topicEmphasis = new Map<string, number>();
  const scores: number[] = [];
  /** "which kernel was the photon tech preview on?": the kind of thing the answer names. */
  let answerTopic: string | undefined;
  let generalKind: string | undefined;
  const namedKinds = new Set<string>();
  let plainNames = 0;
  let everydayNames = 0;
  const references = new Set<string>();
  const asked = new Set<string>();
  /** Where each system was named by one of its names. */
  const namedAt = new Map<string, number[]>();
  for (const match of found) {
    // "per distro" asks across the systems; it names no topic.
    if (match.end - match.start === 1 && perSystem(tokens, match.start, facts)) continue;
    // "the newest kernel" asks about kernels: an age before another topic's word only ranks it.
    // "the newest of them" asks about age. ("The smaller image" asks about size.)
    // "by kernel, oldest first" puts kernels in order; "kernels - which had the newest one?" too.
    if (match.end - match.start === 1 && AGED.has(tokens[match.start] ?? "")) {
      const other = (t: PhraseTarget) => t.kind === "topic" && !match.targets.includes(t);
      if (found.some((next) => next.start === match.end && next.targets.some(other))) continue;
      const ordering = ORDER_WORDS.has(tokens[match.end] ?? "") || tokens[match.end] === "one";
      if (ordering && found.some((any) => any.targets.some(other))) continue;
    }
    const named = match.targets.filter((t) => t.kind === "system");
    if (named.length > 0 && isAudience(tokens, match.start, match.end)) {
      // "explain rpm-ostree to a vmware guy", "we're a mesosphere shop": who asks, not what about.
      for (let i = match.start; i <= match.end; i++) kinds.set(i, "system");
      continue;
    }
    if (named.length > 0 && kindOfUpdate(tokens, match, found)) continue;
    if (named.length > 0) {
      if (phrases.isEverydayName(tokens.slice(match.start, match.end))) everydayNames++;
      else plainNames++;
      const yardstick = isYardstick(tokens, match.start);
      for (const { id } of named) {
        (yardstick ? references : asked).add(id);
        namedAt.set(id, [...(namedAt.get(id) ?? []), ...range(match.start, match.end)]);
      }
    }
    // "the ubuntu container os", "the red hat one": a word only one system's facts use, said of
    // a system, names it.
    const vendor =
      named.length === 0 ? ownerBefore(tokens, match.start, match.end, facts) : undefined;
    if (vendor) {
      if (!systems.includes(vendor)) systems.push(vendor);
      asked.add(vendor);
      plainNames++;
      for (let i = match.start; i < match.end; i++) kinds.set(i, "system");
      scores.push(match.score);
      continue;
    }
    // "and what does atomic employ for the same purpose?": the topic of the last question.
    if (named.length === 0 && tokens[match.start - 1] === "same" && inPlay.length > 0) continue;
    // A phrase that names a system ("vmware") is that system, not also a topic word.
    const used = named.length > 0 ? named : match.targets;
    for (const target of used) {
      const list = target.kind === "system" ? systems : topics;
      if (!list.includes(target.id)) list.push(target.id);
      if (target.kind === "topic") {
        const said = Math.max(topicEmphasis.get(target.id) ?? 0, emphasis[match.start] ?? 1);
        topicEmphasis.set(target.id, said);
        // "which tools come bundled …": every fact is of some tool, so the other words ask; but
        // "what tools does atomic have for management" names the kind twice.
        const anyKind =
          match.end - match.start === 1 && ANY_KIND.has(tokens[match.start] as string);
        if (!anyKind) namedKinds.add(target.id);
        if (namesAnswerKind(tokens, match.start, match.end)) {
          if (anyKind) generalKind ??= target.id;
          else answerTopic ??= target.id;
        }
      }
    }
    for (let i = match.start; i < match.end; i++) {
      kinds.set(i, named.length > 0 ? "system" : "topic");
      if (named.length === 0 && match.score === 0) spelt.add(i);
    }
    scores.push(match.score);
  }
  if (generalKind && namedKinds.has(generalKind)) answerTopic ??= generalKind;

  // A stable sort: among topics asked alike, the first named stays first.
  topics.sort((a, b) => (topicEmphasis.get(b) ?? 1) - (topicEmphasis.get(a) ?? 1));

  const chooseTokens = new Set([...cuePositions(tokens, CHOOSE_CUES), ...recommendingAt(tokens)]);
  // "photon kernel version in that comparison?" points at the article's table, not at others.
  const compareTokens = new Set([
    ...[...cuePositions(tokens, COMPARE_CUES)].filter(
      (i) => systems.length > 1 || !citesComparison(tokens, i),
    ),
    ...chooseTokens,
    ...preferredOver(tokens, kinds),
    ...besideAName(tokens, normalised.clause, kinds, systems, inPlay),
  ]);
  const landscapeTokens = cuePositions(tokens, LANDSCAPE_CUES);
  // "compare all the container OSes, quick overview" asks for the table, not introductions;
  // "which ones do you know about" is both cues at once.
  const comparing = [...compareTokens].some((i) => !landscapeTokens.has(i));
  // "is it clustered across all the nodes?" asks of one system.
  const everyTokens =
    acrossMachines(tokens) || itsWholeLot(tokens)
      ? new Set<number>()
      : cuePositions(tokens, EVERY_SYSTEM_CUES);
  // "what distros can it be based on?": with "it" in play, distros are what it is built from.
  // "which distros can the host be based on?" too: the host is the system in play. With a system
  // in play, distros are its own whatever clause says "it" ("which distros? i want to base it on
  // centos"); otherwise only in the same clause: "which oses use systemd? i know it does" asks of
  // the others.
  const ofIt = (at: number) =>
    tokens.some(
      (t, i) =>
        (normalised.clause[i] === normalised.clause[at] ||
          (inPlay.length > 0 && BASE_DISTROS.has(tokens[at] as string))) &&
        (t === "it" || t === "its" || (HOSTS.has(t) && POINTING_ARTICLES.has(tokens[i - 1] ?? ""))),
    );
  const every =
    everyTokens.size > 0 ||
    tokens.some((t, i) => namesAll(tokens, i) && !(KINDS_OF_SYSTEM.has(t) && ofIt(i)));
  // "a one-liner on each container os for a timeline graphic": what the summary is for.
  // Not "which of them all is best for a jenkins build farm?": there, what it is for is asked.
  const summaryFor =
    every && !tokens.some((t) => t === "which" || t === "best" || COMPARATIVES.has(t))
      ? trailingPurpose(tokens, normalised.clause)
      : NO_POSITIONS;
  // "a rundown of every container os" asks for the table, "which ones are there" introductions
  // ("container oses" is only the kind).
  const everyOne = every && tokens.some((t, i) => namesAll(tokens, i) && !CLASS_WORDS.has(t));
  const landscape =
    systems.length + topics.length === 0 &&
    landscapeTokens.size > 0 &&
    !comparing &&
    !everyOne &&
    tokens.some((t) => CLASS_WORDS.has(t));
  // "for which reason …" asks why; "reason" is wording, and its "which" chooses no system.
  const reasons = reasonPositions(tokens);
  // "where does that tool come from?": the words that ask where from are no subject.
  const origins = originPositions(tokens);
  const asksOfEach =
    tokens.filter((t, i) => (t === "which" || t === "who") && !reasons.includes(i + 1)).length >= 2;
  // "going by the carina guide": the source named says which facts, not what they are about.
  const source = phrases.sourceIn(tokens);
  // Cue words are wording, not subject: they count neither as known nor as unknown.
  const cueTokens = new Set([
    ...(source?.at ?? []),
    // "what did infoq write about atomic?": with an article named, its telling is how it is asked.
    ...(source ? tokens.flatMap((t, i) => (ARTICLES_TELLING.has(t) ? [i] : [])) : []),
    ...compareTokens,
    ...everyTokens,
    ...(landscape ? landscapeTokens : []),
    ...purposePositions(tokens),
    ...taskPositions(tokens),
    // "what's the reasoning for that?": a word the facts use ("reasoning") still finds them.
    ...reasons.filter((i) => !facts.exactly(tokens[i] as string)),
    ...origins,
    ...summaryFor,
  ]);
  // Topic words count as known and also rank facts ("coreos ssh" prefers the ssh fact).
  const wordHits: WordHit[] = [];
  /** Each ranking word's own weight by position, so a pair adds only what its parts do not say. */
  const partWeights = new Map<number, number>();
  // "when did it kick off": the facts say "started". Each word of the question's synonym groups
  // finds its facts, a little less surely than the question's own word.
  const related = facts.thesaurus
    .related(tokens)
    .filter(
      ({ start, end }) =>
        !range(start, end).some((i) => kinds.get(i) === "system" || cueTokens.has(i)),
    );
  const understood = new Set<number>();
  const relatedHits: WordHit[] = [];
  /**
   * The facts each of the question's words reaches, itself or through its synonyms, by position:
   * what a limit is held to.
   */
  // Lists kept as found, not joined: at 100x knowledge a common word's list has thousands.
  const reach = new Map<number, (readonly number[])[]>();
  const reaches = (i: number, found: readonly number[]) =>
    reach.set(i, [...(reach.get(i) ?? []), found]);
  for (const { start, end, words } of related) {
    const hit = facts.related(words);
    if (!hit || hit.facts.length === 0) continue;
    for (const i of range(start, end)) {
      understood.add(i);
      reaches(i, hit.facts);
    }
    relatedHits.push({
      ...hit,
      scale: SYNONYM_SHARE * (emphasis[start] ?? 1),
      synonym: true,
      spoken: tokens.slice(start, end).join(" "),
    });
  }
  /** The scene's clauses that tell where the asker came across something ("saw it on …"). */
  const reporting = new Set(
    tokens.flatMap((t, i) =>
      REPORTING.has(t) && (emphasis[i] ?? 1) < 1 ? [normalised.clause[i] as number] : [],
    ),
  );
  const reporter = reporterPositions(tokens, normalised.clause);
  // "ok and what about atomic": the words before the turn are only talk.
  const opening = tokens.findIndex((t) => !TALK_WORDS.has(t));
  const talkEnds = opening < 0 ? tokens.length : opening;
  let content = 0;
  let known = 0;
  /** Content in the clauses that ask: none in "which of these should I pick? greenfield project". */
  let askedContent = 0;
  /** Where the question's words are ones no fact, topic or system has, nor their synonyms. */
  const unknownAt = new Set<number>();
  const installed = installedBy(tokens, normalised.clause, kinds);
  tokens.forEach((token, i) => {
    const kind = kinds.get(i);
    if (
      !isContentWord(token) ||
      namesAll(tokens, i) ||
      restOfThem(tokens, i) ||
      COMPARATIVES.has(token) ||
      cueTokens.has(i)
    )
      return;
    // "cool what would i use it for": the turn's opening talk, nothing asked about.
    if (i < talkEnds) return;
    // "can't be over 100mb, surely?": an amount the facts never quote says how much, not what.
    if (isSize(tokens, i) && !facts.exactly(token)) return;
    // What the question asks counts more than the scene it sets ("…i nodded like i knew").
    const said = emphasis[i] ?? 1;
    // A topic's own word, spelt as it is ("gross", German for big), is known: no fact's
    // near-spelling ("cross") stands for it.
    const found = kind === "system" ? undefined : facts.lookup(token);
    const hit = spelt.has(i) && !found?.exact ? undefined : found;
    // "someone", "itself": an everyday word the facts never use asks about nothing in particular
    // (a figure does: "clusters of 10 nodes").
    if (kind === undefined && !hit && isEverydayWord(token) && !/\d/.test(token)) return;
    // "the 30 second rundown", "in 2 sentences": how long the reply may be, no figure asked.
    if (kind === undefined && !hit && sizesReply(tokens, i)) return;
    // "whats friendlier for a noob": how the things asked about compare, no thing itself.
    if (kind === undefined && !hit && GRADED.test(token)) return;
    // "falls over mid-afternoon during the summer sale": when it happens, which no fact is about.
    if (kind === undefined && !hit && TIMES_OF.has(token)) return;
    // No subject either: whom or what the answer is for ("which is friendlier for non-sysadmins?",
    // "for the market research memo"), what pasted output holds ("3a1f2b9c  active  running"), a
    // likeness the asker offers ("explain rpm-ostree like i'm a junior"), what yum is to install,
    // the asker's ("can i yum install tailscale on atomic?"), and where the asker came across a
    // thing ("tdnf?? saw it on a vendor datasheet").
    const aside =
      PITCHED_AT.has(token) ||
      normalised.pasted[i] ||
      normalised.analogy[i] ||
      installed[i] ||
      reporting.has(normalised.clause[i] as number) ||
      reporter.has(i);
    if (kind === undefined && !hit && aside) return;
    // "what is this bot for": the bot asked, no thing the sources lack.
    if (kind === undefined && !hit && !understood.has(i) && !ADDRESSEES.has(token))
      unknownAt.add(i);
    content += said;
    if (said >= 1) askedContent += said;
    if (kind === "system") {
      known += said;
      return;
    }
    // "which boots quicker on our vmware cluster": the asker's own thing on a platform the facts
    // name is where they ask it, not what the facts must say it of ("on our hardware" still is).
    const onTheirPlatform = kinds.get(i - 1) === "system" && ownedBy(tokens, i);
    if (hit?.exact && !onTheirPlatform) reaches(i, hit.facts);
    // A word the knowledge base only nearly has counts half: it may be another word altogether.
    if (kind === "topic") known += said;
    else if (hit?.exact || understood.has(i)) known += said;
    else if (hit) known += said * 0.5;
    // An everyday word ("even", "back") is a poor guide to which fact is meant.
    const everyday = kind === undefined && COMMON_WORDS.has(token);
    // A guess at a word its synonyms understood ("kick" for "kickstart") is no guess to keep.
    const guessed = hit !== undefined && !hit.exact && understood.has(i);
    if (hit && hit.facts.length > 0 && !everyday && !guessed && !isHost(tokens, i)) {
      partWeights.set(i, hit.weight);
      wordHits.push({
        ...hit,
        // "…with kickstart like we do the rhel office boxes": the yardstick is not what is asked.
        scale: ownPracticeAt(normalised.analogy, tokens, i) ? said * YARDSTICK_SHARE : said,
        ...(kind === "topic" ? { topicWord: true } : {}),
        ...(normalised.analogy[i] ? { yardstick: true } : {}),
        ...(normalised.own[i] ? { askersScene: true } : {}),
      });
    }
  });
  // "system docker" and "system-docker" alike name the compound the facts use, and "docker
  // version" is precise though "version" alone says nothing. A pair counts for what it says beyond
  // its rarer word: "the box" no more than "box".
  // A pair with a system's name in it ("atomic security") would only echo how facts are worded.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (kinds.get(i) === "system" || kinds.get(i + 1) === "system") continue;
    if (isHost(tokens, i) || isHost(tokens, i + 1)) continue;
    // "stuff that isn't containers", "not containers": the "non-container" the facts write.
    const [first, second] = [
      NEGATING.has(tokens[i] as string) ? "non" : (tokens[i] as string),
      tokens[i + 1] as string,
    ];
    // Two domain words ("container host") are as vague together as apart; but "is snappy really a
    // container os?" asks what the facts that call a system a container OS say.
    const vague = !(isContentWord(first) || isContentWord(second)) && !namesClass(tokens, i);
    // "is fleet buggy?": "is fleet" is how the question is put, not a thing the facts name
    // ("what is fleet" is a term on one of them).
    if (STOPWORDS.has(second) || vague || AUXILIARIES.has(first)) continue;
    // "the kernel" asks the topic "kernel" names, however a fact happens to word "the kernel".
    if (ARTICLES.has(first) && kinds.get(i + 1) === "topic") continue;
    // "and docker version?": the opening conjunction joins the question to what came before;
    // "docker pull and docker run" in a fact says nothing of it ("point and click" still does).
    if (i === 0 && LINKING.has(first)) continue;
    const hit = facts.compound(first, second);
    const parts = Math.max(partWeights.get(i) ?? 0, partWeights.get(i + 1) ?? 0);
    if (hit && hit.weight > parts) {
      const scale = ((hit.weight - parts) / hit.weight) * (emphasis[i] ?? 1);
      // "how many", "go back", "it starts": everyday words, however rare together in the facts.
      const everyday =
        (COMMON_WORDS.has(first) && COMMON_WORDS.has(second)) || STOPWORDS.has(first);
      wordHits.push({ ...hit, scale, ...(everyday && { everyday }) });
    }
  }

  wordHits.push(...relatedHits);

  const text = ` ${tokens.slice(Math.max(0, opening)).join(" ")} `;
  const asksWhy = tokens.includes("why") || / how come /.test(text) || reasons.length > 0;
  // "why do the sources disagree on that?", "source?": what was just said, questioned.
  const questions = questionsWhatWasSaid(tokens);
  const asks: Cue | undefined = asksWhy
    ? "why"
    : asksWhen(tokens)
      ? "when"
      : amountAsked(tokens)
        ? "amount"
        : asksWay(tokens)
          ? "way"
          : asksPurpose(tokens)
            ? "purpose"
            : origins.length > 0
              ? "origin"
              : asksAbility(tokens)
                ? "able"
                : asksExamples(tokens, kinds)
                  ? "examples"
                  : undefined;
  // "is fleet still supported?": what fleet's system's facts say, not any system's; of the most
  // precise word ("how many snaps are in the snap store" is Snappy's, whoever's facts say "store").
  // Not a word that asks the limit itself ("cost" of DCOS's free edition).
  const strongest = rarest(wordHits.filter((hit) => isOwnWord(hit) && !limits?.asks(hit.word)));
  const owners = strongest?.owner ? [strongest.owner] : [];
  // "sidekick units? someone in ops mentioned them": "them" is what this question names.
  const pointsBack = tokens.some(
    (t, i) => FOLLOW_UP_WORDS.has(t) && !reporting.has(normalised.clause[i] as number),
  );
  // "and does it do kubernetes too?" asks it of the one system in play.
  // "what about apparmor?" after RancherOS asks it of RancherOS too.
  const asksAbout = tokens.some((_, i) => asksAboutAt(tokens, i));
  const pointedAt =
    systems.length === 0 && inPlay.length === 1 && (pointsBack || asksAbout) ? inPlay : systems;
  // The asker's own words and yardsticks: their names and versions are not asked of the system.
  const yardstick = yardsticksOf(normalised, kinds);
  const notAsked = asidesOf(normalised, kinds, namedAt).map(
    (aside, i) => aside ?? (yardstick[i] || likened[i] || installed[i] ? "own" : undefined),
  );
  const limitHit = limits?.find(
    tokens,
    systemPositions(kinds),
    systems.length > 0 ? systems : owners.length > 0 ? owners : inPlay,
    // "can I roll back, like system restore?": a yardstick's words ask no limit.
    emphasis.map((said, i) => (normalised.analogy[i] ? Math.min(said, SCENE_SHARE) : said)),
    reach,
    notAsked,
  );
  // "coreos 647 came with docker 1.6 iirc?" is checked against what the facts say; "what changed
  // in docker 1.6 on coreos?" asks beyond them.
  const checking = !tokens.some((t) => ASKING_WORDS.has(t));
  const claim = limitHit?.checks && checking ? limitHit.checks : undefined;
  // "so it's better than coreos for my hadoop stuff?", "does it do hadoop like coreos?" after
  // DCOS: "it", named before the other system, is DCOS, whose word Hadoop is. Not "does photon
  // have selinux too, or does it skip it?": there "it" is Photon.
  const itAt = tokens.findIndex((t) => IT_WORDS.has(t));
  const nameAt = tokens.findIndex((_, i) => kinds.get(i) === "system");
  const alsoInPlay = itAt >= 0 && itAt < nameAt && inPlay.some((id) => !pointedAt.includes(id));
  // "what about both on gce?": asked of several systems in play, not of the last one alone.
  const ofSeveral = systems.length === 0 && pointsAtEach(tokens);
  const [only] = pointedAt;
  const foreign =
    limits && only !== undefined && pointedAt.length === 1 && !alsoInPlay && !ofSeveral
      ? foreignName(tokens, wordHits, only, limits, notAsked)
      : undefined;
  // "which coreos release number was in the inovex table": asked of what a source wrote, a
  // release or a status is the one it gives, no later one.
  // Not "inovex tested 647, what's the latest?" nor "the newest after the 0.23.0 inovex tested".
  const ofSource =
    source !== undefined &&
    limitHit?.sourceAnswers === true &&
    source.at.every((i) => (emphasis[i] ?? 1) >= 1) &&
    !tokens.some(
      (t) => LATER_THAN.has(t) && !(NOW_WORDS.has(t) && reportsWhatWasSaid(tokens, source.at)),
    );
  // "container vs vm isolation in atomic, does svirt help?": a limit of no system's is no limit of
  // a system asked about with a precise word of its own ("containers vs vms on atomic host?" is
  // still the general question).
  const ofNoSystem =
    limitHit?.noSystem &&
    pointedAt.length > 0 &&
    wordHits.some(
      (hit) =>
        isOwnWord(hit) && hit.weight >= OWN_SUBJECT_WEIGHT && !limitHit.said?.includes(hit.word),
    );
  const stated = claim || ofSource || ofNoSystem ? undefined : limitHit;
  // "how do i set up apparmor on atomic?": that the sources write AppArmor only of another
  // system, and of which, says more than that they give no steps.
  const limit =
    (stated?.afterForeignName ? (foreign ?? stated) : stated) ??
    foreign ??
    limits?.command(askedCommands(raw, tokens, emphasis, kinds)) ??
    (limits && unknownSubject(tokens, normalised.clause, unknownAt, kinds));
  // "is fedora coreos the successor to atomic host?" asks about Atomic: a later product's name
  // beside another system's names no system ("fedora coreos" alone is still CoreOS's heir).
  const covered = new Set(limit?.covers);
  for (const [id, at] of namedAt) {
    if (systems.length > 1 && at.every((i) => covered.has(i)))
      systems.splice(systems.indexOf(id), 1);
  }
  // "coreos vs photon... no wait, i meant rancheros vs atomic": those named after the correction
  // replace those named before it.
  const correction = correctionAt(tokens);
  const corrects =
    correction >= 0 && [...namedAt.values()].some((at) => at.some((i) => i > correction));
  if (corrects) {
    for (const [id, at] of namedAt) {
      if (at.every((i) => i < correction) && systems.includes(id))
        systems.splice(systems.indexOf(id), 1);
    }
  }
  const compareCue =
    compareTokens.size > 0 ||
    (landscapeTokens.size > 0 && everyOne) ||
    (systems.length >= 2 && cuePositions(tokens, WEIGHING_CUES).size > 0);
  const comparative = tokens.some(
    (t, i) => COMPARATIVES.has(t) && !isAmount(tokens, i) && !describesOne(tokens, i),
  );
  const ranks = comparative || cuePositions(tokens, RANK_CUES).size > 0;
  if (!compareCue && !comparative) {
    for (const id of yardsticks(tokens, kinds, emphasis, normalised.clause, namedAt)) {
      if (systems.includes(id)) systems.splice(systems.indexOf(id), 1);
    }
  }
  // "…our rep keeps name-dropping Photon. What is VMware Photon?" asks what Photon is.
  const definesSystem =
    asksWhatSystemIs(tokens, emphasis, kinds) ||
    endsAskingWhatSystemIs(tokens, normalised.clause, kinds);
  const counted = countedSystems(tokens, normalised.clause);
  const whatToAsk = asksWhatKindToAsk(tokens);
  // "what can u actually answer? only coreos stuff or other things too": a system named only as an
  // example of what the bot might be limited to; in a thread too, it asks about the bot.
  const scopeAsked =
    onlyAsScope(tokens, kinds, normalised.clause, emphasis) &&
    firstAsksOfTheBot(tokens, normalised.clause, emphasis, false);
  return {
    tokens,
    truncated,
    systems,
    references: [...references].filter((id) => !asked.has(id)),
    topics: definesSystem ? [] : topics,
    allSystems:
      chooseTokens.size > 0 ||
      every ||
      bestOfTheKind(tokens) ||
      tokens.some((_, i) => perSystem(tokens, i, facts) || restOfThem(tokens, i)) ||
      // "how do the five in the inovex table handle updates?": every system that source covers.
      (counted !== undefined && counted >= 2 && source !== undefined && systems.length === 0),
    ...(counted ? { counted } : {}),
    countsAll: counted === phrases.systemCount,
    ...(source ? { source: source.id } : {}),
    pointsBack,
    namedAfterAsking: namedAfter(tokens, kinds),
    // "a quick rundown of all of them" asks for every system side by side.
    compareCue,
    asksSame:
      systems.length > 0 &&
      tokens.some((t, i) => t === "same" && SAME_AS.has(tokens[i + 1] ?? "")) &&
      tokens.every((t, i) => t === "same" || !isContentWord(t) || kinds.get(i) === "system"),
    comparative,
    // "who uses xfs and who uses ext4?" asks it of each system.
    choosing: cuePositions(tokens, WHICH_OF_CUES).size > 0 || asksOfEach || ofTheCounted(tokens),
    recommends: chooseTokens.size > 0,
    ranks,
    ascending: !tokens.some(
      // "the most minimal" ranks the smallest first; "the most popular", the most.
      (t, i) => DESCENDING.has(t) && !(MORE_OR_MOST.has(t) && SMALLNESS.has(tokens[i + 1] ?? "")),
    ),
    followUp:
      pointsBack ||
      // "no wait, i meant photon": the last question again, of the system meant.
      corrects ||
      /^ (?:and|what about|how about|same for|and what about) /.test(text) ||
      // "can i get root from there?": there, where the last answer was.
      / (?:from|on|in|over) there /.test(text) ||
      // "does atomic have one?": one of what was just asked about.
      / (?:have|has|got|ship|ships|offer|offers) one /.test(text) ||
      // "what does atomic use instead?": the verb has no object; what was just asked, of atomic.
      (systems.length > 0 && topics.length === 0 && asksTheSameOf(tokens)) ||
      // "coreos?" after a question about atomic: the same question of CoreOS; "what is photon?",
      // "tell me about photon" ask what the system is, whatever came before.
      (systems.length > 0 &&
        !namesOnlyWhatSystemIs(tokens, range(0, tokens.length), kinds) &&
        tokens.every((t, i) => !isContentWord(t) || kinds.get(i) === "system")),
    ...(whatToAsk || scopeAsked ? { asksWhatToAskIt: true } : {}),
    helpOnly:
      tokens.length === 0 ||
      (systems.length + topics.length === 0 &&
        !landscape &&
        // "a quick rundown of all six you know" asks for the systems, not for help.
        compareTokens.size === 0 &&
        !everyOne &&
        isHelpRequest(tokens)) ||
      (!landscape &&
        compareTokens.size === 0 &&
        // "who backed each of the container OSes you know about?" asks a topic of every one, "a
        // one-liner on each of the container OSes you know about" for all of them side by side;
        // "which OSes do you know about?" and "how do i ask you about every one?" ask of the bot.
        !(
          every &&
          (topics.length > 0 ||
            (tokens.some((t) => EACH_ONE.has(t)) && !tokens.some((t) => ASKING_THE_BOT.has(t))))
        ) &&
        asksHowToUseWith(tokens, emphasis, namedAt, systems.length, topics.length)) ||
      // "what kind of questions do u take, just coreos or other stuff too?": what to ask the bot,
      // whatever system is named as an example.
      whatToAsk ||
      // "what's in your rulebook? like what can i ask you about": one sentence asks how to use
      // the bot, and the others name nothing the bot knows.
      (systems.length + topics.length + wordHits.length === 0 &&
        !limit &&
        !landscape &&
        !everyOne &&
        compareTokens.size === 0 &&
        clausesOf(normalised.clause).some((at) =>
          asksHowToUse(
            at.map((i) => tokens[i] as string),
            0,
            0,
            at.map((i) => emphasis[i] ?? 1),
          ),
        )) ||
      scopeAsked ||
      (systems.length === 0 &&
        // "what can you actually answer? which distros do you know?", "what is this bot for, can
        // it help me pick a base os?": a question about the bot first, and nothing named after it.
        ((compareTokens.size === 0 &&
          !everyOne &&
          !limit &&
          firstAsksOfTheBot(
            tokens,
            normalised.clause,
            emphasis,
            wordHits.every((hit) => (hit.scale ?? 1) < 1),
          )) ||
          // "do your sources cover nomad?" asks about nomad; "how current is your info?" and
          // "which OSes are on your list" about the bot's own sources.
          (!limit && asksAboutItsKnowledge(tokens)) ||
          (!landscape &&
            !everyOne &&
            (asksWhatTheBotDoes(tokens, emphasis) || asksWhatToAsk(tokens))))),
    landscape,
    aboutSources: asksAboutItsKnowledge(tokens),
    moreOnly: tokens.some((t) => MORE_CUES.has(t)) && tokens.every((t) => MORE_WORDS.has(t)),
    acknowledges:
      !raw.includes("?") &&
      tokens.some((t) => ACKNOWLEDGEMENTS.has(t)) &&
      tokens.every((t) => ACKNOWLEDGEMENTS.has(t) || ACKNOWLEDGING.has(t)),
    ...(questions ? { questions } : {}),
    cueOnly:
      (asks === "why" && tokens.every((t) => WHY_WORDS.has(t))) ||
      // "when?", "when was that?": the date of what was just said.
      (asks === "when" && tokens.every((t) => WHEN_WORDS.has(t))) ||
      // "how?", "how so?", "how does it do that?": the way of what was just said.
      (tokens[0] === "how" && tokens.every((t) => HOW_WORDS.has(t))),
    // The figures themselves answer it, not the facts that give reasons: the sources never say why.
    ...(asks && !questions ? { asks } : {}),
    ...(answerTopic ? { answerTopic } : {}),
    // "how much does an update download: the full image or just deltas?" offers its answers.
    // "when did it come out, and is it GA?" asks a second question beside the date.
    soleCue:
      asks !== undefined &&
      !tokens.some((t) => (QUESTION_WORDS.has(t) && t !== asks) || t === "or") &&
      !/ and (?:is|are|was|were|does|do|did|can|has|have) (?:it|they|that|there) /.test(text),
    limit,
    ...(claim && !limit ? { claim } : {}),
    checking,
    wordHits: definesSystem ? [] : wordHits,
    nearbyHits: (limit?.nearby ?? [])
      .flatMap(tokenise)
      .filter(isContentWord)
      .flatMap((word) => facts.lookup(word) ?? [])
      .map((hit) => ({ ...hit, scale: NEARBY_SHARE })),
    // What a system is, its sources say, whatever words the scene has that they lack.
    // A question of cue words only ("which of these should I pick?") is fully understood,
    // whatever the scene beside it.
    coverage:
      content === 0 || definesSystem || (askedContent === 0 && (compareTokens.size > 0 || ranks))
        ? 1
        : known / content,
    unknownWords: [...unknownAt].map((i) => tokens[i] as string),
    nameQuality: scores.length === 0 ? 1 : 1 - scores.reduce((a, b) => a + b, 0) / scores.length,
    everydayNames: everydayNames > 0 && plainNames === 0,
  };
}

/**
 * "does coreos do atomic updates?", "does snappy support atomic upgrades": what another system
 * named just before does, a kind of update; not Project Atomic ("we're on coreos; are atomic
 * updates transactional?" asks about Atomic's).
 */
function kindOfUpdate(
  tokens: string[],
  match: PhraseMatch,
  found: readonly PhraseMatch[],
): boolean {
  return (
    tokens[match.start] === "atomic" &&
    match.end === match.start + 1 &&
    UPDATE_WORDS.has(tokens[match.end] ?? "") &&
    DOES_UPDATES.has(tokens[match.start - 1] ?? "") &&
    found.some(
      (other) => other.end === match.start - 1 && other.targets.some((t) => t.kind === "system"),
    )
  );
}
const UPDATE_WORDS = new Set(["update", "updates", "upgrade", "upgrades", "updating", "upgrading"]);
const DOES_UPDATES = new Set([
  "do",
  "does",
  "have",
  "has",
  "support",
  "supports",
  "offer",
  "offers",
  "get",
  "gets",
]);

/**
 * "which is the smallest container os?", "the newest distro": the best of every system of the
 * kind, whatever the conversation compared before.
 */
function bestOfTheKind(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      COMPARATIVES.has(t) &&
      // "the smallest os", not "a smaller os".
      /est$/.test(t) &&
      (CLASS_WORDS.has(kindNounAt(tokens, i + 1) ?? "") ||
        KINDS_OF_SYSTEM.has(tokens[i + 1] ?? "")),
  );
}

/**
 * "someone on the resupply ship told me coreos is a chromebook os, true?": the words up to the one
 * that passes a claim on. Those the facts lack (who, and where) are an aside, no unknown subject;
 * words the facts have still count, as "read" in "which dirs are read-only" must.
 */
function reporterPositions(
  tokens: readonly string[],
  clause: readonly number[],
): ReadonlySet<number> {
  const at = tokens.findIndex(
    (t, i) =>
      REPORTING.has(t) &&
      tokens.some((next, j) => j > i && clause[j] === clause[i] && isContentWord(next)),
  );
  return at <= 0 ? NO_POSITIONS : new Set(range(0, at + 1).filter((i) => clause[i] === clause[at]));
}

/**
 * The words of a "for a …", "for the …", "for our …" that closes the question's last clause: whom
 * or what the reply is for.
 */
function trailingPurpose(
  tokens: readonly string[],
  clause: readonly number[],
): ReadonlySet<number> {
  const at = tokens.findLastIndex(
    (t, i) =>
      t === "for" &&
      (PURPOSE_DETERMINERS.has(tokens[i + 1] ?? "") || POSSESSIVES.has(tokens[i + 1] ?? "")),
  );
  return at < 0 || clause[at] !== clause[tokens.length - 1]
    ? NO_POSITIONS
    : new Set(range(at, tokens.length));
}
const PURPOSE_DETERMINERS = new Set([...ARTICLES, "some"]);
const NO_POSITIONS: ReadonlySet<number> = new Set();

/**
 * "was coreos started in 2013? i keep mixing it up with atomic", "on atomic I've got cockpit.
 * does coreos have a web gui?": the systems named only in a statement around the question, beside
 * one that the clause that asks names: the asker's yardsticks, not asked of. Not a list's items
 * ("how do atomic, snappy and coreos each …" runs across clauses), nor claims passed on to check
 * ("I said atomic is on xfs, sam says coreos is too").
 */
function yardsticks(
  tokens: readonly string[],
  kinds: ReadonlyMap<number, "system" | "topic">,
  emphasis: readonly number[],
  clause: readonly number[],
  namedAt: ReadonlyMap<string, number[]>,
): string[] {
  const clauseOf = (i: number) => clause[i] as number;
  const listed = new Set(
    tokens.flatMap((_, i) =>
      i > 0 &&
      clauseOf(i) !== clauseOf(i - 1) &&
      kinds.get(i) === "system" &&
      kinds.get(i - 1) === "system"
        ? [clauseOf(i - 1), clauseOf(i)]
        : [],
    ),
  );
  const reported = new Set(tokens.flatMap((t, i) => (REPORTING.has(t) ? [clauseOf(i)] : [])));
  const says = new Set(
    tokens.flatMap((t, i) =>
      isContentWord(t) &&
      kinds.get(i) !== "system" &&
      !listed.has(clauseOf(i)) &&
      !reported.has(clauseOf(i))
        ? [clauseOf(i)]
        : [],
    ),
  );
  const askedOf = (at: number[]) =>
    at.some((i) => (emphasis[i] ?? 1) === 1 || !says.has(clauseOf(i)));
  const named = [...namedAt];
  if (!named.some(([, at]) => askedOf(at))) return [];
  return named.flatMap(([id, at]) => (askedOf(at) ? [] : [id]));
}

/**
 * What the asker pasted, or told of their own setup ("we're stuck on Docker 1.3"), is not what is
 * asked of a system, unless that clause names one ("we run coreos 2345").
 */
function asidesOf(
  { tokens, pasted, own, clause }: NormalisedQuestion,
  kinds: ReadonlyMap<number, "system" | "topic">,
  namedAt: ReadonlyMap<string, number[]>,
): Aside[] {
  // "we run coreos in prod, is it still maintained?": the system of the asker's scene is asked
  // about; not "we moved off coreos last year. does atomic have etcd?", which asks of another.
  const askedOf = (at: readonly number[]) => at.some((i) => !own[i]);
  const othersAsked = [...namedAt.values()].some(askedOf);
  const naming = new Set(
    [...namedAt.values()]
      .filter((at) => askedOf(at) || !othersAsked)
      .flatMap((at) => at.filter((i) => own[i]).map((i) => clause[i] as number)),
  );
  // "… or do i need my own f5?", "or roll my own vxlan": what follows "my own" is the asker's.
  // Not what the asker would set up: "how do i run my own update server for coreos?" asks for one.
  const ownFrom = tokens.findIndex(
    (t, i) => t === "own" && POSSESSIVES.has(tokens[i - 1] ?? "") && !setsUp(tokens, i - 2),
  );
  const theirs = (i: number) => ownFrom >= 0 && i > ownFrom && clause[i] === clause[ownFrom];
  return pasted.map((line, i) =>
    line
      ? "pasted"
      : (own[i] && !naming.has(clause[i] as number)) || (theirs(i) && kinds.get(i) !== "system")
        ? "own"
        : undefined,
  );
}

/** "host our own", "set up my own", "run our own": a verb that makes the thing after it, at `at`. */
function setsUp(tokens: readonly string[], at: number): boolean {
  const verb = tokens[at] === "up" ? tokens[at - 1] : tokens[at];
  return SETTING_UP.has(verb ?? "");
}
const SETTING_UP = new Set("run host set deploy operate stand spin".split(" "));

/**
 * "can i yum install our printer driver on atomic?", "apt-get install htop": what a package manager
 * is to install, to the end of its clause, the place it goes ("on", "onto"), a system's name or the
 * next question ("and is it still maintained?"). The question is whether the package manager can;
 * the package is the asker's.
 */
function installedBy(
  tokens: readonly string[],
  clause: readonly number[],
  kinds: ReadonlyMap<number, "system" | "topic">,
): boolean[] {
  const installed = tokens.map(() => false);
  tokens.forEach((token, i) => {
    if (token !== "install") return;
    const at = tokens[i - 1] === "get" ? i - 2 : i - 1;
    // "tdnf vs dnf install speed": a way of installing set against another, not an install.
    const set = VERSUS.has(tokens[at - 1] ?? "") || tokens[at - 1] === "or";
    if (!PACKAGE_TOOLS.has(tokens[at] ?? "") || set) return;
    for (let j = i + 1; j < tokens.length && clause[j] === clause[i]; j++) {
      if (INSTALL_ENDS.has(tokens[j] as string) || kinds.get(j) === "system") break;
      installed[j] = true;
    }
  });
  return installed;
}
/**
 * Package managers the asker brings from elsewhere; not Photon's own tdnf, whose "tdnf install
 * powershell" asks what its repositories hold, which the sources do not say.
 */
const PACKAGE_TOOLS = new Set(["yum", "apt", "dnf", "zypper", "apk"]);

const INSTALL_ENDS = new Set([
  ..."on onto in into to inside at and or who what which where why when how".split(" "),
  ...AUXILIARIES,
]);

/**
 * "is etcd basically coreos's version of zookeeper?": after a system's name, "version of" names the
 * asker's yardstick, not a thing asked of the system ("what version of lightwave" asks a version).
 * Not "something like selinux" on RancherOS: whether it has one, its sources do not say.
 */
function yardsticksOf(
  { tokens, clause }: NormalisedQuestion,
  kinds: ReadonlyMap<number, "system" | "topic">,
): boolean[] {
  const from = tokens.findIndex(
    (token, i) => token === "version" && tokens[i + 1] === "of" && kinds.get(i - 1) === "system",
  );
  return tokens.map((_, i) => from >= 0 && i > from + 1 && clause[i] === clause[from]);
}

/**
 * "fleetctl. isn't that just systemctl with extra steps?": what it "is just" is the asker's
 * yardstick, and "explain rpm-ostree to someone who's run rpm since red hat 5.2" tells who asks;
 * either to the end of the clause. The question is what the thing is.
 */
function likenedTo(tokens: readonly string[], clause: readonly number[]): boolean[] {
  const from = tokens.findIndex(
    (token, i) =>
      (token === "just" &&
        POINTING_WORDS.has(tokens[i - 1] ?? "") &&
        (NEGATED_IS.has(tokens[i - 2] ?? "") ||
          (tokens[i - 2] === "t" && tokens[i - 3] === "isn"))) ||
      // "whats etcd for? is it basically consul": a likeness offered, not what is asked.
      (LIKENING.has(token) &&
        POINTING_WORDS.has(tokens[i - 1] ?? "") &&
        tokens[i - 2] === "is" &&
        clause[i - 2] === clause[i]) ||
      (token === "who" && ASKERS.has(tokens[i - 1] ?? "") && TO_FOR.has(tokens[i - 2] ?? "")) ||
      // "for someone whos not an ops person"; not "a guy whos at vmware told me …".
      (token === "whos" &&
        ASKERS.has(tokens[i - 1] ?? "") &&
        (FOR_WHOM.has(tokens[i - 2] ?? "") ||
          (tokens[i - 2] === "a" &&
            (FOR_WHOM.has(tokens[i - 3] ?? "") || TELLING.has(tokens[i - 3] ?? ""))))),
  );
  return tokens.map((_, i) => from >= 0 && i > from && clause[i] === clause[from]);
}

/**
 * "does coreos run anything other than docker containers?", "install options besides aws/gce":
 * the few words after "besides" name what the asker already knows of, so they count as little as
 * a scene; not nothing, as a fact that lists them with the rest ("LDAP, Kerberos, SAML") may still
 * answer "what else besides ldap". Not a system's name ("anything besides coreos?" names CoreOS).
 */
function exceptedBy(tokens: readonly string[], names: ReadonlySet<number>): boolean[] {
  const excepted = tokens.map(() => false);
  tokens.forEach((token, i) => {
    const pair = `${tokens[i - 1]} ${token}`;
    if (!EXCEPTING.has(token) && !EXCEPTING.has(pair)) return;
    for (let j = i + 1; j <= i + EXCEPTED_TOKENS && j < tokens.length; j++) {
      const next = tokens[j] as string;
      if (names.has(j) || (STOPWORDS.has(next) && !CONJUNCTIONS.has(next))) break;
      excepted[j] = true;
    }
  });
  // "besides ldap?" after "what does lightwave do?": what is set aside is all there is to go on.
  const rest = tokens.some(
    (token, i) => !excepted[i] && (names.has(i) || isContentWord(token)) && !EXCEPTING.has(token),
  );
  return rest ? excepted : tokens.map(() => false);
}
/** Where the phrase scan found a system's name. */
function systemNamePositions(found: readonly PhraseMatch[]): Set<number> {
  return new Set(
    found
      .filter((match) => match.targets.some((t) => t.kind === "system"))
      .flatMap((match) => range(match.start, match.end)),
  );
}
const EXCEPTING = new Set([
  "besides",
  "except",
  "excluding",
  "other than",
  "apart from",
  "aside from",
]);
/** How many words after "besides" may name what is set aside ("besides aws or gce"). */
const EXCEPTED_TOKENS = 3;
const CONJUNCTIONS = new Set(["and", "or"]);
const ASKERS = new Set(["someone", "somebody", "people", "folks", "person", "anyone", "guy"]);
const TO_FOR = new Set(["to", "for", "a"]);
const FOR_WHOM = new Set(["to", "for"]);
/** "tell a guy whos into iot about snappy": whom the reply is told to. */
const TELLING = new Set(["tell", "pitch", "show", "brief", "explain"]);
/** Kinds of system that are also what a system is built from: "which distros can it be based on". */
const BASE_DISTROS = new Set(["distro", "distros"]);
/** A word in about 2 facts or fewer: a subject of the question's own ("svirt", "vsphere"). */
const OWN_SUBJECT_WEIGHT = 4.5;
const NEGATED_IS = new Set(["isn", "isnt"]);
const LIKENING = new Set(["basically", "essentially"]);

/** How long a word must be for one letter dropped or added to be a slip, not another word. */
const LONG_SLIP = 7;

/** Words of the question and the domain long enough to spell wrong ("defualt", "becuase"). */
const PLAIN_WORDS = new FuzzyLookup(
  [...STOPWORDS, ...DOMAIN_WORDS].filter((word) => word.length >= 5).map((word) => [word, word]),
);

/** Question words as fast typing leaves them: "wich one used xfs", "which of theese". */
const QUESTION_WORD_TYPOS: [string, string][] = [
  ["wich", "which"],
  ["whcih", "which"],
  ["whihc", "which"],
  ["hwo", "how"],
  ["theese", "these"],
  ["tehse", "these"],
  ["thsee", "these"],
];

/**
 * How chat spells a word: a question word ("wat is etcd" reads as "what is etcd"), in Spanish,
 * Portuguese or German ("cuál", "welches"), a word of asking the bot ("puedes"), or shortened
 * ("pkg mgr").
 */
const CHAT_SPELLINGS = new Map([
  ...WHAT_SPELLINGS.map((word): [string, string] => [word, "what"]),
  ...FOREIGN_QUESTION_WORDS,
  ...FOREIGN_BOT_WORDS,
  ...CHAT_ABBREVIATIONS,
  ...QUESTION_WORD_TYPOS,
]);

/** "not", and the "t" of "isn't", "aren't" as the tokens write it. */
export const NEGATING = new Set(["not", "t"]);

/**
 * A small count in digits as the facts write it ("2 dockers" for "two Docker daemons"): before
 * the plural of a thing the facts name, not before a verb ("is it what vsphere 8 uses").
 */
function countWord(token: string, next: string | undefined, facts: FactIndex): string | undefined {
  if (!/^[2-9]$/.test(token) || !next || !/^[a-z]{3,}s$/.test(next) || VERBS_IN_S.has(next))
    return undefined;
  return facts.exactly(next.slice(0, -1)) ? NUMBER_WORDS[Number(token)] : undefined;
}
const VERBS_IN_S = new Set(
  `uses runs ships supports comes boots works needs gets makes takes keeps includes requires
  provides`.split(/\s+/),
);

/**
 * "defualt" is "default": a word the facts do not have that is a typo of a word of the question
 * or the domain is that word, so it counts neither as unknown nor as a subject.
 */
function respelt(token: string, facts: FactIndex, limits?: LimitIndex): string {
  const plain = CHAT_SPELLINGS.get(token);
  if (plain) return plain;
  if (token.length < 5 || !isContentWord(token) || facts.exactly(token)) return token;
  // "containerd" is a name the sources never use, no "container" misspelt.
  if (limits?.asks(wordKey(token))) return token;
  const word = PLAIN_WORDS.find(token)?.key;
  if (word === undefined || word[0] !== token[0] || editDistance(word, token, 1) > 1) return token;
  // Two letters swapped, or in a long word one letter dropped or doubled ("diference",
  // "comparision"); not a word of its own ("bought" is no "ought", "operation" no "operating",
  // "bring" no "being").
  const slip =
    isSwap(word, token) ||
    (token.length >= LONG_SLIP && Math.abs(word.length - token.length) === 1);
  return slip ? word : token;
}

/**
 * "moving an atomic box onto a newer tree": a box is the machine, as a host is; only "out of the
 * box" is the facts' own phrase.
 */
function isHost(tokens: readonly string[], i: number): boolean {
  const token = tokens[i];
  return (
    (token === "box" || token === "boxes") && !(tokens[i - 1] === "the" && tokens[i - 2] === "of")
  );
}

/** The words of "what is X, actually?" and "tell me about X" besides the name itself. */
const DEFINING_WORDS = new Set([
  ...WHAT_SPELLINGS,
  "what",
  "whats",
  "is",
  "s",
  "was",
  "the",
  "a",
  "an",
  "exactly",
  "actually",
  "really",
  "even",
  "anyway",
  "then",
  "so",
  "ok",
  "okay",
  "tell",
  "me",
  "us",
  "about",
  "again",
  "please",
]);

/**
 * "We're all-in on vSphere and our rep keeps name-dropping Photon. What is VMware Photon?": the
 * clause that asks names only the system, so the scene says why they ask, not what: the answer
 * is what the system is, not whichever fact the scene's words reach.
 */
function asksWhatSystemIs(
  tokens: readonly string[],
  emphasis: readonly number[],
  kinds: ReadonlyMap<number, "system" | "topic">,
): boolean {
  const asked = range(0, tokens.length).filter((i) => (emphasis[i] ?? 1) === 1);
  return asked.length < tokens.length && namesOnlyWhatSystemIs(tokens, asked, kinds);
}

/**
 * "need one line on what Project Atomic is", "explain to my boss what coreos was": a clause that
 * ends asking what a system is (the verb after the name, as a question set inside another).
 */
function endsAskingWhatSystemIs(
  tokens: readonly string[],
  clause: readonly number[],
  kinds: ReadonlyMap<number, "system" | "topic">,
): boolean {
  return tokens.some((token, i) => {
    if (!BEING_LAST.has(token) || clause[i + 1] === clause[i]) return false;
    let at = i - 1;
    if (kinds.get(at) !== "system") return false;
    while (kinds.get(at) === "system") at--;
    if (ARTICLES.has(tokens[at] ?? "")) at--;
    // "i know what coreos is, but how big is it?" asks what comes after.
    const askedAfter = tokens.slice(i + 1).some((t) => isContentWord(t) && t !== "help");
    return tokens[at] === "what" && clause[at] === clause[i] && !askedAfter;
  });
}
const BEING_LAST = new Set(["is", "was"]);

/** Whether the words at `at` ask only what a system is ("what is photon?", "tell me about it"). */
function namesOnlyWhatSystemIs(
  tokens: readonly string[],
  at: readonly number[],
  kinds: ReadonlyMap<number, "system" | "topic">,
): boolean {
  return (
    at.some((i) => kinds.get(i) === "system") &&
    at.some((i) => tokens[i] === "what" || tokens[i] === "whats" || tokens[i] === "tell") &&
    at.every((i) => kinds.get(i) === "system" || DEFINING_WORDS.has(tokens[i] as string))
  );
}

/**
 * "ARM builds available - RancherOS?", "density benchmark, rancheros vs coreos": a clause that
 * asks only by naming systems asks what the words before it say, so every word is asked.
 */
function askedByNaming(
  tokens: readonly string[],
  { emphasis, own, clause }: NormalisedQuestion,
  names: ReadonlySet<number>,
): number[] {
  // The asker's own scene that names no system ("we run centos 7. atomic or coreos?") stays one;
  // not "i'm pretty sure coreos does its updates with rpm-ostree, same as atomic. right?".
  const naming = new Set([...names].map((i) => clause[i]));
  const scene = (i: number) => own[i] === true && !naming.has(clause[i]);
  const asked = range(0, tokens.length).filter((i) => (emphasis[i] ?? 1) === 1);
  const onlyNames =
    asked.some((i) => names.has(i)) &&
    // "… on atomic what do I do instead?" is a question of its own.
    !asked.some((i) => ASKING_OPENERS.has(tokens[i] as string)) &&
    asked.every((i) => {
      const token = tokens[i] as string;
      return names.has(i) || !isContentWord(token) || COMMON_WORDS.has(token);
    });
  return onlyNames ? emphasis.map((said, i) => (scene(i) ? said : 1)) : emphasis;
}

/**
 * The words of "comparable" or "next to" that set systems side by side: with a system's name just
 * after them ("put those next to rancheros"), or closing a question that names another system than
 * the one in play ("(snappy's update model?) does atomic offer something comparable?"); not
 * "something comparable to yum", which sets yum beside it.
 */
function besideAName(
  tokens: string[],
  clause: readonly number[],
  kinds: ReadonlyMap<number, "system" | "topic">,
  systems: readonly string[],
  inPlay: readonly string[],
): number[] {
  const otherInPlay = systems.length > 0 && inPlay.some((id) => !systems.includes(id));
  const closes = (i: number) =>
    !tokens.some((t, j) => j > i && clause[j] === clause[i] && !STOPWORDS.has(t));
  return [...cuePositions(tokens, BEFORE_A_NAME_CUES)].filter(
    (i) =>
      range(i + 1, i + 1 + NAME_AFTER_CUE).some((j) => kinds.get(j) === "system") ||
      (otherInPlay && closes(i)),
  );
}

/**
 * How many words after either word of "comparable" or "next to" the system's name may come
 * ("comparable to coreos", "next to the rancheros one").
 */
const NAME_AFTER_CUE = 2;

/** How much a limit's nearby words count against the question's own ones. */
const NEARBY_SHARE = 0.5;

function systemPositions(kinds: Map<number, "system" | "topic">): Set<number> {
  return new Set([...kinds].flatMap(([i, kind]) => (kind === "system" ? [i] : [])));
}

/** Phrases that ask about every system ("kernel versions across the board"). */
const EVERY_SYSTEM_CUES: string[][] = [
  ["across", "the", "board"],
  ["of", "the", "bunch"],
  ["across", "all"],
  ["across", "them"],
  ["the", "whole", "lot"],
  ["whole", "table"],
  ["full", "table"],
  ["entire", "table"],
  ["the", "lot"],
  ["whole", "lineup"],
  ["full", "lineup"],
  ["entire", "lineup"],
  // "compare everything": every system on every row, not "everything runs in a container".
  ["compare", "everything"],
];

/**
 * "does it redownload the whole lot?": all of what "it" handles ("it", a verb, then "the whole
 * lot" or "the lot"), not every system; not "it's a lot to ask, compare the whole table".
 */
function itsWholeLot(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      t === "the" &&
      tokens[i - 2] === "it" &&
      (tokens[i + 1] === "lot" || (tokens[i + 1] === "whole" && tokens[i + 2] === "lot")),
  );
}

/** "across all the nodes", "across all machines": the machines of one system, not the systems. */
function acrossMachines(tokens: readonly string[]): boolean {
  return tokens.some((token, i) => {
    if (token !== "across" || tokens[i + 1] !== "all") return false;
    return MACHINES.has((tokens[i + 2] === "the" ? tokens[i + 3] : tokens[i + 2]) ?? "");
  });
}
const MACHINES = new Set(
  "node nodes machine machines server servers instance instances box boxes member members".split(
    " ",
  ),
);

/** Nouns that, said after a word, make it the name of a system ("ubuntu container os"). */
const SYSTEM_HEADS = new Set(["os", "one", "distro", "flavor", "flavour"]);

/** The noun at `at`, past a "container" before it: "container os" is an os. */
function kindNounAt(tokens: readonly string[], at: number): string | undefined {
  return tokens[at] === "container" ? tokens[at + 1] : tokens[at];
}

/** The one system whose facts own every word of tokens[start, end), when a system noun follows. */
function ownerBefore(
  tokens: readonly string[],
  start: number,
  end: number,
  facts: FactIndex,
): string | undefined {
  const head = kindNounAt(tokens, end);
  if (!SYSTEM_HEADS.has(head ?? "") && head !== "host") return undefined;
  const words = tokens.slice(start, end);
  // An everyday word ("free", "stable") is said of many things.
  if (words.some((t) => COMMON_WORDS.has(t))) return undefined;
  const owners = new Set(words.map((t) => facts.exactly(t)?.owner));
  const [owner] = owners;
  return owners.size === 1 ? owner : undefined;
}

/** What "the rest" did, said right after it: the rest of the systems. */
const REST_DID = new Set(
  "shipped ship ships use used uses have had has run ran runs do did does are were offer offered".split(
    " ",
  ),
);

/** "all", "every", "the others": every system; not "each other" or "where does it fit in all this". */
function namesAll(tokens: readonly string[], i: number): boolean {
  const [token, next] = [tokens[i] as string, tokens[i + 1]];
  if (!ALL_WORDS.has(token) || aPersonsView(tokens)) return false;
  // "why have two dockers at all?": in any way, not every system.
  if (token === "all" && tokens[i - 1] === "at") return false;
  // "virtualbox, that's all we have": all the asker has ("all you know" is the bot's systems).
  if (token === "all" && (next === "we" || next === "i")) return false;
  const at = next === "the" ? i + 2 : i + 1;
  const noun = tokens[at] ?? "";
  // "every node", "all the hosts", "every update", "each version", "each time": those things, not
  // the systems ("every container os" is).
  // "which docker version does each ship?", "which of the container oses ship docker 1.6": a verb
  // right after "each", "all" or "oses" is what the systems did.
  const did = token !== "every" && next === noun && REST_DID.has(noun);
  const thing =
    !did &&
    (isContentWord(noun) ||
      PERIODS.has(noun) ||
      (DOMAIN_WORDS.has(noun) && !SYSTEMS_ALL.has(noun)));
  // "the others, all xfs too?": "others" stands alone, no word after it is its noun.
  if (thing && token !== "others" && !CLASS_WORDS.has(tokens[at + 1] ?? "")) return false;
  // "all my containers", "every one of our hosts" are the asker's own.
  if (POSSESSIVES.has(next ?? "")) return false;
  // "our logins are all on one server": all of the things just named, not of the systems.
  if (token === "all" && afterItsThings(tokens, i)) return false;
  if (token === "each") return next !== "other";
  // "what is marathon in all of this?": in this context, not every system.
  const these = next === "of" ? tokens[i + 2] : next;
  return token !== "all" || (these !== "this" && these !== "that");
}

/**
 * "our office logins are all on one server": "all" after "are" whose subject is the asker's
 * ("our" or "my" before it, only nouns between); "the kernels are all on 3.x?" and "my notes say
 * the sizes are all …" still ask of the systems.
 */
function afterItsThings(tokens: readonly string[], i: number): boolean {
  const subject = tokens[i - 2] ?? "";
  return (
    BEING.has(tokens[i - 1] ?? "") &&
    isContentWord(subject) &&
    !DOMAIN_WORDS.has(subject) &&
    ownedBy(tokens, i - 2)
  );
}
/** "our office pc logins": a possessive of the asker's before the noun at `at`, only nouns between. */
function ownedBy(tokens: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const token = tokens[i] as string;
    if (FIRST_PERSON_POSSESSIVES.has(token)) return true;
    if (!isContentWord(token)) return false;
  }
  return false;
}
const FIRST_PERSON_POSSESSIVES = new Set(["our", "my"]);

/**
 * "is snappy really a container os?", "a true container distro": the kind of system, as what one
 * is. Not "i need a container os for my pi": after "a", only with "is" or a qualifier before it.
 */
function namesClass(tokens: readonly string[], i: number): boolean {
  if (tokens[i] !== "container" || !CLASS_NOUNS.has(tokens[i + 1] ?? "")) return false;
  const before = tokens[i - 1] ?? "";
  if (CLASS_QUALIFIERS.has(before)) return true;
  const prior = tokens[i - 2] ?? "";
  return INDEFINITE_ARTICLES.has(before) && (BEING.has(prior) || CLASS_QUALIFIERS.has(prior));
}
const CLASS_NOUNS = new Set([...CLASS_WORDS, "distro"]);
/** Words that ask whether a system truly is of its kind. */
const CLASS_QUALIFIERS = new Set(
  "real pure actual true proper really actually truly even isnt".split(" "),
);

/** What "the host" or "this box" may call the system in play. */
const HOSTS = new Set(["host", "hosts", "box", "machine"]);

/** Words that ask beyond what a source wrote ("the newest after the 0.23.0 inovex tested"). */
const LATER_THAN = new Set([
  "after",
  "since",
  "newer",
  "newest",
  "latest",
  "later",
  // "per hayden, is coreos still maintained today?": today's status, whoever is cited.
  "still",
  "today",
  "now",
  "nowadays",
  "currently",
  "anymore",
]);

/**
 * "which did hayden say to try if you wanted something usable right now?": what a source said
 * then ("hayden said", "did hayden say"), its "now" with it. Not "per hayden, is it maintained
 * today? my boss said it's dead": the verb must follow the source's name.
 */
function reportsWhatWasSaid(tokens: readonly string[], sourceAt: readonly number[]): boolean {
  return sourceAt.some((i) => tokens.slice(i + 1, i + 3).some((t) => SAYING.has(t)));
}
const SAYING = new Set(["say", "said", "says", "recommend", "recommended", "suggest", "suggested"]);

/** Where the asker corrects what they named ("no wait", "i meant", "sorry, the other one"); -1. */
function correctionAt(tokens: string[]): number {
  return Math.max(-1, ...cuePositions(tokens, CORRECTION_CUES));
}
const CORRECTION_CUES = [
  ["i", "meant"],
  ["i", "mean"],
  ["meant", "to", "say"],
  ["no", "wait"],
  ["scratch", "that"],
  ["the", "other", "one"],
];

/**
 * "switching to an older tree, does that need a reboot": "an older" thing is one thing described,
 * no system set against another ("which has a newer kernel?" still chooses).
 */
function describesOne(tokens: readonly string[], i: number): boolean {
  return (
    INDEFINITE_ARTICLES.has(tokens[i - 1] ?? "") &&
    isContentWord(tokens[i + 1] ?? "") &&
    !tokens.some((t) => CHOOSING_WORDS.has(t))
  );
}
/** Words that choose among the systems ("which one does more than just containers?"). */
const WHICH_WORDS = new Set(["which", "who", "whichever"]);
const CHOOSING_WORDS = new Set([...WHICH_WORDS, "than", ...VERSUS]);

/**
 * "more than one version", "less than 2 minutes", "can I at least use yum?": an amount or a hedge,
 * not a comparison of the systems; nor "…, or more than that?", "more than just containers" (but
 * "smaller than that" and "does rancheros have more than that?" set a system against the one just
 * said, and "which one does more than just containers?" chooses).
 */
function isAmount(tokens: readonly string[], i: number): boolean {
  if (tokens[i - 1] === "at") return true;
  // "a proper container os or more of a hybrid thing?", "… or more like a playtest copy?":
  // "rather", not a comparison; "which is more of a container os?" and "more of an enterprise os
  // than coreos?" still compare.
  if (
    HEDGED.has(tokens[i] ?? "") &&
    (tokens[i + 1] === "of" || tokens[i + 1] === "like") &&
    INDEFINITE_ARTICLES.has(tokens[i + 2] ?? "") &&
    !tokens.some((t) => WHICH_WORDS.has(t) || t === "than")
  )
    return true;
  const amount = tokens[i + 2] ?? "";
  return (
    tokens[i + 1] === "than" &&
    (COUNTS.has(amount) ||
      (tokens[i] === "more" &&
        (JUST.has(amount) || (SAID.has(amount) && tokens[i - 1] === "or")) &&
        !tokens.some((t) => WHICH_WORDS.has(t))) ||
      /^\d/.test(amount))
  );
}
const SAID = new Set(["that", "this"]);
const HEDGED = new Set(["more", "less"]);
const JUST = new Set(["just", "merely", "simply"]);
const COUNTS = new Set(["a", "an", "one", "two", "three", "four", "five", "ten", "few"]);

/** A number fused with its unit ("100mb"), and the unit. */
const FUSED_SIZE = /^\d+(?:\.\d+)?(kb|mb|gb|tb)$/;

/** A size: a number with its unit, fused or before it ("100mb", "50 megs"). */
function isSize(tokens: readonly string[], i: number): boolean {
  const token = tokens[i] as string;
  if (FUSED_SIZE.test(token)) return true;
  const next = tokens[i + 1] ?? "";
  return /^\d+(\.\d+)?$/.test(token) && SIZE_UNITS.has(next);
}
const SIZE_UNITS = new Set([
  "kb",
  "mb",
  "gb",
  "tb",
  "meg",
  "megs",
  "megabytes",
  "gig",
  "gigs",
  "gigabytes",
]);

/**
 * "filesystem per distro", "kernel by os": one row per system. Not "what is meant by system
 * docker?": the noun starts a compound the facts name.
 */
function perSystem(tokens: readonly string[], i: number, facts: FactIndex): boolean {
  const before = tokens[i - 1];
  const noun = tokens[i] as string;
  const next = tokens[i + 1];
  return (
    (before === "per" || before === "by") &&
    SYSTEM_NOUNS.has(noun) &&
    !(next && facts.compound(noun, next))
  );
}

/** Plural nouns for the kind of system, which alone can mean all of them ("compare the distros"). */
const KINDS_OF_SYSTEM = new Set(["distros", "oses"]);

/** Spans of time, which "each", "every" and "all" count ("all the time"), not systems. */
const PERIODS = new Set(["time", "times", "day", "days"]);

const SYSTEM_NOUNS = new Set(["distro", "os", "system", "platform"]);

/**
 * "which os ships it?", "which container os has flannel?", "which use systemd": the systems are
 * what is asked.
 */
export function asksWhichSystem(tokens: readonly string[]): boolean {
  return tokens.some((token, i) => {
    const next = kindNounAt(tokens, i + 1);
    // "which one has a gui at all": one of the systems, by what it has; not one of two things
    // just named ("system-docker or user docker, which one runs the console?").
    const between = tokens.slice(0, i).some((t) => t === "or" || VERSUS.has(t));
    const verb = ONES.has(next ?? "") && !between ? tokens[i + 2] : next;
    return token === "which" && (WHICH_SYSTEM.has(next ?? "") || HAVING.has(verb ?? ""));
  });
}
const WHICH_SYSTEM = new Set([...SYSTEM_NOUNS, ...KINDS_OF_SYSTEM, "systems"]);
const ONES = new Set(["one", "ones"]);
/**
 * Verbs after "which" (or "which one") whose subject can only be the systems ("which has no pkg
 * manager").
 */
export const HAVING = new Set(
  "has have use uses ship ships run runs need needs support supports bundle bundles include includes offer offers lacks lack".split(
    " ",
  ),
);

/** "the others", "the rest", "the other four": the systems besides one named. */
export function namesTheRest(tokens: readonly string[]): boolean {
  return tokens.includes("others") || tokens.some((_, i) => restOfThem(tokens, i));
}

/** "everyone else", "everybody else": the other systems. */
const EVERYONE = new Set(["everyone", "everybody"]);

/** "the rest of them", "and the rest?", "the other ones": every other system. */
function restOfThem(tokens: readonly string[], i: number): boolean {
  // The person's view is read only where the others are named: this runs for every word.
  return namesTheOthersAt(tokens, i) && !aPersonsView(tokens);
}

function namesTheOthersAt(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  // "what does everyone else use?"
  if (next === "else" && EVERYONE.has(tokens[i] as string)) return true;
  // "compared with the other four": however many the asker counts.
  if (tokens[i] === "other")
    return tokens[i - 1] === "the" && (OTHER_ONES.has(next ?? "") || OTHER_COUNTS.has(next ?? ""));
  // "newer than what the rest shipped?": what the rest of them did; "and the rest in that
  // table?": the others the source sets beside it; "rest of them?", typed without "the".
  return (
    tokens[i] === "rest" &&
    (tokens[i - 1] === "the" ||
      (next === "of" && THEM.has(tokens[i + 2] ?? "") && (i === 0 || tokens[i - 1] === "and"))) &&
    (next === undefined || next === "of" || next === "in" || REST_DID.has(next))
  );
}

const THEM = new Set(["them", "those", "these"]);

/**
 * "what did he think of the other container OSes?", "what did she say about the rest?": a
 * person's view of the others, asked of the system whose person said it, not of every system.
 */
const aPersonsView = (tokens: readonly string[]): boolean =>
  tokens.some(
    (t, i) =>
      PERSONS.has(t) &&
      ((OPINING.has(tokens[i + 1] ?? "") && OF_ABOUT.has(tokens[i + 2] ?? "")) ||
        CALLING.has(tokens[i + 1] ?? "")),
  ) && tokens.some((t) => OTHERS.has(t));
const PERSONS = new Set(["he", "she"]);
/** "what did he think of …", "what she said about …", "what he called …": a view held. */
const OPINING = new Set(["think", "thought", "thinks", "say", "said", "says", "feel", "felt"]);
const OF_ABOUT = new Set(["of", "about"]);
const CALLING = new Set(["call", "called", "calls"]);
const OTHERS = new Set(["other", "others", "rest"]);

/** Words after "all", "every", "each" that still mean the systems ("all systems", "each os"). */
const SYSTEMS_ALL = new Set([
  ...CLASS_WORDS,
  "system",
  "systems",
  "distro",
  "distros",
  "distribution",
  "distributions",
  "platform",
  "platforms",
  "them",
  "three",
  "four",
  "five",
  "six",
]);

/**
 * "rank the five by size", "across all 5 in the table": the number of systems the asker has in
 * mind, said after "all", "the", "these" or "those" (or "the" and a word: "the inovex five") and
 * before nothing that counts other things ("the two nodes").
 */
function countedSystems(tokens: readonly string[], clause: readonly number[]): number | undefined {
  for (const [i, token] of tokens.entries()) {
    const count = SYSTEM_COUNTS.get(token);
    const next = tokens[i + 1];
    if (
      count !== undefined &&
      // "the inovex five"
      (COUNTING.has(tokens[i - 1] ?? "") || tokens[i - 2] === "the") &&
      (next === undefined ||
        SYSTEMS_ALL.has(next) ||
        // "init system for all six? e.g. rancheros uses docker": examples of them follow, or the
        // clause ends ("update model for all six? coreos, atomic...").
        EXAMPLES_FOLLOW.has(next) ||
        clause[i + 1] !== clause[i] ||
        !(isContentWord(next) || PERIODS.has(next) || DOMAIN_WORDS.has(next)))
    ) {
      return count;
    }
  }
  return undefined;
}

export const SYSTEM_COUNTS = new Map(
  ["two", "three", "four", "five", "six"].flatMap((word, i) => [
    [word, i + 2],
    [String(i + 2), i + 2],
  ]),
);

const COUNTING = new Set(["all", "the", "these", "those"]);
const EXAMPLES_FOLLOW = new Set(["e.g", "eg", "i.e", "ie", "like", "such", "incl", "including"]);

const SAME_AS = new Set(["as", "like"]);

/**
 * "what is lotus in photon?": what is asked about is a word no fact, topic or system has, whatever
 * the system named.
 */
function unknownSubject(
  tokens: readonly string[],
  clause: readonly number[],
  unknownAt: ReadonlySet<number>,
  kinds: ReadonlyMap<number, "system" | "topic">,
): LimitHit | undefined {
  for (const [i, token] of tokens.entries()) {
    // "does either integrate with slurm?": what it is to work with is what is asked; "… work
    // with our wenco dispatch server": the asker's own product, named first.
    const joined = token === "with" && JOINING.has(tokens[i - 1] ?? "");
    const whose = joined && POSSESSIVES.has(tokens[i + 1] ?? "") ? 1 : 0;
    const word = tokens[i + 1 + whose];
    // "what about lotus, the thing vmware announced next to it?": the one thing asked about.
    const about = asksAboutAt(tokens, i);
    const last = clause[i + 2 + whose] !== clause[i + 1 + whose];
    if ((joined || about) && word && unknownAt.has(i + 1 + whose) && (last || whose > 0)) {
      // "our internal registry": the thing named, not only its first word ("our kafka cluster
      // yet": not the words after it).
      const start = i + 1 + whose;
      const end = tokens.findIndex(
        (t, j) =>
          j > start &&
          (j >= start + OWN_THING_TOKENS ||
            clause[j] !== clause[start] ||
            !isContentWord(t) ||
            kinds.get(j) === "system" ||
            NOT_OF_THE_THING.has(t)),
      );
      const named = tokens.slice(start, end < 0 ? tokens.length : end);
      return { id: "unknown-name", label: `anything about ${named.join(" ")}` };
    }
    if (token !== "what" && token !== "whats") continue;
    let at = i + 1;
    while (WHAT_IS_FILLERS.has(tokens[at] ?? "")) at++;
    // "what is lotus", not "what kinds of …" or "what decides …".
    const being =
      token === "whats" || tokens.slice(i + 1, at).some((t) => BEING.has(t) || t === "s");
    // "what is vmware's lotus project": the thing, after whose it is and before what kind it is.
    if (kinds.get(at) === "system" && KINDS_OF_THING.has(tokens[at + 2] ?? "")) at++;
    // "whats a kubernetes pod": the thing a known word only says whose it is, last in its clause.
    const head = at + 1;
    if (
      isContentWord(tokens[at] ?? "") &&
      kinds.get(at) !== "system" &&
      !unknownAt.has(at) &&
      unknownAt.has(head) &&
      clause[head] === clause[at] &&
      (head + 1 >= tokens.length || clause[head + 1] !== clause[head])
    )
      at = head;
    const thing = tokens[at];
    const next = KINDS_OF_THING.has(tokens[at + 1] ?? "") ? at + 2 : at + 1;
    // "whats lotus, is that part of photon?": the clause ends with the thing.
    const alone =
      next >= tokens.length ||
      clause[next] !== clause[at] ||
      kinds.get(next) === "system" ||
      PLACING.has(tokens[next] ?? "");
    if (thing && being && unknownAt.has(at) && alone) {
      return { id: "unknown-name", label: `anything about ${thing}` };
    }
  }
  return undefined;
}

/** "why do the sources disagree on that?", "source?": what was just said, questioned. */
function questionsWhatWasSaid(tokens: readonly string[]): "agreement" | "source" | undefined {
  const said = (t: string) => WHY_WORDS.has(t) || SAID_THINGS.has(t);
  if (tokens.some((t) => DISAGREEING.has(t)) && tokens.every((t) => said(t) || DISAGREEING.has(t)))
    return "agreement";
  if (
    tokens.some((t) => EVIDENCE.has(t)) &&
    tokens.every((t) => said(t) || EVIDENCE.has(t) || SOURCE_ASKING.has(t))
  )
    return "source";
  return undefined;
}

/** Words that ask for the evidence of what was said. */
const EVIDENCE = new Set(
  "source sources citation citations cite proof prove evidence link reference article".split(" "),
);

/** Words around a request for evidence ("where did you get that from?", "says who?"). */
const SOURCE_ASKING = new Set(
  "which where who says said read get got from pls please me show your whats what a".split(" "),
);

/** Words that say what was just said does not agree with itself. */
const DISAGREEING = new Set(
  "disagree disagrees differ differs different mismatch discrepancy inconsistent conflict conflicting contradict contradicts".split(
    " ",
  ),
);

/** What was just said, as a follow-up points at it ("the numbers", "the two sources"). */
const SAID_THINGS = new Set(
  "numbers figures sources articles values sizes two both these those they them there on between".split(
    " ",
  ),
);

/** What a word of the asker's own practice counts toward the facts, against one asked. */
const YARDSTICK_SHARE = 0.5;

/**
 * Whether a word is of the asker's own practice offered as a yardstick ("… like we do the rhel
 * office boxes"), not of a likeness asked about ("is it like a mini ubuntu?").
 */
function ownPracticeAt(analogy: readonly boolean[], tokens: readonly string[], i: number): boolean {
  if (!analogy[i]) return false;
  let start = i;
  while (start > 0 && analogy[start - 1]) start--;
  return ASKERS_OWN.has(tokens[start] ?? "");
}

/** Times of the day, the week and the year: when the asker's story happens. */
const TIMES_OF = new Set(
  (
    "morning mornings afternoon afternoons evening evenings midday noon midnight overnight " +
    "weekend weekends weekday weekdays monday tuesday wednesday thursday friday saturday sunday " +
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays summer winter spring autumn " +
    "christmas easter holiday holidays mid " +
    // "we want to use tectonic eventually": when the asker's plan happens.
    "eventually afterwards afterward"
  ).split(" "),
);

/** A comparative or superlative of an "-y" adjective ("friendlier", "trickiest"). */
const GRADED = /^[a-z]{3,}i(?:er|est)$/;

const EACH_ONE = new Set(["each", "all", "every"]);
/** "how do i ask you about every container os you cover?" asks how to use the bot. */
const ASKING_THE_BOT = new Set(["ask", "can", "use", "help"]);

/**
 * People an answer may be pitched at and the write-ups it goes into ("for the market research
 * memo"), as the facts never name them.
 */
const PITCHED_AT = new Set(
  [
    "memo",
    "infographic",
    "deck",
    "newsletter",
    "presentation",
    "spreadsheet",
    "handout",
    "whitepaper",
    "runbook",
    "readme",
    "sysadmin",
    "reader",
    "student",
    "newbie",
    "noob",
    "junior",
    "intern",
    "executive",
    "auditor",
    "journalist",
    "audience",
    "nontechnical",
    "layperson",
    "laypeople",
    "analyst",
    "dev",
    "staff",
    "ticket",
    "exec",
    "manager",
    "colleague",
    "coworker",
    "teammate",
    "person",
  ].flatMap((word) => [word, `${word}s`]),
);

/** "what about", "how about" at `i` ("about"): asking of the thing named next. */
export function asksAboutAt(tokens: readonly string[], i: number): boolean {
  return tokens[i] === "about" && ABOUT_ASKERS.has(tokens[i - 1] ?? "");
}
const ABOUT_ASKERS = new Set(["what", "how"]);

/** Verbs of working together, before "with" and what a system would work with. */
const JOINING = new Set(
  "integrate integrates integrated integration work works play plays interoperate interoperates talk talks".split(
    " ",
  ),
);

/** The most words of the asker's own thing a reply names ("our wenco dispatch server"). */
const OWN_THING_TOKENS = 3;

/** Whether a system is named after the first asking word. */
function namedAfter(
  tokens: readonly string[],
  kinds: ReadonlyMap<number, "system" | "topic">,
): boolean {
  const askAt = tokens.findIndex((t) => ASKING_OPENERS.has(t));
  return askAt >= 0 && tokens.some((_, i) => i > askAt && kinds.get(i) === "system");
}

/** Content words after a thing that say no more of it ("our kafka cluster yet"). */
const NOT_OF_THE_THING = new Set(["yet", "too", "also", "running", "now", "today"]);

/** Words that point at the system in play ("does it do hadoop like coreos?"). */
const IT_WORDS = new Set(["it", "its", "that"]);

/** Words after the thing "what is" asks about that say where it is ("lotus in photon"). */
const PLACING = new Set(["in", "on", "for", "from", "with", "and"]);

/** "oldest first", "newest to oldest": an age word that puts things in order. */
const ORDER_WORDS = new Set(["first", "last", "to"]);

const OTHER_ONES = new Set(["ones", "os", "oses", "distros", "systems", "platforms"]);
const OTHER_COUNTS = new Set(["three", "four", "five", "3", "4", "5"]);

/** "which of the inovex five", "which of the 2015 six": among the systems, however named. */
function ofTheCounted(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      t === "which" &&
      tokens[i + 1] === "of" &&
      tokens[i + 2] === "the" &&
      SYSTEM_COUNTS.has(tokens[i + 4] ?? ""),
  );
}

/** Words after a system's name that make it the asker's background ("a vmware guy"). */
const AUDIENCE = new Set([
  "guy",
  "guys",
  "person",
  "people",
  "folks",
  "admin",
  "admins",
  "administrator",
  "administrators",
  "shop",
  "shops",
  "background",
  "veteran",
  "veterans",
  "crowd",
]);

/**
 * "to a vmware guy", "in vmware-admin terms": the asker's background, not the team behind the
 * system ("the coreos folks").
 */
function isAudience(tokens: readonly string[], start: number, end: number): boolean {
  if (!AUDIENCE.has(tokens[end] ?? "")) return false;
  return ["a", "an"].includes(tokens[start - 1] ?? "") || AS_SEEN_BY.has(tokens[end + 1] ?? "");
}

const AS_SEEN_BY = new Set(["terms", "speak", "perspective", "eyes", "view"]);

/** Words before a system's name that make it a yardstick, not a subject ("like coreos"). */
const YARDSTICKS: string[][] = [["like"], ["unlike"], ["similar", "to"], ["same", "as"]];

function isYardstick(tokens: string[], start: number): boolean {
  // "same as the coreos toolbox": an article may stand between.
  const at = ARTICLES.has(tokens[start - 1] ?? "") ? start - 1 : start;
  return YARDSTICKS.some((cue) => startsRun(tokens, at - cue.length, cue));
}

/** Words people open a turn with before what they ask ("ok", "cool", "thanks"). */
const TALK_WORDS = new Set([
  "ok",
  "okay",
  "so",
  "hmm",
  "oh",
  "well",
  "cool",
  "thanks",
  "great",
  "nice",
  "right",
]);

/**
 * The commands the asking clause quotes ("how do I use `ros config set`?"), not those of the scene
 * ("I `fleetctl submit`ted a unit with a typo, now …"); named without quotes, not a system and its
 * tool ("the coreos toolbox command").
 */
function askedCommands(
  raw: string,
  tokens: readonly string[],
  emphasis: readonly number[],
  kinds: ReadonlyMap<number, "system" | "topic">,
): string[][] {
  return quotedCommands(raw.slice(0, MAX_QUESTION_CHARS)).flatMap(({ tokens: words, quoted }) => {
    const at = tokens.findIndex((_, i) => startsRun(tokens, i, words));
    // "the ros config command on rancheros": a system's short name is its command's too, where
    // the system is named besides.
    const namedBesides = [...kinds].some(([i, kind]) => kind === "system" && i !== at);
    const asked =
      at >= 0 && (emphasis[at] ?? 1) === 1 && (quoted || !kinds.has(at) || namedBesides);
    return asked ? [words] : [];
  });
}

/**
 * "why would I pick it over coreos?", "prefer atomic over photon": a choice between two, as
 * surely as "vs". Not "over ssh", "over time": a system follows "over".
 */
function preferredOver(
  tokens: readonly string[],
  kinds: ReadonlyMap<number, "system" | "topic">,
): number[] {
  const at = tokens.findIndex((token, i) => token === "over" && kinds.get(i + 1) === "system");
  return at > 0 && tokens.slice(0, at).some((token) => PREFERRING.has(token)) ? [at] : [];
}
const PREFERRING = new Set(
  `pick picking choose choosing chose prefer preferring go take taking recommend favor favour
  use`.split(/\s+/),
);

/** "which would you pick for a bank?", "which of the two do you recommend": a choice asked. */
function recommendingAt(tokens: readonly string[]): number[] {
  const which = tokens.indexOf("which");
  if (which < 0) return [];
  const at = tokens.findIndex((token, i) => i > which && RECOMMENDING.has(token));
  return at < 0 ? [] : [at];
}
const RECOMMENDING = new Set(["pick", "choose", "recommend", "suggest", "advise"]);

/** "in the comparison", "inovex's comparison": the article's table, named as a source. */
function citesComparison(tokens: readonly string[], i: number): boolean {
  return (
    (tokens[i] === "comparison" || tokens[i] === "comparisons") &&
    ARTICLE_POINTERS.has(tokens[i - 1] ?? "")
  );
}

const ARTICLE_POINTERS = new Set([
  "the",
  "that",
  "this",
  "those",
  "these",
  "inovex",
  "their",
  "2015",
]);

/** "who has to fix the load balancer?" asks who must, not which system has something. */
const mustDo = (tokens: readonly string[], i: number): boolean =>
  (tokens[i] === "has" || tokens[i] === "have") && tokens[i + 1] === "to";

/**
 * Where a noun asks what something is for ("the purpose of fleetctl", "what role does etcd
 * play", "rpm-ostree-toolbox — purpose?"), if the question names that something.
 */
export function purposePositions(tokens: readonly string[]): number[] {
  const asking = tokens.flatMap((token, i) =>
    PURPOSE_NOUNS.has(token) &&
    (PURPOSE_OPENERS.has(tokens[i - 1] ?? "") || i === tokens.length - 1 || tokens[i + 1] === "of")
      ? [i]
      : [],
  );
  return ifSubjectRemains(tokens, asking);
}

/** Verbs a runbook's task opens with ("check if selinux is on", "note the kernel version"). */
const TASK_VERBS = new Set([
  "check",
  "verify",
  "confirm",
  "note",
  "list",
  "document",
  "record",
  "determine",
  "establish",
  "find",
  "write",
]);

/** Words a task's verb may follow ("pls check", "then verify"). */
const TASK_LEADS = new Set([
  "please",
  "pls",
  "plz",
  "then",
  "also",
  "now",
  "and",
  "ok",
  "so",
  "to",
]);

/**
 * "check if selinux is available on coreos": a task opened with its verb asks what follows; the
 * verb is wording, not a subject ("check" would find the facts about integrity checks).
 */
function taskPositions(tokens: readonly string[]): number[] {
  const verbs = tokens.flatMap((token, i) =>
    TASK_VERBS.has(token) && (i === 0 || TASK_LEADS.has(tokens[i - 1] ?? "")) ? [i] : [],
  );
  return ifSubjectRemains(tokens, verbs);
}

/** `wording`, when some content word is left beside it to be the subject; else none ("purpose?"). */
function ifSubjectRemains(tokens: readonly string[], wording: number[]): number[] {
  const subject = tokens.some((token, i) => isContentWord(token) && !wording.includes(i));
  return subject ? wording : [];
}

/** Positions of the tokens that make up cues ("stack up", "lay of the land"): wording, not subject. */
function cuePositions(tokens: string[], cues: readonly string[][]): Set<number> {
  const positions = new Set<number>();
  for (const cue of cues) {
    for (let start = 0; start + cue.length <= tokens.length; start++) {
      if (!startsRun(tokens, start, cue) || mustDo(tokens, start + cue.length - 1)) continue;
      for (let k = 0; k < cue.length; k++) positions.add(start + k);
    }
  }
  return positions;
}

/**
 * "new here - how do i use this thing?": a question about the bot itself, naming no system, where
 * every content word is in such a cue.
 */
function asksHowToUse(
  tokens: string[],
  systems: number,
  topics: number,
  emphasis: number[],
): boolean {
  if (systems > 0) return false;
  // "what do your sources say is the smallest?" asks what they say, not what they are: not the
  // cue "your sources" where its sources are quoted.
  const cues = new Set([
    ...[...cuePositions(tokens, HOW_TO_USE_CUES)].filter(
      (i) => !quotesTheSources(tokens, OWN_KNOWLEDGE.has(tokens[i] as string) ? i : i + 1),
    ),
    ...puttingAQuestion(tokens),
  ]);
  // "just joined - what is this bot for?", "you are bot for what?": the bot named, and no topic.
  if (topics === 0 && tokens.some((_, i) => namesTheBot(tokens, i) && (emphasis[i] ?? 1) === 1))
    return true;
  const addressed = tokens.some((t) => ADDRESSEES.has(t));
  // "how do i use this bot for audit prep?": how to use it, whatever it is used for.
  if (addressed && [...cues].some((i) => tokens[i] === "use")) return true;
  // "what you can do?", "you can help me how?": the cue's words in another order.
  // Not "what do your sources say is the smallest?": "your" says whose, not who does.
  const reordered =
    tokens.some((t) => ADDRESSEES.has(t) && t !== "your") && tokens.some((t) => ABILITY.has(t));
  // "what can you even do besides regurgitate hype?": what the bot is said to do instead.
  const besides = tokens.indexOf("besides");
  return (
    (cues.size > 0 || reordered) &&
    tokens.every(
      (t, i) =>
        // The scene set before it ("first week here, …") is not what is asked.
        (emphasis[i] ?? 1) < 1 ||
        (besides >= 0 && i > besides) ||
        cues.has(i) ||
        HELP_WORDS.has(t) ||
        COMMON_WORDS.has(t) ||
        !isContentWord(t),
    )
  );
}

/**
 * "what kinds of things can you actually answer?", "is this the bot for container OS questions?":
 * the asking clause speaks to the bot about what it answers, in words that name nothing it knows.
 */
function asksWhatTheBotDoes(tokens: string[], emphasis: number[]): boolean {
  const asked = tokens.filter((_, i) => (emphasis[i] ?? 1) === 1);
  // Not "what does your source say is the smallest?": what the sources say is asked.
  const capability = tokens.some(
    (t, i) => (emphasis[i] ?? 1) === 1 && CAPABILITIES.has(t) && !saysOfTheSystems(tokens, i + 1),
  );
  return (
    asked.some((t) => ADDRESSEES.has(t)) &&
    capability &&
    asked.every(
      (t) =>
        !isContentWord(t) ||
        // "sorts", "kinds": a plural of a word of the question's own.
        !isContentWord(t.replace(/s$/, "")) ||
        HELP_WORDS.has(t) ||
        CAPABILITIES.has(t) ||
        ADDRESSEES.has(t) ||
        COMMON_WORDS.has(t) ||
        COMMON_WORDS.has(t.replace(/s$/, "")) ||
        CLASS_WORDS.has(t) ||
        COMPARE_WORDS.has(t) ||
        WHAT_THE_BOT_IS.has(t),
    )
  );
}

/**
 * "what kind of sizing questions can i ask you?", "what kinds of questions should i bring here",
 * "what sort of things can i check with you", "what matters are you able to advise on": what to
 * ask the bot, whatever the subject named.
 */
function asksWhatToAsk(tokens: string[]): boolean {
  return (
    ((tokens.some((t) => THINGS_ASKED.has(t)) && tokens.some((t) => ASKING_VERBS.has(t))) ||
      (tokens.some((t) => SUBJECTS_ADVISED.has(t)) && tokens.some((t) => ADVISING.has(t)))) &&
    tokens.some((t) => ADDRESSEES.has(t) || t === "here")
  );
}
const THINGS_ASKED = new Set(["questions", "question", "things", "stuff"]);

/**
 * "do i just type my question about coreos or whichever?": every system named as what a question
 * might be about, none asked about.
 */
function namedAsExamples(tokens: readonly string[], namedAt: Map<string, number[]>): boolean {
  const names = [...namedAt.values()];
  return (
    names.length > 0 &&
    names.every((at) => {
      const [start, end] = [at[0] as number, (at[at.length - 1] as number) + 1];
      const [next, then] = [tokens[end] ?? "", tokens[end + 1] ?? ""];
      return (
        (tokens[start - 1] === "about" && QUESTION_NOUNS.has(tokens[start - 2] ?? "")) ||
        // "type stuff about like coreos or whatever", "a question about coreos n that"
        (next === "or" && VAGUE_ONES.has(then)) ||
        ((next === "n" || next === "and") && (then === "that" || then === "stuff"))
      );
    })
  );
}
const QUESTION_NOUNS = new Set(["question", "questions"]);

/**
 * "how should i word my questions?", "do i just type a question about coreos?": the positions of
 * a verb of putting a question and the question it puts.
 */
function puttingAQuestion(tokens: readonly string[]): number[] {
  return tokens.flatMap((t, i) => {
    if (!PUTTING.has(t)) return [];
    // "do i type stuff about like coreos or whatever?": what is typed to the bot.
    const noun = [i + 1, i + 2].find((at) => THINGS_ASKED.has(tokens[at] ?? ""));
    return noun === undefined ? [] : range(i, noun + 1);
  });
}
const PUTTING = new Set(["word", "phrase", "type", "format", "write", "put"]);
const VAGUE_ONES = new Set(["whatever", "whichever", "something", "so"]);

/**
 * asksHowToUse, with the systems named as examples ("do i just type a question about coreos n
 * that?") left out: they are not what is asked.
 */
function asksHowToUseWith(
  tokens: string[],
  emphasis: number[],
  namedAt: Map<string, number[]>,
  systems: number,
  topics: number,
): boolean {
  if (!namedAsExamples(tokens, namedAt)) return asksHowToUse(tokens, systems, topics, emphasis);
  const examples = new Set([...namedAt.values()].flat());
  const kept = range(0, tokens.length).filter((i) => !examples.has(i));
  const at = (i: number) => tokens[i] as string;
  return asksHowToUse(
    kept.map(at),
    0,
    topics,
    kept.map((i) => emphasis[i] ?? 1),
  );
}

/** "what kind of questions do you take", "what sorts of things can u answer": of the bot. */
function asksWhatKindToAsk(tokens: readonly string[]): boolean {
  const asked = tokens.find(
    (t, i) =>
      THINGS_ASKED.has(t) &&
      ((KINDS.has(tokens[i - 2] ?? "") && tokens[i - 1] === "of") ||
        KIND_OF.has(tokens[i - 1] ?? "")),
  );
  if (!asked || !tokens.some((t) => ADDRESSEES.has(t))) return false;
  // Not "what sort of things can you do with fleet?": what fleet does.
  const question = QUESTION_NOUNS.has(asked);
  // Not "what sort of things can you check with cockpit?": only asking and answering are the bot's.
  // The asker asks ("can i ask u"), the bot takes or answers ("do u take"); not "what kinda
  // questions does the atomic installer ask you?".
  const asking = question ? ASKING_VERBS : ASKING;
  const answering = question ? TAKING : ANSWERING;
  // "can i ask", "i can ask you", "we could ask".
  const asker = (i: number) =>
    ASKERS_OF_THE_BOT.has(tokens[i - 1] ?? "") ||
    (MODALS.has(tokens[i - 1] ?? "") && ASKERS_OF_THE_BOT.has(tokens[i - 2] ?? ""));
  return tokens.some(
    (t, i) =>
      (asking.has(t) && asker(i)) || (answering.has(t) && ADDRESSEES.has(tokens[i - 1] ?? "")),
  );
}
const ASKERS_OF_THE_BOT = new Set(["i", "we"]);
/** Not "should": "what questions should we ask when choosing …" asks for advice. */
const MODALS = new Set(["can", "could", "may"]);
const ASKING = new Set(["ask"]);
const KINDS = new Set(["kind", "kinds", "sort", "sorts", "type", "types"]);
/** "what kinda stuff can i ask u?", as typed. */
const KIND_OF = new Set(["kinda", "sorta"]);
const TAKING = new Set(["take", "handle", "cover", "field", "answer"]);
const ANSWERING = new Set(["answer"]);
const ASKING_VERBS = new Set([
  "ask",
  "bring",
  "phrase",
  "send",
  "post",
  "check",
  "answer",
  "throw",
  "feed",
]);
/** Not "which os would you advise for iot stuff?": the subjects the bot advises on. */
const SUBJECTS_ADVISED = new Set(["matters", "topics", "subjects", "questions"]);
const ADVISING = new Set(["advise", "answer"]);

/** "are you a real person or a bot?", "a general chatbot?": what the bot is, asked of it. */
const WHAT_THE_BOT_IS = new Set(["real", "person", "human", "chatbot", "robot", "ai", "general"]);

/** The token positions of each clause, in order. */
function clausesOf(clause: readonly number[]): number[][] {
  const byClause = new Map<number, number[]>();
  for (const [i, id] of clause.entries()) {
    const positions = byClause.get(id) ?? [];
    positions.push(i);
    byClause.set(id, positions);
  }
  return [...byClause.values()];
}

/**
 * "this bot", "you are bot for what?", "are you a discord bot?"; not "our discord bot", "a bot in
 * kubernetes": the asker's.
 */
function namesTheBot(tokens: readonly string[], i: number): boolean {
  return (
    tokens[i] === "bot" &&
    (!SOMEONE_ELSES_BOT.has(tokens[i - 1] ?? "") || tokens.some((t) => THIS_BOT.has(t)))
  );
}
const THIS_BOT = new Set(["you", "u", "this"]);
const SOMEONE_ELSES_BOT = new Set(
  "a an our my their discord slack telegram chat irc teams matrix twitter".split(" "),
);

/**
 * "how current is your info?", "what sources are your answers based on?": the bot's own knowledge,
 * whatever topic words come with it, is what the help text describes.
 */
function asksAboutItsKnowledge(tokens: string[]): boolean {
  // "what is this bot for and what sources does it pull from?": "it" is the bot.
  const ofTheBot = tokens.includes("bot");
  return tokens.some(
    (t, i) =>
      // "is your info current?", "is this info up to date?", "which OSes are on your list"; not
      // "which ones do your sources say are production ready?", which asks what they say.
      (OWN_KNOWLEDGE_OF.has(t) &&
        OWN_KNOWLEDGE.has(tokens[i + 1] ?? "") &&
        !saysOfTheSystems(tokens, i + 2)) ||
      (t === "your" && tokens[i + 1] === "list") ||
      (ofTheBot && OWN_KNOWLEDGE.has(t)) ||
      // "what sources do you draw on?", "which articles are you based on?"
      (OWN_KNOWLEDGE.has(t) &&
        (tokens[i - 1] === "what" || tokens[i - 1] === "which") &&
        tokens.slice(i + 1, i + 3).includes("you")),
  );
}

const OWN_KNOWLEDGE_OF = new Set(["your", "this", "these"]);
/** What sources do with what they hold: "do your sources say which is best?". */
const SOURCES_SAYING_WORDS = ["say", "says", "said", "claim", "claims", "mention", "mentions"];
const SOURCES_SAYING = new Set(SOURCES_SAYING_WORDS);
/** What an article does with what it holds: "what did infoq write about atomic?". */
const ARTICLES_TELLING = new Set([
  ...SOURCES_SAYING_WORDS,
  "write",
  "writes",
  "wrote",
  "written",
  "cover",
  "covers",
  "covered",
  "think",
  "thinks",
  "thought",
]);

/**
 * "do your sources say which is best?": what the sources say of the systems, at `at` (a saying
 * verb). Not "do your sources say how old they are?", nor "… which systems you know about?".
 */
function saysOfTheSystems(tokens: readonly string[], at: number): boolean {
  return (
    SOURCES_SAYING.has(tokens[at] ?? "") &&
    !tokens.slice(at + 1).some((t) => ADDRESSEES.has(t) || THE_SOURCES_AGAIN.has(t))
  );
}
const THE_SOURCES_AGAIN = new Set(["they", "them", "their", "themselves"]);

/** "your sources say which is best": a word of the bot's knowledge at `at`, then what it says. */
function quotesTheSources(tokens: readonly string[], at: number): boolean {
  return OWN_KNOWLEDGE.has(tokens[at] ?? "") && saysOfTheSystems(tokens, at + 1);
}

/** What the bot answers from. */
const OWN_KNOWLEDGE = new Set([
  "info",
  "information",
  "source",
  "sources",
  "data",
  "answers",
  "knowledge",
  "facts",
  "articles",
]);

/** "when did red hat launch atomic?", not "when a node fails, …": "when" asking about a past event. */
function asksWhen(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => {
    // "how new is project atomic?", "how old is coreos": its age, so when it began.
    if (t === "how" && AGES.has(tokens[i + 1] ?? "") && BEING.has(tokens[i + 2] ?? "")) return true;
    // "how long has coreos been around?", "how long ago": since when.
    if (t === "how" && tokens[i + 1] === "long" && SINCE.has(tokens[i + 2] ?? "")) return true;
    if (t !== "when") return false;
    // "since when does coreos exist?" asks when it began.
    if (tokens[i - 1] === "since") return true;
    // "when dcos was open sourced": the subject before the verb, and no question after it
    // ("when coreos was updated, did my containers restart?" is a condition).
    const verb = [i + 2, i + 3].find((at) => PAST.has(tokens[at] ?? ""));
    if (i === 0 && verb !== undefined && !tokens.slice(verb + 1).some((w) => ASKED_AFTER.has(w)))
      return true;
    // "when exactly did it kick off?"
    const next = tokens[i + (ROUGHLY.has(tokens[i + 1] ?? "") ? 2 : 1)];
    return next === undefined || PAST.has(next);
  });
}

/**
 * "where would i get gcc on coreos?", "how do i get python on it": a way to get a thing. Not
 * "how do i get in" or "how do we get it onto the machines": getting there, or getting it done.
 */
function asksWay(tokens: readonly string[]): boolean {
  // "is there a supported way …", "any way to …": how it is done, which a fact's means say.
  if (tokens.some((t, i) => t === "way" && WAY_KINDS.has(tokens[i - 1] ?? ""))) return true;
  // "no python, no perl: how am i supposed to debug anything?": a way around what is missing. Not
  // "how am i supposed to run containers on coreos", which asks how it is done at all.
  if (
    tokens.some((t) => LACKING.has(t)) &&
    tokens.some(
      (t, i) =>
        SUPPOSED.has(t) &&
        tokens[i + 1] === "to" &&
        tokens.slice(Math.max(0, i - 5), i).includes("how"),
    )
  )
    return true;
  return tokens.some((t, i) => {
    if (!GETTING.has(t)) return false;
    const asking = tokens.slice(Math.max(0, i - 5), i);
    if (asking.includes("where")) return true;
    return (
      asking.includes("how") &&
      SUBJECTS_OF_GETTING.has(tokens[i - 1] ?? "") &&
      !NOT_A_THING.has(tokens[i + 1] ?? "")
    );
  });
}
const GETTING = new Set(["get", "obtain", "grab", "find"]);

/**
 * "what is etcd used for?", "what would we actually use it for": what a thing is for, which a
 * fact's wording shows ("handy for storing", "used for service discovery").
 */
function asksPurpose(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      USING.has(t) &&
      tokens.slice(Math.max(0, i - 6), i).includes("what") &&
      tokens
        .slice(i + 1, i + 4)
        .some(
          (w, j) =>
            w === "for" &&
            tokens
              .slice(i + 2 + j)
              .every((after) => !isContentWord(after) || IN_PRACTICE.has(after)),
        ),
  );
}
const USING = new Set(["use", "used", "using"]);
/** "… use it for in practice / in real life / day to day": no thing it is used for. */
const IN_PRACTICE = new Set(["practice", "real", "life", "world", "day", "daily", "production"]);
const SUPPOSED = new Set(["supposed", "meant", "expected"]);
export const LACKING = new Set(["no", "without", "lacks", "lacking", "missing"]);
const WAY_KINDS = new Set([
  "a",
  "any",
  "supported",
  "official",
  "proper",
  "recommended",
  "sanctioned",
]);

/**
 * "what can I do with fleetctl?", "what does fleetctl let me do", "cloud-config, what can it do":
 * what a thing makes possible, which a fact's wording shows ("you can add new units").
 */
function asksAbility(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => {
    if (t !== "do" || !tokens.slice(Math.max(0, i - 5), i).includes("what")) return false;
    const before = tokens.slice(Math.max(0, i - 4), i);
    return before.some((w) => ABLE_WORDS.has(w));
  });
}
const ABLE_WORDS = new Set(["can", "could", "let", "lets", "allow", "allows"]);

/** A plural noun's ending: not "-ss" ("access") nor "-us" ("status"). */
const PLURAL = /[^su]s$/;
const DOING = new Set(["does", "do", "did"]);
const LISTING = new Set(
  "launch launches run runs start starts manage manages contain contains include includes bundle bundles".split(
    " ",
  ),
);
const INSIDE = new Set(["inside", "within"]);
/** What follows a plural noun that a question asks about ("which tools come", "what services does"). */
const THEN_ASKED = new Set([...AUXILIARIES, ..."come comes came ship ships run runs".split(" ")]);

/**
 * "what system services does rancheros run?", "which tools come bundled with coreos?": things of a
 * kind, which a fact names by example ("such as udev, DHCP and the console").
 */
function asksExamples(
  tokens: readonly string[],
  kinds: ReadonlyMap<number, "system" | "topic">,
): boolean {
  // A plural noun of a kind of thing: "services", "tools"; not "systems" nor a system's name.
  const kindOfThing = (at: number) => {
    const word = tokens[at] ?? "";
    return (
      kinds.get(at) === undefined &&
      isContentWord(word) &&
      word.length >= 5 &&
      PLURAL.test(word) &&
      !SYSTEMS_ALL.has(word)
    );
  };
  return tokens.some((t, i) => {
    if (t !== "what" && t !== "which") return false;
    // "what does system docker launch?": what it runs, by name.
    if (DOING.has(tokens[i + 1] ?? "") && tokens.slice(i + 2).some((w) => LISTING.has(w)))
      return true;
    // "what runs inside it?": what it holds, by name.
    if (LISTING.has(tokens[i + 1] ?? "") && INSIDE.has(tokens[i + 2] ?? "")) return true;
    // "which of the system services run as containers?": some of a kind of thing, by name.
    if (tokens[i + 1] === "of") return [i + 2, i + 3, i + 4].some(kindOfThing);
    // "which tools come …", "what services does …": a noun, then what it does or is asked.
    // Not a verb: "what happens to", "what makes atomic".
    return [i + 1, i + 2].some((at) => kindOfThing(at) && THEN_ASKED.has(tokens[at + 1] ?? ""));
  });
}
// "how am i supposed to get python", "how to get gcc": the getting itself, whoever gets it.
const SUBJECTS_OF_GETTING = new Set([...DOERS, "people", "ppl", "to"]);
const NOT_A_THING = new Set(["in", "into", "onto", "on", "it", "them", "a", "there", "to", "out"]);

/**
 * "where does that tool come from?", "which project did it come out of?", "where did it originate":
 * asks where something came from, which a fact's wording shows ("taken from", "based on").
 */
function originPositions(tokens: readonly string[]): number[] {
  const where = tokens.indexOf("where");
  return tokens.flatMap((t, i) => {
    if (/^(?:originat|origins?$|originally$)/.test(t)) return [i];
    // "what distro is it based on?", "what was it derived from": what it is made from.
    if (
      BASED.has(t) &&
      BASED_ON.has(tokens[i + 1] ?? "") &&
      POINTING_WORDS.has(tokens[i - 1] ?? "")
    )
      return [i, i + 1];
    if (!COMING.has(t)) return [];
    if (tokens[i + 1] === "from" && where >= 0 && where < i) return [i, i + 1];
    return tokens[i + 1] === "out" && tokens[i + 2] === "of" ? [i, i + 1, i + 2] : [];
  });
}
const COMING = new Set(["come", "comes", "came", "coming"]);
const BASED = new Set(["based", "built", "derived"]);
const BASED_ON = new Set(["on", "off", "from"]);

/** Words that ask a question; any but the cue's own ("why", "when") asks something besides it. */
const QUESTION_WORDS = new Set(["who", "what", "which", "where", "why", "when"]);

/**
 * "how many docker daemons", "how big is the image": the words that ask a count or a measure, to
 * say which one the sources lack.
 */
export function amountAsked(tokens: readonly string[]): string | undefined {
  const at = tokens.findIndex((t, i) => t === "how" && MEASURES.has(tokens[i + 1] ?? ""));
  if (at >= 0) return `how ${tokens[at + 1]}`;
  // "the kernel number on that one?", "what figure did they give?": a figure, by name (not
  // "figure out", "number crunching", nor "on a number of servers", some); "began in early
  // 2013, is that the number?" checks the one it gives.
  return tokens.find(
    (t, i) =>
      FIGURES.has(t) &&
      i > 0 &&
      !NO_FIGURE_AFTER.has(tokens[i + 1] ?? "") &&
      !IDENTIFIERS.has(tokens[i - 1] as string) &&
      !(tokens[i + 1] === "of" && INDEFINITE.has(tokens[i - 1] as string)) &&
      !tokens.slice(0, i).some((before) => /^\d/.test(before)),
  );
}

const FIGURES = new Set(["number", "numbers", "figure", "figures"]);
const MORE_OR_MOST = new Set(["more", "most"]);
/** Words of smallness: "more" or "most" of them ranks the smallest first. */
const SMALLNESS = new Set(
  "minimal minimalist minimalistic lightweight light compact small lean slim tiny stripped barebones".split(
    " ",
  ),
);
/** Words that make "figure" or "number" part of something else ("figure out", "number crunching"). */
const NO_FIGURE_AFTER = new Set(["out", "crunching", "cruncher", "crunchers"]);
/** "our customers' phone numbers", "the serial number": a number that names, no figure asked. */
const IDENTIFIERS = new Set(["phone", "serial", "account", "card", "invoice", "tracking", "order"]);
/** "a number of", "any number of": some, no figure asked. */
const INDEFINITE = new Set(["a", "any"]);

/**
 * "which kernel …", "what filesystem does coreos use for root": the topic names the kind of thing
 * answered. After "what" only where the words stop at it ("what kernel security module" asks for
 * a module) and the question is of a system, not of a thing in play ("what distro is it based
 * on?" after the toolbox asks the toolbox's).
 */
function namesAnswerKind(tokens: readonly string[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  if (before === "which") return true;
  // "how many megs is an atomic install?": the unit the figure is in.
  if ((before === "many" || before === "much") && tokens[start - 2] === "how") return true;
  return (
    before === "what" &&
    ASKING_VERBS_AFTER.has(tokens[end] ?? "") &&
    !tokens.slice(end).some((t) => POINTING_WORDS.has(t))
  );
}
const ASKING_VERBS_AFTER = new Set([...BEING, ...DOING, "and"]);
/** Topic words that name no kind of answer, only things in general. */
const ANY_KIND = new Set(["tool", "tools", "tooling", "software"]);

const MEASURES = new Set(["many", "much", "long", "large", "big", "heavy"]);

const AGES = new Set(["new", "old", "young"]);
const REASONS = new Set([
  "reason",
  "reasons",
  "reasoning",
  "rationale",
  "justification",
  "motivation",
  "motive",
  "logic",
  "thinking",
  "idea",
]);

/**
 * "for which reason did they build rkt?", "red hat's reason for making atomic", "the thinking
 * behind auto-updates" ask why, as surely as "why": wording, not subject.
 */
function reasonPositions(tokens: readonly string[]): number[] {
  return tokens.flatMap((t, i) =>
    REASONS.has(t) &&
    (tokens[i - 1] === "which" || tokens[i - 1] === "what" || REASON_OF.has(tokens[i + 1] ?? ""))
      ? [i]
      : [],
  );
}
const REASON_OF = new Set(["for", "behind"]);
/** Comparatives of age: of a release, or of whatever the question is about ("the newest kernel"). */
export const AGED: ReadonlySet<string> = new Set([
  "newer",
  "newest",
  "older",
  "oldest",
  "younger",
  "youngest",
]);
const SINCE = new Set(["has", "have", "had", "ago", "before"]);

const ROUGHLY = new Set(["exactly", "roughly", "approximately", "about"]);

/** "when?", "when was that?", "and when did that happen?": a date for the last answer. */
const WHEN_WORDS = new Set("when was were did that it this so and ok happen then".split(" "));
/** Words that join a question to what came before ("and docker version?"). */
const LINKING = new Set(["and", "or", "but", "so", "then"]);

const HOW_WORDS = new Set("how so exactly then does do it that this is ok and but".split(" "));

const PAST = new Set(["did", "was", "were"]);

/** Words that ask a question after a condition ("when …, did my containers restart?"). */
const ASKED_AFTER = new Set(
  "did does do can could will would should is are how what which why where who".split(" "),
);

/** Who a question about the bot speaks to: "you", chat's "u" and "ya". */
const ADDRESSEES = new Set(["you", "your", "u", "ya", "bot", "yourself"]);

/** Verbs that, beside "you", ask what the bot does in any word order ("what you can do?"). */
const ABILITY = new Set(["can", "do", "use", "help", "ask"]);

/** What a question about the bot asks it can do. */
const CAPABILITIES = new Set([
  "phrase",
  "phrasing",
  "wording",
  "tips",
  "tip",
  "advice",
  "commands",
  "command",
  "understand",
  "compare",
  "describe",
  "limits",
  "info",
  "information",
  "source",
  "sources",
  "data",
  "answer",
  "answers",
  "ask",
  "cover",
  "covers",
  "covered",
  "know",
  "help",
  "questions",
  "question",
  "queries",
  "query",
  "topics",
  "handle",
  "capable",
  "set",
  "meant",
  "subjects",
  "areas",
  "capabilities",
  "limitations",
  "allowed",
  "purpose",
  "assist",
  // "what kinda riddles can u solve? what's in your head?"
  "solve",
  "head",
  // "what sorts of things can you tell me about?"
  "tell",
]);

/** Asking how to compare is asking how to use the bot ("how do I ask you to compare two?"). */
const COMPARE_WORDS = new Set(["compare", "comparison", "comparisons", "side", "versus", "vs"]);

/**
 * Whether the first of several clauses asks, by itself, what the bot does; with `anyClause`,
 * whether any of them asks what the bot does.
 */
function firstAsksOfTheBot(
  tokens: string[],
  clause: readonly number[],
  emphasis: number[],
  /**
   * Nothing in the question reaches a fact: any clause may ask it ("first time poking you - what
   * puzzles can you crack? what do you know about?").
   */
  anyClause: boolean,
): boolean {
  const asking = anyClause ? [...new Set(clause)] : [clause[0]];
  return asking.some((at) => {
    const positions = range(0, tokens.length).filter((i) => clause[i] === at);
    const words = positions.map((i) => tokens[i] as string);
    // "among all the container oses you know about, which ones …" asks of the systems.
    if (words.length === tokens.length || words.some((t) => t === "which" || ALL_WORDS.has(t)))
      return false;
    const said = positions.map((i) => emphasis[i] ?? 1);
    // A later clause must ask the bot itself: "i'm new here" after "where's a good lunch
    // place?" asks nothing of it.
    return asksWhatTheBotDoes(words, said) || (at === clause[0] && asksHowToUse(words, 0, 0, said));
  });
}

/**
 * "only coreos stuff or other things too", "just coreos or what": a scope offered, no subject. Not
 * "is systemd only coreos or others too?" (systemd is asked about), nor "only atomic or more? also
 * does atomic use selinux?" (a question follows).
 */
function onlyAsScope(
  tokens: readonly string[],
  kinds: ReadonlyMap<number, "system" | "topic">,
  clause: readonly number[],
  emphasis: readonly number[],
): boolean {
  return tokens.some((token, i) => {
    if (token !== "only" && token !== "just") return false;
    const or = tokens.indexOf("or", i);
    if (or < 0 || or - i > SCOPE_TOKENS) return false;
    const named = range(i + 1, or).filter((j) => kinds.get(j) === "system");
    const before = range(0, i).filter((j) => clause[j] === clause[i]);
    const after = range(or + 1, tokens.length).filter((j) => clause[j] !== clause[or]);
    return (
      named.length > 0 &&
      range(i + 1, or).every((j) => named.includes(j) || SCOPE_WORDS.has(tokens[j] as string)) &&
      // "or other things too", "or can it do other container os's too".
      range(or + 1, or + OTHERWISE_TOKENS + 1).some((j) => OTHERWISE.has(tokens[j] ?? "")) &&
      before.every((j) => !isContentWord(tokens[j] as string)) &&
      after.every((j) => (emphasis[j] ?? 1) < 1)
    );
  });
}
/** How far "only … or" may stretch: "only for coreos stuff or". */
const SCOPE_TOKENS = 5;
/** How far after "or" the alternative may come: "or can it do other". */
const OTHERWISE_TOKENS = 4;
const SCOPE_WORDS = new Set(["for", "about", "stuff", "things", "questions", "the"]);
const OTHERWISE = new Set([
  "other",
  "others",
  "what",
  "more",
  "anything",
  "everything",
  "also",
  "all",
]);

function isHelpRequest(tokens: string[]): boolean {
  return (
    tokens.every((t) => HELP_WORDS.has(t) || !isContentWord(t)) &&
    tokens.some((t) => HELP_WORDS.has(t))
  );
}
