import type { ConversationContext, Intent } from "../answer/contract.js";
import { isEnglishWord } from "./english-words.js";
import { isOwnWord, namesTool, rarest, type WordHit } from "./fact-index.js";
import { isContentWord, wordKey } from "./fact-words.js";
import { LABEL_TOKENS, LIKE_AS_VERB, LIKE_WHAT_WAS_SAID, openerOf } from "./focus.js";
import type { LimitHit } from "./limits.js";
import {
  AGED,
  asksAboutAt,
  asksWhichSystem,
  HAVING,
  LACKING,
  NEGATING,
  namesTheRest,
  purposePositions,
  type QuestionMatch,
} from "./match-question.js";
import { pointsAtBoth, pointsAtEach, pointsAtTheTwo, THEY } from "./pointing.js";
import { range } from "./token-runs.js";
import {
  AUXILIARIES,
  BEING,
  COMMON_WORDS,
  COMPARATIVES,
  KINDS_OF_THING,
  POINTING_ARTICLES,
  POINTING_WORDS,
  REMARKS,
  VERSUS,
  WHAT_IS_FILLERS,
} from "./vocabulary.js";

/** "what makes dcos special compared to container-only stuff": what sets one system apart. */
const APART = new Set(["special", "unique", "apart", "distinctive", "stand"]);

/** Below this confidence a question is not answered: an honest "I don't know" beats a guess. */
export const MIN_CONFIDENCE = 0.4;
/** The confidence of a question known to ask what no fact answers. */
const UNSURE = MIN_CONFIDENCE / 2;

/** A word this rare (BM25 idf; in about 1 fact in 12 or fewer) names something precise. */
const PRECISE_WEIGHT = 2.5;
/** A topic's word this rare (in about 1 fact in 30) is a tool's name: "flannel", "fleetctl". */
export const NAMING_TOPIC_WEIGHT = 4;
/** A topic's word this many facts of one system write is that system's thing: "lightwave". */
const OWNED_NAME_FACTS = 3;
/** The most systems "what's flannel and who ships it?" answers each of; more are set side by side. */
const MAX_HOLDERS = 3;

/** How much of a comparison of tools the knowledge base must know to compare their systems. */
const OWNED_COVERAGE = 0.8;
/**
 * Less when the tools are set side by side by name ("cockpit vs fleetctl, which one has a GUI the
 * NOC can use"): the asker's own words beside them are the scene, not another subject.
 */
const BESIDE_COVERAGE = 0.65;

/** The conversation as the resolver sees it: fact ids already turned into indexes. */
export interface ResolveContext extends ConversationContext {
  pendingFacts?: number[];
}

/** What to answer: the intent, and the systems and topics the answer is about. */
export interface Resolution {
  intent: Intent;
  confidence: number;
  /** Systems the answer covers; empty means "every system with facts on the topics". */
  systems: string[];
  topics: string[];
  /** Whether the systems or topics came from the conversation rather than the question. */
  fromContext: boolean;
  /** The question asks what the systems are: one introducing fact for each. */
  landscape?: boolean;
  /** The question asks what an article says, nothing more: its facts, system by system. */
  sourceOverview?: boolean;
  /** The question only thanked for or acknowledged the last answer. */
  thanked?: true;
  /** What the question asks is beyond its sources: answer honestly that they don't say. */
  limit?: LimitHit;
  /** "more": the facts of the last answer not shown yet, in their order. */
  pending?: number[];
  /** "more" with nothing left on these topics: the answer goes on to the systems' others. */
  shownAll?: string[];
  /** The question names only what changes ("and coreos?"): it asks the last question again. */
  asksAgain?: boolean;
  /** The word the question asks "what is" about ("what is rkt"): the fact defining it leads. */
  defines?: string;
  /** "which of these bundles marathon?": the system whose facts alone hold it, shown first. */
  soleHolder?: string;
}

/**
 * Decides the intent from the structure of the question (names, topics, cues, unknown words)
 * and fills gaps from the conversation when the question points back at it.
 */
export function resolveQuestion(question: QuestionMatch, given?: ResolveContext): Resolution {
  // "which one of those should i pick?" after "what is atomic built on?": a choice among the things
  // one system's answer listed, not among the systems.
  const amongItsThings =
    given?.systems.length === 1 &&
    (given.recentSystems ?? given.systems).length === 1 &&
    question.systems.length === 0 &&
    !question.comparative &&
    !question.ranks &&
    choosesAmongThose(question.tokens);
  const match = amongItsThings
    ? {
        ...question,
        choosing: false,
        allSystems: false,
        recommends: false,
        compareCue: false,
        pointsBack: true,
      }
    : question;
  // "why is it that small?" or just "why?" after "which is smallest?": of the one the ranking
  // put first.
  const ofLeader =
    pointsAtOne(match.tokens) ||
    (match.asks === "why" &&
      match.systems.length === 0 &&
      !match.tokens.some((t) => SEVERAL_POINTED.has(t)));
  const context = given?.leader && ofLeader ? { ...given, systems: [given.leader] } : given;
  const pendingFacts = context?.pendingFacts ?? [];
  const pending = pendingFacts.length > 0;
  // "and the rest?" with nothing left to show asks the same of the rest of the systems.
  const moreOnly = match.moreOnly && (pending || !match.allSystems);
  const followOn = moreOnly || match.cueOnly;
  if (context && pending && (moreOnly || asksElseOnTopic(match, context))) {
    return {
      intent: "answer",
      confidence: 1,
      systems: context.systems,
      topics: context.topics,
      fromContext: true,
      pending: pendingFacts,
    };
  }
  // "why do the numbers differ?" after one system's figures: its facts again; after a comparison,
  // the comparison goes on.
  const doubted =
    match.questions === "source" ||
    (match.questions === "agreement" && context?.systems.length === 1);
  // Not "why not?" after "my sources don't say": asked again, the limit stands.
  if ((followOn || doubted) && context && context.systems.length > 0 && !match.limit) {
    // Everything on the topic was shown: "more" goes on to the systems' other topics. "why?"
    // asks the same systems and topics again, for the facts that give reasons.
    // Not after a reply the sources could not give: it showed only the nearest fact.
    const goesOn = !match.cueOnly && !doubted && !context.beyond;
    return {
      intent: "answer",
      confidence: 1,
      systems: context.systems,
      topics: goesOn ? [] : context.topics,
      fromContext: true,
      ...(goesOn && context.topics.length > 0 ? { shownAll: context.topics } : {}),
    };
  }
  // "how does that work?", "what does the system one run?" in a conversation ask about what was
  // just discussed, not for help; "help" or "what can you do?" still do.
  const inConversation = context !== undefined && context.systems.length > 0;
  const pointsBack = inConversation && (match.followUp || !asksTheBot(match));
  // "thanks!" after an answer asks nothing of the systems in play; the conversation stays.
  if (match.acknowledges) {
    return {
      intent: "help",
      confidence: 1,
      systems: [],
      topics: [],
      fromContext: false,
      thanked: true,
    };
  }
  if ((match.helpOnly && (!pointsBack || match.asksWhatToAskIt)) || moreOnly) {
    return { intent: "help", confidence: 1, systems: [], topics: [], fromContext: false };
  }
  if (match.landscape) {
    // Words beside the cues it does not know make it a question about something else.
    const confidence = round(0.8 * match.coverage ** 2 * match.nameQuality);
    if (confidence >= MIN_CONFIDENCE) {
      return {
        intent: "answer",
        confidence,
        systems: [],
        topics: [],
        fromContext: false,
        landscape: true,
      };
    }
  }
  // "what does metral cover?", "what did hayden write?": what that article says, and no more.
  if (
    match.source &&
    match.systems.length + match.topics.length + match.wordHits.length === 0 &&
    !match.limit &&
    !match.pointsBack
  ) {
    return {
      intent: "answer",
      confidence: 1,
      systems: [],
      topics: [],
      fromContext: false,
      sourceOverview: true,
    };
  }
  // "does photon have one, or is it like coreos?" asks about Photon; CoreOS is the yardstick.
  const subjects = match.systems.filter((id) => !match.references.includes(id));
  // "does it have one, or is it like coreos?" after Photon: "it" is Photon, the one in play.
  const yardstickOnly =
    subjects.length === 0 &&
    match.references.length > 0 &&
    // "what's rpm-ostree-toolbox for? is it the same as the coreos toolbox": Atomic's term asked.
    ((match.pointsBack && context) ||
      match.wordHits.some(
        (hit) =>
          isOwnWord(hit) &&
          hit.weight >= PRECISE_WEIGHT &&
          hit.owner !== undefined &&
          !match.references.includes(hit.owner),
      ));
  const asked = subjects.length > 0 ? subjects : yardstickOnly ? [] : match.systems;
  // "does atomic use flannel like coreos does?": the one asked about beside its yardstick.
  const likenedToSystem =
    subjects.length > 0 && match.references.length > 0 && asksAlike(match.tokens);
  let systems = match.compareCue || match.comparative || likenedToSystem ? match.systems : asked;
  let topics = match.topics;
  let fromContext = false;
  // The systems of the last few questions: "compare them", "which would you pick?".
  const recent = context?.recentSystems ?? context?.systems ?? [];
  // "add photon to that" after a comparison, or after two systems asked in turn: those, and one
  // system more.
  // "is rancheros smaller than both of them?" after Snappy and then CoreOS: against those two.
  const both =
    match.systems.length > 0 &&
    recent.length >= 2 &&
    (pointsAtBoth(match.tokens) || pointsAtTheTwo(match.tokens));
  // "and atomic - which is biggest of the 3?" after RancherOS and then CoreOS: those and Atomic.
  // ("the two" is `both`.)
  const counted = match.systems.length > 0 && (match.counted ?? 0) >= 3 ? match.counted : undefined;
  const countedIn = counted !== undefined && counted > match.systems.length;
  const adding =
    recent.length >= 2 &&
    (match.tokens.some((t) => ADDING_WORDS.has(t)) ||
      both ||
      countedIn ||
      (match.systems.length > 0 && placesAmong(match.tokens)) ||
      (match.systems.some((id) => !recent.includes(id)) && putsIn(match.tokens)));
  // "bigger or smaller than coreos and atomic?" after Snappy: Snappy too.
  const unsaid =
    context?.systems.length === 1 &&
    match.systems.length > 1 &&
    (leavesSubjectUnsaid(match) || asksMoreOfTheSame(match.tokens, match.systems.length));
  // "does coreos have anything like that?" after Lightwave: CoreOS beside Photon, CoreOS first.
  const anotherOne =
    context?.systems.length === 1 &&
    match.systems.length === 1 &&
    !context.systems.includes(match.systems[0] as string);
  const likeness = anotherOne && asksForLikeness(match.tokens);
  // "and how's atomic different?" after CoreOS's updates: Atomic set against CoreOS on them.
  const differs = anotherOne && asksHowItDiffers(match.tokens);
  // "docker versions for both?", "which kernel do they each have?" after RancherOS and then CoreOS
  // were asked about in turn: those two, side by side.
  const eachInPlay =
    match.systems.length === 0 &&
    recent.length >= 2 &&
    context?.systems.length === 1 &&
    pointsAtEach(match.tokens);
  const compareWanted =
    eachInPlay ||
    differs ||
    unsaid ||
    likenedToSystem ||
    match.compareCue ||
    match.comparative ||
    adding ||
    likeness ||
    (context !== undefined && (match.asksSame || likensTo(match.tokens)));
  // "what makes dcos different from the other container OSes?" asks what sets it apart, in a
  // conversation or not: its own facts say, where a table of every system on every row would
  // leave its column empty.
  // "whats so special about it vs the others?" after DCOS asks it of DCOS; "how does that
  // compare to the others?" compares the topic in play.
  const apartWord = match.tokens.some((t) => APART.has(t));
  const apartOf =
    match.systems.length === 0 && match.pointsBack && apartWord && context?.systems.length === 1
      ? context.systems
      : match.systems;
  const setApart =
    match.compareCue &&
    !match.comparative &&
    (match.allSystems || apartWord) &&
    apartOf.length === 1 &&
    // "why is it so small compared to the others?" asks its reason, whatever the topic.
    (match.topics.length === 0 || match.asks === "why");
  if (setApart && match.systems.length === 0) {
    systems = apartOf;
    fromContext = true;
  }
  // "what if the update breaks boot?" after a CoreOS answer: still CoreOS, unless a word of the
  // question belongs to another system ("what is geard?" is Atomic's, whatever came before).
  // "reboot needed?" after Atomic: CoreOS owns the word, but Atomic's facts use it too.
  const ownedElsewhere = ownedBeyond(match.wordHits, context?.systems ?? []);
  // The question's own precise words, limit words included: what names a tool's system.
  const ownPrecise = match.wordHits.filter((hit) => isOwnWord(hit) && hit.weight >= PRECISE_WEIGHT);
  // "how's that different from fleet?" after geard: fleet's system is the one set against it.
  const toolOwners = ownersOf(ownPrecise).filter((owner) => !context?.systems.includes(owner));
  // "etcd vs fleet" after RancherOS: two things of one system set side by side, weighed inside it,
  // not that system set against the last answer ("20 vs 22" are figures, not things).
  const beside = keysSideBySide(match.tokens);
  const sides = ownPrecise.filter((hit) => beside.has(hit.word) && /^[a-z]/.test(hit.word));
  const withinOne = sides.length >= 2 && ownersOf(sides).length === 1;
  // "is it basically the same thing as fleet?" after geard likens it to another system's tool.
  // Not "is it like app store updates on my phone?" after Snappy: "store" is CoreOS's word, but
  // the rarest word, "app store", is Snappy's own.
  const likened =
    match.systems.length === 0 &&
    likensTo(match.tokens) &&
    toolOwners.length === 1 &&
    rarest(ownPrecise)?.owner === toolOwners[0];
  const against =
    match.systems.length === 0 &&
    (match.compareCue || likened) &&
    toolOwners.length === 1 &&
    !withinOne
      ? toolOwners
      : match.systems;
  const stillOn =
    match.followUp ||
    (context !== undefined && match.systems.length === 0 && !compareWanted && !ownedElsewhere);
  if (context && eachInPlay) {
    // "both", "those two": the last two asked about; "each of them": all of them.
    const two = match.tokens.includes("both") || match.tokens.includes("two");
    systems = two ? recent.slice(0, 2) : recent;
    topics = topics.length > 0 ? topics : context.topics;
    fromContext = true;
  } else if (
    context &&
    compareWanted &&
    !setApart &&
    // "how does that differ from coreos and atomic?": what "that" was, against both; "ok add
    // atomic and snappy too": those compared, and both.
    (against.length === 1 ||
      (against.length > 1 && (adding || unsaid || pointsAtSubject(match.tokens)))) &&
    context.systems.length > 0 &&
    !against.some((system) => context.systems.includes(system)) &&
    // "how does coreos handle auth by comparison?", "smaller than coreos?"
    (match.followUp ||
      match.topics.length === 0 ||
      match.compareCue ||
      match.comparative ||
      // "is there a coreos equivalent gui?" after Cockpit: its own topic word, still likened.
      likeness)
  ) {
    // "how does that compare to coreos?": what was just discussed, against the system named;
    // "throw photon in" after RancherOS and then Snappy: those talked about, and Photon.
    const others = recent.filter((id) => !against.includes(id));
    const base = adding
      ? both
        ? recent.slice(0, 2).filter((id) => !against.includes(id))
        : countedIn
          ? others.slice(0, counted - against.length)
          : others
      : context.systems;
    systems = likeness ? [...against, ...base] : [...base, ...against];
    topics = topics.length > 0 ? topics : context.topics;
    fromContext = true;
  } else if (
    context &&
    !match.allSystems &&
    // "and which one is smallest?" after one system asks across every system, not of that one.
    // "who uses xfs and who uses ext4?" after one system, too.
    // Not "which of kvm or virtualbox is better for it?", "which is better, kvm or virtualbox?"
    // after Atomic: a choice between two of its things.
    !(
      (match.choosing || (match.comparative && match.tokens.includes("which"))) &&
      match.systems.length === 0 &&
      recent.length < 2 &&
      !(
        withinOne &&
        (pointsAtOne(match.tokens) || context.systems.includes(ownersOf(sides)[0] ?? ""))
      )
    ) &&
    // "how does it get kernel updates then": "it" is the system of the conversation.
    (match.systems.length + match.topics.length < 2 || (stillOn && systems.length === 0))
  ) {
    // "what does the system one actually run?": a question that names nothing asks of what was
    // just discussed, as one that points back does.
    const followsOn =
      stillOn || match.systems.length + match.topics.length + match.wordHits.length === 0;
    if (compareWanted && systems.length === 0 && !match.allSystems && recent.length >= 2) {
      // "compare them": the systems talked about in this conversation.
      systems = recent;
      topics = topics.length > 0 ? topics : context.topics;
      fromContext = true;
    } else if (followsOn || systems.length + topics.length === 1) {
      if (
        systems.length === 0 &&
        context.systems.length > 0 &&
        (followsOn || topics.length > 0) &&
        // "and geard?" after fleet is Atomic's geard; "and systemd's job there?" stays put.
        (!ownedElsewhere ||
          (match.followUp && (match.pointsBack || match.tokens.includes("there"))))
      ) {
        // After a comparison, "what does fleet do?" is about fleet's system among those in play;
        // "which one needs a reboot?" chooses among them, whoever owns the word.
        systems =
          (asksWhichOne(match.tokens) ? undefined : ownerAmong(match.wordHits, context.systems)) ??
          context.systems;
        fromContext = true;
      }
      if (
        topics.length === 0 &&
        context.topics.length > 0 &&
        match.systems.length > 0 &&
        match.followUp
      ) {
        topics = context.topics;
        fromContext = true;
      }
    }
  }

  const againstOthers = systems.length === 1 && namesTheRest(match.tokens);
  // "and coreos, rancher, photon?" after Atomic's filesystem: the same question of those named
  // (and of Atomic: asksMoreOfTheSame).
  const namesOnly = match.systems.length >= 2 && match.wordHits.length === 0;
  if (
    context &&
    // "what does the rest use?", "whats everyone else use": the rest, asked what was just asked.
    (match.followUp || (match.systems.length === 0 && namesTheRest(match.tokens))) &&
    topics.length === 0 &&
    context.topics.length > 0 &&
    (match.allSystems ? match.systems.length === 0 || (compareWanted && againstOthers) : namesOnly)
  ) {
    // "and the others?", "the rest of them?", "compare that with the others": what was just
    // asked, of every system (or of those named).
    topics = context.topics;
    fromContext = true;
  }
  // "which would you pick for a bank?" after CoreOS and Atomic: those two, side by side.
  const recommendsInPlay = match.recommends && match.systems.length === 0 && recent.length >= 2;
  if (context && recommendsInPlay) {
    systems = [...recent];
    topics = topics.length > 0 ? topics : context.topics;
    fromContext = true;
  }
  if (
    match.allSystems &&
    ((compareWanted && (systems.length === 0 || againstOthers)) || match.countsAll) &&
    !setApart
  ) {
    // "is coreos smaller than the others?": every system.
    systems = [];
  }
  const asksAgain = fromContext && match.topics.length === 0 && topics.length > 0;

  // Two things inside one system ("system-docker and user docker in rancheros") are one answer.
  // Not the words that ask a limit ("what replaced it"): they name no system.
  const asksLimit = match.limit?.asking ?? NO_WORDS;
  const preciseHits = ownPrecise.filter((hit) => !asksLimit.has(hit.word));
  const precise = preciseHits.length > 0;
  // "what's the purpose of fleetctl" is read as "what's fleetctl", once for every word asked of.
  const plain = withoutPurpose(match.tokens);
  // "rkt - what is it and why does it exist?": the word asked about, however rare the others.
  const known = new Set(match.wordHits.map((hit) => hit.word));
  const asksWhat = (key: string) => asksWhatItIs(plain, key, known, match.checking);
  const askedWhat = preciseHits.filter((hit) => asksWhat(hit.word));
  const defines = rarest(askedWhat)?.word;
  let named = systems.length > 0;
  // "fleet vs geard": tools of different systems, set side by side, compare those systems; not
  // when a side is unknown ("pip vs poetry").
  const allOwners = ownersOf(preciseHits);
  // "cockpit vs fleetctl — how do the management tools compare": the two set side by side, not a
  // pair the rest of the question happens to share with one fact.
  const besideHits = preciseHits.filter((hit) => hit.owner && beside.has(hit.word));
  const besideOwners = ownersOf(besideHits);
  const owners = besideOwners.length >= 2 ? besideOwners : allOwners;
  // "which container os ships no package manager?" chooses among them as "which of them" does;
  // "etcd: what is it and which os ships it?" asks about etcd; after a comparison, "which one
  // needs a reboot?" chooses among those compared.
  const choosing =
    match.choosing ||
    (asksWhichSystem(match.tokens) && askedWhat.length === 0) ||
    (fromContext && systems.length >= 2 && asksWhichOne(match.tokens));
  // "which OSes use it?" after "what is kubernetes?": those it was found in, on its topic.
  if (context && choosing && match.pointsBack && topics.length === 0 && context.topics.length > 0) {
    topics = context.topics;
    fromContext = true;
  }
  // A system the conversation put in play does not answer "which of these ships zookeeper?".
  // "system docker vs user docker - which os is that from?": two things set side by side that
  // one system's facts hold, whatever everyday word ("user") the rest of the question has.
  const sideOwner =
    besideOwners.length === 1 && new Set(besideHits.map((hit) => hit.word)).size >= 2
      ? besideOwners[0]
      : undefined;
  const owner =
    choosing && !match.comparative && !match.recommends && (!named || fromContext)
      ? (onlyOwner(preciseHits, fromContext ? systems : undefined) ?? sideOwner)
      : undefined;
  // "marathon — which of these ships it?" asks whose marathon is; "which of these uses xfs?",
  // asked before the thing is named, sets them all side by side on it.
  const chosen =
    owner && (fromContext || !match.choosing || namedBeforeWhich(match.tokens, preciseHits))
      ? owner
      : undefined;
  if (chosen) {
    // "marathon - which of these ships it?", "which container os bundles marathon?": the one
    // system whose facts hold what is asked.
    systems = [chosen];
    named = true;
  }
  // "what's flannel and who ships it?", "flannel - which of these ship it?": the few systems
  // whose facts hold the tool named before the question, each answered; not all six side by
  // side, nor only the one whose facts name it most. "which of these ship flannel?", "selinux vs
  // apparmor, which uses which?" still set them all side by side; so does "which ones don't ship it?".
  const askerAt = match.tokens.findIndex((t) => t === "which" || t === "who");
  const beforeAsker = match.tokens.slice(0, Math.max(askerAt, 0));
  const held =
    askerAt > 0 &&
    (!named || (fromContext && match.systems.length === 0)) &&
    !match.allSystems &&
    !match.comparative &&
    !match.recommends &&
    (!match.compareCue || match.choosing) &&
    (choosing || asksWhoHolds(match.tokens)) &&
    match.tokens.filter((t) => t === "which").length <= 1 &&
    !match.tokens.some((t) => ALTERNATIVES.has(t) || DENYING.has(t))
      ? holdersOf(
          preciseHits.filter(
            (hit) =>
              hit.weight >= NAMING_TOPIC_WEIGHT &&
              /^[a-z]/.test(hit.word) &&
              namedBefore(beforeAsker, hit),
          ),
        )
      : [];
  const few = held.length >= 2 && held.length <= MAX_HOLDERS;
  // "what's ima and who has it?" after Snappy: asked of those whose facts hold it, not of Snappy.
  const limit = few && match.limit?.id === "not-said-of" ? undefined : match.limit;
  if (few) {
    systems = held;
    named = true;
  }
  // "which ones use selinux?" with no systems in play chooses among all of them.
  const everyWanted = match.allSystems || (choosing && !named);
  // "cockpit or fleet for managing hosts?" sets them side by side as surely as "vs"; "with
  // fleetctl can someone stop or destroy units?" sets two doings side by side, not two systems'.
  // "which of these container oses is smallest? we push images over backup links": asked of all
  // the systems, whoever's facts the other words are in, unless those are set side by side.
  const either = compareWanted || (match.tokens.includes("or") && besideOwners.length >= 2);
  // "…, thinking about the crappy internet again": the scene's words choose no systems; but
  // "which is smaller, the one with etcd or the one with marathon?" names them in its second
  // clause.
  const askedOwners =
    besideOwners.length >= 2 || match.tokens.some((t) => ALTERNATIVES.has(t))
      ? owners
      : ownersOf(preciseHits.filter((hit) => (hit.scale ?? 1) >= 1));
  if (
    !named &&
    either &&
    askedOwners.length >= 2 &&
    match.coverage >= (besideOwners.length >= 2 ? BESIDE_COVERAGE : OWNED_COVERAGE) &&
    (!match.allSystems || besideOwners.length >= 2)
  ) {
    systems = askedOwners;
    named = true;
  }
  // "rpm-ostree vs coreos a/b", "difference between rpm-ostree and coreos's two-image updates",
  // "tdnf vs snappy vs rpm-ostree": tools of other systems set against a system, by name; a name
  // its facts use again and again, not a word one fact happens to use ("regular docker").
  const toolOf = ownersOf(besideHits.filter((hit) => hit.facts.length > 1)).filter(
    (owner) => !systems.includes(owner),
  );
  if (
    match.compareCue &&
    !fromContext &&
    !limit &&
    match.systems.length === 1 &&
    systems.length === 1 &&
    toolOf.length >= 1
  ) {
    systems = [...toolOf, ...systems];
  }
  // "is cockpit nicer than shipyard?", "etcd vs fleet": two things of one system's facts, weighed
  // inside it.
  const oneOwner = allOwners.length === 1 && preciseHits.every((hit) => hit.owner !== undefined);
  const weighed = match.comparative || match.compareCue;
  if (!named && !everyWanted && weighed && preciseHits.length >= 2 && oneOwner) {
    systems = allOwners;
    named = true;
  }
  if (!named && !everyWanted && !match.comparative) {
    // "system docker vs user docker": the most precise word, if one system owns it, names that
    // system. A topic's word only if it is a tool's name that rare ("who builds flannel?"), and
    // not where the question asks which systems have it ("… and which os ships it?").
    const naming = (hit: WordHit) =>
      !hit.topicWord || hit.facts.length === 1 || (hit.weight >= NAMING_TOPIC_WEIGHT && !choosing);
    // "explain rpm-ostree, is it like swapping firmware images?": the yardstick's words name no
    // system while the question's own do.
    // "explain rkt pls, my boss keeps reading about it in vendor notes": nor do the words of the
    // asker's own scene, when the question has words of its own.
    const askedHits = preciseHits.filter((hit) => !hit.askersScene);
    const namedBy = askedHits.length > 0 ? askedHits : preciseHits;
    const nameHits = namedBy.filter(naming);
    const ownNameHits = nameHits.filter((hit) => !hit.yardstick);
    const namingHits = ownNameHits.length > 0 ? ownNameHits : nameHits;
    // "which auth standards does lightwave speak": with no other word of one system's, a topic's
    // word that many of one system's facts write.
    const owned = namingHits.some((hit) => hit.owner)
      ? namingHits
      : namedBy.filter((hit) => naming(hit) || (hit.facts.length >= OWNED_NAME_FACTS && !choosing));
    const strongest = mostAgreed(askedWhat.length > 0 ? askedWhat : owned, preciseHits);
    // "kernel versions side by side": a topic set side by side, whatever one word of one system's
    // facts says; "system docker vs user docker" names RancherOS's words again and again.
    const agreeing = preciseHits.filter((hit) => hit.owner && hit.owner === strongest?.owner);
    const sideBySide = match.compareCue && topics.length > 0 && agreeing.length < 2;
    if (strongest?.owner && !sideBySide) {
      systems = [strongest.owner];
      // "what's cockpit and where does it fit in?" asks about the thing itself.
      named = asksWhat(strongest.word);
    }
  }
  // "which filesystems do they use?" with no system named or in play asks it of all of them.
  // "can those hosts still run docker images?": a determiner points at the asker's own things.
  // Nor "are the app files locked so nothing can scribble on them?": the files just named.
  const theyAll =
    !fromContext &&
    match.tokens.some(
      (t, i) =>
        THEY.has(t) &&
        !(DETERMINERS.has(t) && OWN_THINGS.has(match.tokens[i + 1] ?? "")) &&
        !(t === "them" && thingsNamedBefore(match.tokens, i)),
    );
  // "why's it newer than the one on coreos?" after RancherOS's Docker: the reason RancherOS's is
  // newer, which its facts give and a table does not.
  // Not "atomic or coreos - which is the better fit and why?": a choice, with its reasons.
  const reasonOf =
    match.asks === "why" &&
    match.comparative &&
    !match.compareCue &&
    !match.tokens.includes("which")
      ? (match.pointsBack ||
          (match.systems.length === 0 && !match.allSystems && !namesTheRest(match.tokens))) &&
        context?.systems.length === 1
        ? context.systems[0]
        : match.systems[0]
      : undefined;
  if (reasonOf) {
    systems = [reasonOf];
    named = true;
    // "newer" of what was just asked (its Docker), not of the system's age.
    if (context && context.topics.length > 0 && match.tokens.some((t) => AGED.has(t)))
      topics = context.topics;
  }
  const compare =
    !chosen &&
    !few &&
    !reasonOf &&
    (systems.length >= 2 ||
      // "kernel versions across all of them" compares as surely as "compare all on kernel".
      (systems.length === 0 && topics.length > 0 && (everyWanted || compareWanted || theyAll)) ||
      // "compare all", "a line on each of the six": every system on the table's standard rows.
      (systems.length === 0 &&
        everyWanted &&
        (match.compareCue ||
          (topics.length === 0 && match.wordHits.every((hit) => (hit.scale ?? 1) < 1)))) ||
      (match.compareCue && systems.length === 1 && !precise && !setApart));
  // "compare all" names every system as plainly as a list of their names.
  const everySystem = compare && systems.length === 0 && everyWanted;
  const scored = scoreConfidence(
    match,
    named || everySystem,
    topics.length > 0,
    compare,
    fromContext,
  );
  // "does rancheros work with our zabbix gateway?": nothing of the system's is asked, so an
  // overview of it would answer something else.
  const elsewhere =
    (!compare &&
      !defines &&
      !fromContext &&
      topics.length === 0 &&
      asksElsewhere(match, systems)) ||
    (!compare && !context?.systems.length && genericHowTo(match));
  // "…they kept referring to 'geard' like everyone knew it. what does geard do?": asked what a
  // term of the facts is, the question is answered, however many of the scene's words they lack.
  // "which would you pick for a bank?" after two systems: the choice between them is the answer,
  // whatever the asker's own words.
  const confidence =
    (defines && !compare) ||
    (recommendsInPlay && !limit) ||
    (named && !compare && pinpointed(match.wordHits, systems)) ||
    // "coreos vs dcos if we want to run the booking api": the systems named, set side by side,
    // whatever the asker's own words the facts lack.
    (compare && match.compareCue && match.systems.length >= 2)
      ? Math.max(scored, MIN_CONFIDENCE)
      : elsewhere
        ? Math.min(scored, UNSURE)
        : scored;
  // "what does a tectonic license cost": the systems its tools name; "what's the newest version
  // now?" in a conversation about RancherOS asks it of RancherOS.
  // "is k3os the same as rancheros or a replacement for it?" still offers what RancherOS's say.
  const limited = [systems, owners, match.systems, context?.systems ?? []].find(
    (list) => list.length > 0,
  );
  // Whatever else it names or not, a question that asks what the sources cannot know gets "they
  // don't say": "windows server core for containers is also container os?" is no question about
  // the facts its other words find.
  if (limit) {
    // Whatever was named, no fact answers what is asked: the confidence says so.
    const doubt = Math.min(confidence, UNSURE);
    return {
      intent: "no_match",
      confidence: doubt,
      systems: limited ?? [],
      topics,
      fromContext,
      limit,
    };
  }
  if (confidence < MIN_CONFIDENCE) {
    // What the question itself named stays, so the reply can offer what is known about it; so
    // does the system a follow-up points back at ("does it run on our pi 4 boards?").
    const pointedAt = fromContext && match.pointsBack && match.systems.length === 0;
    return {
      intent: "no_match",
      confidence,
      systems: pointedAt ? systems : match.systems,
      topics: match.topics,
      fromContext: pointedAt,
    };
  }
  const intent = compare ? "compare" : "answer";
  return {
    intent,
    confidence,
    systems,
    topics,
    fromContext,
    ...(asksAgain ? { asksAgain } : {}),
    ...(defines ? { defines } : {}),
    ...(compare && owner && !chosen ? { soleHolder: owner } : {}),
  };
}

/**
 * Whether a word of the question belongs to a system other than these, whose facts never use it:
 * a term its system's facts use again and again ("geard"), not a word one fact happens to use
 * ("covers").
 */
function ownedBeyond(hits: readonly WordHit[], systems: readonly string[]): boolean {
  const held = (hit: WordHit) => hit.systems.some((id) => systems.includes(id));
  return hits.some(
    (other) =>
      isOwnWord(other) &&
      // "how do kernel updates work?" after RancherOS: a pair ("updates work") whose words are
      // said of the system in play as well names no other system.
      (other.scale ?? 1) === 1 &&
      other.facts.length >= 2 &&
      other.owner !== undefined &&
      !held(other) &&
      // "is app isolation enforced by anything?" after Snappy: its facts isolate apps too. But a
      // word only one other system's facts use outweighs words many systems' facts use: "is
      // lightwave still being developed?" after geard asks of Photon's Lightwave, though
      // Atomic's facts say "developed" too.
      !hits.some(
        (hit) =>
          isOwnWord(hit) &&
          held(hit) &&
          hit.weight >= other.weight &&
          (hit.systems.length === 1 || other.systems.length > 1),
      ),
  );
}

/**
 * "does atomic use flannel like coreos does?", "is snappy a pure container os like coreos?" set
 * the two side by side. Not an alternative offered ("does photon have one, or is it like
 * coreos?") nor a claim to check ("photon has none, like coreos, right?").
 */
function asksAlike(tokens: readonly string[]): boolean {
  const like = tokens.findIndex((t) => t === "like" || t === "unlike");
  if (like < 0 || tokens.slice(0, like).includes("or")) return false;
  return !CLAIM_TAGS.has(tokens[tokens.length - 1] ?? "");
}
/** How a claim ends when it asks to be checked: "…, right?", "…, correct?". */
const CLAIM_TAGS = new Set(["right", "correct", "rite", "yes", "true", "yeah", "innit"]);

/** "which ones don't ship it?", "which lack it?": those without it are asked for. */
const DENYING = new Set([...NEGATING, ...LACKING, "dont", "doesnt", "lack"]);

/** "who ships it?", "who uses flannel": who holds a thing, not who made it. */
function asksWhoHolds(tokens: readonly string[]): boolean {
  return (
    asksWhichSystem(tokens) || tokens.some((t, i) => t === "who" && HAVING.has(tokens[i + 1] ?? ""))
  );
}

/**
 * "what else security wise?" after Atomic's SELinux: more of the topic just answered, in no words
 * but the topic's own, so the facts not yet shown.
 */
function asksElseOnTopic(match: QuestionMatch, context: ResolveContext): boolean {
  return (
    match.tokens.includes("else") &&
    // Not after an overview: what it showed was not of this topic.
    match.topics.length > 0 &&
    match.topics.length === context.topics.length &&
    match.topics.every((id) => context.topics.includes(id)) &&
    match.systems.every((id) => context.systems.includes(id)) &&
    match.wordHits.every(
      (hit) => hit.everyday || ((hit.topicWord || hit.synonym) && hit.owner === undefined),
    ) &&
    !match.limit &&
    !match.compareCue &&
    !match.allSystems
  );
}

/** "which of those", "which one of these": a choice among what was just listed. */
function choosesAmongThose(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => {
    const of = tokens[i + 1] === "one" ? i + 2 : i + 1;
    return t === "which" && tokens[of] === "of" && DETERMINERS.has(tokens[of + 1] ?? "");
  });
}

/** "which one needs a reboot?" */
const asksWhichOne = (tokens: readonly string[]) =>
  tokens.some((token, i) => token === "which" && tokens[i + 1] === "one");

const NO_WORDS: ReadonlySet<string> = new Set();

const SIDE_BY_SIDE = new Set(["vs", "versus", "or", "and"]);

/**
 * "the app files" before "them": things the question itself named, which "them" points back at;
 * not "the systems", "the other ones".
 */
function thingsNamedBefore(tokens: readonly string[], at: number): boolean {
  return tokens.some(
    (t, j) =>
      t === "the" &&
      range(j + 1, Math.min(j + 1 + THING_WORDS, at)).some((k) => {
        const word = tokens[k] as string;
        return word.length > 3 && word.endsWith("s") && !SYSTEM_KINDS.has(word);
      }),
  );
}
/** Words "the" can take before a plural that names the things: "the app config files". */
const THING_WORDS = 3;
/** Plurals that name the systems themselves: "the other systems", "the oses". */
const SYSTEM_KINDS = new Set(
  "systems oses distros distributions platforms others options products projects".split(" "),
);

const DETERMINERS = new Set(["these", "those"]);
/** What "those" points at when it is the asker's own: "those hosts", not the systems. */
const OWN_THINGS = new Set(
  "host hosts box boxes node nodes machine machines server servers vm vms instance instances cluster clusters".split(
    " ",
  ),
);

/**
 * The keys of the words right next to "vs", "or" or "and" ("cockpit vs fleetctl"), and of the
 * compound each begins or ends ("a/b vs rpm-ostree": "rpmostree").
 */
function keysSideBySide(tokens: readonly string[]): Set<string> {
  return new Set(
    tokens.flatMap((token, i) => {
      const [before, after] = [tokens[i - 1] ?? "", tokens[i + 1] ?? ""];
      if (SIDE_BY_SIDE.has(before)) return [wordKey(token), wordKey(`${token}${after}`)];
      if (SIDE_BY_SIDE.has(after)) return [wordKey(token), wordKey(`${before}${token}`)];
      return [];
    }),
  );
}

/** The one system in play that owns one of the question's exact words, if there is one. */
function ownerAmong(hits: readonly WordHit[], systems: readonly string[]): string[] | undefined {
  if (systems.length < 2) return undefined;
  const owners = new Set(
    hits.flatMap((hit) =>
      isOwnWord(hit) && hit.owner && systems.includes(hit.owner) ? [hit.owner] : [],
    ),
  );
  return owners.size === 1 ? [...owners] : undefined;
}

/** Words that add a system to the comparison just made ("throw rancheros in too"). */
const ADDING_WORDS = new Set(["add", "include", "throw", "plus", "too"]);

/** "where does snappy fit in that?", "and where would atomic land?": a place among those compared. */
function placesAmong(tokens: readonly string[]): boolean {
  return openerOf(tokens) === "where" && tokens.some((t) => PLACING_VERBS.has(t));
}

const PLACING_VERBS = new Set(["fit", "fits", "land", "lands", "stand", "stands", "sit", "sits"]);

/** "what about snappy in that comparison?": into the comparison just made ("that table" is a source's). */
function putsIn(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      COMPARISON_NOUNS.has(t) &&
      POINTING_ARTICLES.has(tokens[i - 1] ?? "") &&
      (tokens[i - 2] === "in" || tokens[i - 2] === "to" || tokens[i - 2] === "into"),
  );
}
const COMPARISON_NOUNS = new Set(["comparison", "matrix"]);

/**
 * The one system (of `among`, when given) whose facts hold the most precise word, when every
 * other term asked (a topic's word) is that system's too: marathon in "which of these bundles
 * marathon" is DCOS's; "which use xfs and which ext4", or "which turn on selinux" (Atomic's and
 * CoreOS's), has no one answer.
 */
function onlyOwner(hits: readonly WordHit[], among?: readonly string[]): string | undefined {
  const holders = holdersOf(hits, among);
  return holders.length === 1 ? holders[0] : undefined;
}

/**
 * The systems (of `among`, when given) whose facts hold the most precise word, when every other
 * term asked (a topic's word) is one of theirs too; none otherwise.
 */
function holdersOf(hits: readonly WordHit[], among?: readonly string[]): string[] {
  // A pair of words counts for what it says beyond its rarer word: "shipped docker", in one
  // Atomic fact, does not outweigh "1.6", which RancherOS ships too. Of words as rare, the one
  // fewer systems' facts use ("identity" over "centralized").
  const strongest = hits.reduce<WordHit | undefined>((best, hit) => {
    if (best === undefined) return hit;
    const margin = said(hit) - said(best);
    return margin > 0 || (margin === 0 && hit.systems.length < best.systems.length) ? hit : best;
  }, undefined);
  // "which of the two uses apparmor?" after Snappy and Atomic: of those two, Snappy's; "which of
  // these ships zookeeper?" after a table without DCOS: DCOS.
  const all = strongest?.systems ?? [];
  const inPlay = all.filter((id) => among?.includes(id));
  const holders = inPlay.length > 0 ? inPlay : all;
  const others = hits.filter((hit) => hit !== strongest && hit.topicWord);
  return others.every((hit) => hit.owner !== undefined && holders.includes(hit.owner))
    ? holders
    : [];
}

/**
 * The rarest hit; of equally rare ones, the one whose owner most of the precise words share
 * ("fleetctl list-machines / MACHINE IP METADATA": CoreOS's words, though one RancherOS fact says
 * "IP"). Where the rarest is no one system's, the owned hit most of the precise words agree with.
 */
function mostAgreed(hits: readonly WordHit[], precise: readonly WordHit[]): WordHit | undefined {
  const top = rarest(hits)?.weight;
  const agreeing = (hit: WordHit) => precise.filter((other) => other.owner === hit.owner).length;
  // "rpm-ostree upgrade done, do i reboot?": where the rarest word ("reboot") is several
  // systems', the owned word most of the others agree with ("rpm", "ostree": Atomic's).
  const owned = hits.filter((hit) => hit.owner !== undefined);
  if (owned.length > 0 && hits.some((hit) => hit.weight === top && hit.owner === undefined)) {
    return owned.reduce((best, hit) => {
      const [held, bestHeld] = [agreeing(hit), agreeing(best)];
      return held > bestHeld || (held === bestHeld && hit.weight > best.weight) ? hit : best;
    });
  }
  return hits
    .filter((hit) => hit.weight === top)
    .reduce<WordHit | undefined>(
      (best, hit) =>
        best === undefined || (hit.owner && agreeing(hit) > agreeing(best)) ? hit : best,
      undefined,
    );
}

const said = (hit: WordHit) => hit.weight * (hit.scale ?? 1);

/**
 * Whether a word of the question asks for help: about the bot, not the systems. Not the anyone
 * "you" of "how do you …" in a question on a topic of the systems ("(geard) how do you describe
 * the group of containers, some config file?"); but "how do you work?" and "how do you keep the
 * info up to date?" (the bot's own matters) still ask the bot.
 */
function asksTheBot(match: QuestionMatch): boolean {
  const { tokens } = match;
  const ofTheSystems = match.topics.length > 0 && !tokens.some((t) => BOTS_MATTERS.has(t));
  const anyone = (i: number) => ofTheSystems && tokens[i - 1] === "do" && tokens[i - 2] === "how";
  // "such as what, for example?" asks for examples of what was just said.
  return tokens.some(
    (t, i) =>
      ASKS_FOR_HELP.has(t) &&
      !(EVERYONE_YOU.has(t) && anyone(i)) &&
      !(t === "example" && tokens[i - 1] === "for"),
  );
}

/** "you" as anyone: "how do you update it?". */
const EVERYONE_YOU = new Set(["you", "u"]);
/** What the bot has and does, not the systems: "how do you keep the info up to date?". */
const BOTS_MATTERS = new Set(
  "info information questions question articles article sources source answers answer data knowledge work".split(
    " ",
  ),
);
/** Words that ask for help even in a conversation: about the bot, not the systems. */
const ASKS_FOR_HELP = new Set([
  "help",
  "usage",
  "commands",
  "command",
  "examples",
  "example",
  "you",
  "u",
  "your",
  "bot",
  "hi",
  "hello",
  "hey",
]);

/**
 * "what is X", "what's X", "whats an X", or X set first and pointed at ("rpm-ostree, what is it?"):
 * the question asks what the word `key` names.
 */
function asksWhatItIs(
  tokens: readonly string[],
  key: string,
  known: ReadonlySet<string>,
  checking: boolean,
): boolean {
  if (
    onlyNames(tokens, key, known) ||
    asksOfLabel(tokens, key) ||
    (checking && claimsWhatItIs(tokens, key))
  )
    return true;
  // "for the onboarding doc: what does fleet do?": the question may follow a scene.
  return tokens.some((token, i) => {
    // "where does marathon fit in?" asks what it is for; "where does flannel come from?" does not.
    const fits = i === 0 && token === "where" && tokens.includes("fit");
    if (token !== "what" && token !== "whats" && !fits) return false;
    const rest = tokens.slice(i + 1);
    const next = rest.findIndex((word) => !WHAT_IS_FILLERS.has(word));
    // "what is rpm-ostree? …": a name the facts write joined, asked in its two words.
    const joined = wordKey(`${rest[next] ?? ""}${rest[next + 1] ?? ""}`) === key;
    // "a fleet of trucks" is trucks, not fleet.
    // "what's windows nano server good for?" asks what a name the facts never write is.
    const after = rest[next + (joined ? 2 : 1)] ?? "";
    const unknownName =
      !fits && isContentWord(after) && !COMMON_WORDS.has(after) && !known.has(wordKey(after));
    // "what is red hat's geard project?": the thing named, after whose it is.
    const kind = rest.findIndex(
      (word, j) => j > next + 1 && j <= next + 3 && KINDS_OF_THING.has(word),
    );
    if (kind > 0 && wordKey(rest[kind - 1] as string) === key) return true;
    // "what auth standards does lightwave speak?": which of a kind, asked of something else.
    const whichOf = isContentWord(after) && AUXILIARIES.has(rest[next + (joined ? 3 : 2)] ?? "");
    return (
      next >= 0 &&
      (joined || wordKey(rest[next] as string) === key) &&
      after !== "of" &&
      !unknownName &&
      !whichOf
    );
  });
}

/**
 * "lightwave is photon's container runtime?", "rpm-ostree is described as docker for the os,
 * right?": a claim about what a thing is, checked by what it is (only in a statement to check:
 * "cockpit is what port?" asks something else of it).
 */
function claimsWhatItIs(tokens: readonly string[], key: string): boolean {
  const copula = tokens.findIndex((token) => BEING.has(token));
  if (copula < 1 || copula > 2) return false;
  return wordKey(tokens.slice(0, copula).join("")) === key;
}

/**
 * "how does that differ from coreos and atomic?", "is that newer than photon's?": "that" is what
 * was just said, set against the systems named; "atomic vs rancheros on that?" only its topic.
 */
function pointsAtSubject(tokens: readonly string[]): boolean {
  return tokens.some((token, i) => POINTING_WORDS.has(token) && !ON_WORDS.has(tokens[i - 1] ?? ""));
}
/**
 * "bigger or smaller than coreos and atomic?", "and vs photon and snappy?", "compare w coreos and
 * rancher", "compared to rancheros and coreos?" after one system: what was just said, left unsaid,
 * set against the systems named. Not "compared to coreos, how does rancheros update?", which asks
 * of another.
 */
function leavesSubjectUnsaid({ tokens, namedAfterAsking }: QuestionMatch): boolean {
  const at = tokens.findIndex((token) => !LEADING.has(token));
  const [first = "", next = ""] = at < 0 ? [] : tokens.slice(at, at + 2);
  const comparing = COMPARING.has(first) || (first === "compared" && !namedAfterAsking);
  // "compare w coreos and rancher pls": what was just said, with those two.
  return COMPARATIVES.has(first) || VERSUS.has(first) || (comparing && WITH.has(next));
}
const COMPARING = new Set(["compare", "comparing", "contrast", "stack"]);
const WITH = new Set(["with", "w", "to", "against", "up"]);
const LEADING = new Set(["and", "so", "ok", "okay", "but", "then", "well"]);

/**
 * "and photon, snappy?", "how about coreos and atomic?", "do coreos and snappy use xfs too?"
 * after one system's answer: the last question asked of more systems (a follow-up that goes on
 * with "and" or "what about", says "too", or names four: the rest), so the one just answered stays
 * in the table. Not "ok now photon vs snappy" nor "what's the difference between coreos and
 * atomic?": those two.
 */
function asksMoreOfTheSame(tokens: readonly string[], named: number): boolean {
  if (tokens.some((t) => VERSUS.has(t) || t === "now")) return false;
  return (
    named >= 4 ||
    tokens[0] === "and" ||
    tokens.some(
      (t, i) => asksAboutAt(tokens, i) || ALSO.has(t) || (t === "well" && tokens[i - 1] === "as"),
    )
  );
}
const ALSO = new Set(["same", "too", "also", "either", "likewise"]);

/** Whether a precise word of the question comes before its "which". */
function namedBeforeWhich(tokens: readonly string[], hits: readonly WordHit[]): boolean {
  const which = tokens.indexOf("which");
  return which < 0 || hits.some((hit) => namedBefore(tokens.slice(0, which), hit));
}

/** Whether these words name the hit's word; "system-docker": a name the facts write joined, too. */
function namedBefore(tokens: readonly string[], hit: WordHit): boolean {
  return tokens.some(
    (token, i) => wordKey(token) === hit.word || wordKey(`${token}${tokens[i + 1]}`) === hit.word,
  );
}

/**
 * "does coreos have anything like that?", "same deal on coreos?", "what's the atomic equivalent?"
 * after one system: the system named, set beside the one just answered.
 */
function asksForLikeness(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      (LIKENESS.has(t) && !(t === "same" && reasks(tokens, i))) ||
      // "does coreos update like that?"; not "i like it".
      (t === "like" &&
        (VAGUE_THINGS.has(tokens[i - 1] ?? "") ||
          (LIKE_WHAT_WAS_SAID.has(tokens[i + 1] ?? "") && !LIKE_AS_VERB.has(tokens[i - 1] ?? "")))),
  );
}
const LIKENESS = new Set(["same", "equivalent", "similar", "counterpart"]);
const VAGUE_THINGS = new Set(["anything", "something", "nothing"]);
/**
 * "same question for atomic", "same thing for coreos?", "for the same purpose", "at the same
 * time": the last question asked again of another system, or no likeness at all; "is that the
 * same as atomic's?" sets what was just said first (likensTo).
 */
function reasks(tokens: readonly string[], at: number): boolean {
  const [next = "", after = ""] = tokens.slice(at + 1, at + 3);
  return REASKED.has(next) || (next === "thing" && after === "for");
}
const REASKED = new Set([
  "question",
  "q",
  "check",
  "for",
  "but",
  "as",
  "time",
  "purpose",
  "problem",
  "job",
  "goal",
]);

const ON_WORDS = new Set([
  "on",
  "about",
  "for",
  "with",
  "in",
  "of",
  "at",
  "to",
  "from",
  "regarding",
]);

/** "what's the purpose of fleetctl" read as "what's fleetctl": the noun, its "the" and "of". */
function withoutPurpose(tokens: readonly string[]): readonly string[] {
  const nouns = purposePositions(tokens);
  if (nouns.length === 0) return tokens;
  const dropped = new Set(
    nouns.flatMap((i) => [
      i,
      ...(tokens[i - 1] === "the" || tokens[i - 1] === "its" ? [i - 1] : []),
      ...(tokens[i + 1] === "of" ? [i + 1] : []),
    ]),
  );
  return tokens.filter((_, i) => !dropped.has(i));
}

/**
 * "rpm-ostree, what is it?", "marathon, where does that fit in?": a label set first, then a
 * question pointing back at it.
 */
function asksOfLabel(tokens: readonly string[], key: string): boolean {
  const ask = tokens.findIndex((token) => LABEL_QUESTIONS.has(token));
  if (ask < 1 || ask > LABEL_TOKENS) return false;
  const label = tokens.slice(0, ask);
  // The label may be a pair the facts write as one word ("rpm ostree").
  const names = label.flatMap((token, i) => [token, `${token}${label[i + 1] ?? ""}`]);
  const pointed = tokens.slice(ask).some((token) => POINTING_WORDS.has(token));
  return pointed && names.some((name) => wordKey(name) === key);
}

const LABEL_QUESTIONS = new Set([
  "what",
  "whats",
  "where",
  "how",
  "who",
  "which",
  "why",
  "when",
  "is",
  "does",
  "can",
]);

/** The most words a question that only names a term has ("rpm-ostree in one sentence?"). */
const SHORT_QUESTION = 5;

/** "`rpm-ostree` in one sentence?", "etcd pls": a short question whose only subject is the term. */
function onlyNames(tokens: readonly string[], key: string, known: ReadonlySet<string>): boolean {
  if (tokens.length > SHORT_QUESTION) return false;
  // "any problems with cockpit?" asks for remarks on cockpit, not what it is; "can geard work
  // across hosts?" asks what the facts' "across hosts" says.
  const paired = (i: number) =>
    [i - 1, i].some((at) => known.has(wordKey(`${tokens[at] ?? ""}${tokens[at + 1] ?? ""}`)));
  const subject = tokens.filter(
    (token, i) =>
      isContentWord(token) && (!COMMON_WORDS.has(token) || REMARKS.has(token) || paired(i)),
  );
  return subject.length > 0 && subject.length <= 2 && wordKey(subject.join("")) === key;
}

function scoreConfidence(
  match: QuestionMatch,
  hasSystems: boolean,
  hasTopics: boolean,
  compare: boolean,
  fromContext: boolean,
): number {
  const { coverage, nameQuality } = match;
  // An everyday word for a name ("atomic number") needs more of the question
  // to match, unless the conversation was already about the system.
  const doubt = match.everydayNames && !fromContext ? coverage : 1;
  let base: number;
  if (hasSystems && hasTopics) base = 0.95 * coverage;
  else if (compare && hasSystems) base = 0.9 * Math.sqrt(coverage) * doubt;
  else if (hasSystems) base = 0.85 * coverage ** 1.5 * Math.sqrt(doubt);
  else if (hasTopics) base = 0.75 * coverage ** 3;
  else if (match.wordHits.length > 0) base = 0.6 * coverage ** 2;
  else base = 0;
  return round(base * nameQuality);
}

/**
 * Systems named, a word neither the facts nor common English know ("plc", "hugepages"), and the
 * words the facts do know ("gateway") are only other systems'. A strange word alone is no sign:
 * "how can i try atomic on my laptop?" reaches none of the facts, and its overview answers it.
 */
function asksElsewhere(match: QuestionMatch, systems: readonly string[]): boolean {
  return (
    systems.length > 0 &&
    match.wordHits.length > 0 &&
    match.wordHits.every((hit) => !hit.systems.some((id) => systems.includes(id))) &&
    // Last: the English word list loads on first use (30 ms, 10 MB).
    match.unknownWords.some((word) => !isEnglishWord(word))
  );
}

/**
 * "docker swarm: how do i add another node to the cluster?": a way asked of no system and no tool
 * of one; the sources, which describe systems, answer no generic how-to.
 */
function genericHowTo(match: QuestionMatch): boolean {
  const text = ` ${match.tokens.join(" ")} `;
  return (
    match.systems.length === 0 &&
    / how (?:do|can|could|should) (?:i|we|you|u|one) | how to /.test(text) &&
    !match.wordHits.some(namesTool)
  );
}

/**
 * "and how's atomic different?": how it differs from what was just said. The bare word only:
 * "differ", "difference" and "different from" are comparison cues of their own (COMPARE_CUES).
 * Not what makes one stand apart ("what makes dcos different?"), nor "different with" something
 * other than what was said.
 */
function asksHowItDiffers(tokens: readonly string[]): boolean {
  const at = tokens.indexOf("different");
  const withOther = tokens[at + 1] === "with" && !POINTING_WORDS.has(tokens[at + 2] ?? "");
  return at >= 0 && !withOther && !tokens.some((t) => MAKING.has(t));
}
const MAKING = new Set(["make", "makes", "making", "sets"]);

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/** Words that set alternatives side by side: "the one with etcd or the one with marathon". */
const ALTERNATIVES = new Set(["or", "between", ...VERSUS]);

/** The systems that own the hits, each once, in order. */
const ownersOf = (hits: readonly WordHit[]): string[] =>
  unique(hits.flatMap((hit) => (hit.owner ? [hit.owner] : [])));

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * "the same thing as fleet", "is that like fleet?", "is that basically fleet?": what was said,
 * likened to a named thing.
 */
function likensTo(tokens: readonly string[]): boolean {
  return tokens.some(
    (t, i) =>
      (t === "same" &&
        (tokens[i + 1] === "as" ||
          (LIKENED_KINDS.has(tokens[i + 1] ?? "") && tokens[i + 2] === "as"))) ||
      // "is that like fleet?", "that's basically fleet": what was said, the subject; not a
      // yardstick offered in another question ("does it have one or is it like coreos?").
      (POINTING_WORDS.has(t) &&
        BEING_LIKE.has(tokens[i + 1] ?? "") &&
        (i === 0 || BEING.has(tokens[i - 1] ?? "")) &&
        !tokens.slice(0, i).includes("or")),
  );
}
const BEING_LIKE = new Set(["like", "basically", "just"]);
const LIKENED_KINDS = new Set(["thing", "idea", "concept"]);

/** "it", "its" and no plural pointing word: one thing pointed at. */
function pointsAtOne(tokens: readonly string[]): boolean {
  // "how does that one stay so tiny?"
  const thatOne = (t: string, i: number) => THAT.has(t) && tokens[i + 1] === "one";
  return (
    tokens.some((t, i) => ONE_POINTED.has(t) || thatOne(t, i)) &&
    !tokens.some((t) => SEVERAL_POINTED.has(t))
  );
}
const THAT = new Set(["that", "this"]);

const ONE_POINTED = new Set(["it", "its"]);
const SEVERAL_POINTED = new Set([...THEY, "both", "each"]);

/**
 * "say one of the coreos nodes just dies at first chair. what happens to the containers on it?":
 * two rare words of the question's own, both in one fact, say which fact is asked for, however
 * many of the scene's words the sources lack.
 */
function pinpointed(hits: readonly WordHit[], systems: readonly string[]): boolean {
  const rare = hits.filter(
    (hit) =>
      hit.exact &&
      !hit.synonym &&
      hit.weight >= PINPOINT_WEIGHT &&
      (hit.scale ?? 1) >= PINPOINT_SCALE,
  );
  // Two words of one fact, of a system named: not CoreOS's fact when Photon is asked about.
  return rare.some((a, i) =>
    rare
      .slice(i + 1)
      .some(
        (b) =>
          (!a.everyday || !b.everyday) &&
          a.facts.some((fact) => b.facts.includes(fact)) &&
          systems.some((system) => a.systems.includes(system) && b.systems.includes(system)),
      ),
  );
}
const PINPOINT_WEIGHT = 4.5;
/** Words of a condition ("if a node dies, …") count; a scene's ("it died, fine. …") do not. */
const PINPOINT_SCALE = 0.5;
