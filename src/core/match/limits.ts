import type { KnowledgeBase } from "../knowledge/schema.js";
import { editDistance } from "./edit-distance.js";
import { isEnglishWord } from "./english-words.js";
import { isContentWord, wordKey } from "./fact-words.js";
import { namesTheRest, SYSTEM_COUNTS } from "./match-question.js";
import { tokenise } from "./normalise.js";
import { containsRun, range, startsRun } from "./token-runs.js";
import {
  ARTICLES,
  ASKERS_OWN,
  COMMON_WORDS,
  COMPARATIVES,
  DOERS,
  INDEFINITE_ARTICLES,
  MONTH_NAMES,
  NOW_WORDS,
  NUMBER_WORDS,
  PLEASE,
  POINTING_ARTICLES,
  POSSESSIVES,
  sizesReply,
  TIME_UNITS,
  VERSUS,
} from "./vocabulary.js";

const IP_ADDRESS = /^\d{1,3}(\.\d{1,3}){3}$/;

/** A size's unit, or a size with its unit ("mb", "333mb"). */
const SIZE = /^\d*(k|m|g)i?b$/;

/** Words that stress what is asked without changing it ("still even called", "really cost"). */
const EMPHASIS_WORDS = new Set(["even", "really", "actually", "just", "truly", "honestly"]);

/** What a question asks that its sources cannot know, found by `LimitIndex.find`. */
export interface LimitHit {
  /** The limit's id, or "later-years" / "unknown-version" for the rules read off the sources. */
  id: string;
  /** Finishes "My sources (2014–2015) don't say …". */
  label: string;
  /** Words that find what the sources do say nearby, from limits.yml. */
  nearby?: string[];
  /** The words of every limit's phrases as keys ("right now", "cost"): they ask, they name nothing. */
  asking?: ReadonlySet<string>;
  /** The positions of system names the phrases cover ("fedora coreos" is no CoreOS). */
  covers?: readonly number[];
  /**
   * The facts, of other systems, that name what was asked ("AppArmor" is Snappy's), the most
   * about it first: whose it is, and on which topic the system asked about has its own.
   */
  elsewhere?: readonly number[];
  /**
   * "coreos 647 came with docker 1.6 iirc?": a number claimed for a thing whose number the
   * facts give otherwise for that system, and no later than theirs. A claim to check, not beyond
   * the sources: unless the question asks something else of it, what they say answers it.
   */
  checks?: { name: string; number: string };
  /** A name written only of another system says more (limits.yml `after_foreign_name`). */
  afterForeignName?: true;
  /** Asked of what a source wrote, the source answers it (limits.yml `source_answers`). */
  sourceAnswers?: true;
  /** Only of a question about no system (limits.yml `no_system`). */
  noSystem?: true;
  /** The words of the phrase found, as keys: what else the question says is beside them. */
  said?: readonly string[];
}

/**
 * Finds the questions beyond the sources: phrases from limits.yml ("still maintained",
 * "acquired"), a year after the newest source ("in 2019"), or a version number no source
 * mentions ("photon os 5.0", "v1.5", "ubuntu core 22"). Phrases match whole words in order,
 * whatever their endings, with or without the system names in between ("latest rancheros release"). A phrase
 * that a fact of the systems asked about uses is no limit: those sources do speak of it ("dcos
 * pricing" has its free edition).
 */
export class LimitIndex {
  /**
   * The phrases under their first key, each with its place in limits.yml: a question looks up its
   * own words instead of scanning every phrase (about 6 % of a question's time otherwise).
   */
  private readonly phrasesByFirst: Map<
    string,
    {
      keys: string[];
      hit: LimitHit;
      order: number;
      askedOnly: boolean;
      notInScene: boolean;
      ownSceneToo: boolean;
      past: number[];
      nouns: number[];
      adverbs: number[];
      /** Whether it opens with a plural ("shops running"): it asks which ones, of many. */
      plural: boolean;
    }[]
  >;
  private readonly newestYear: number;
  /** Numbers each system's facts quote: a version of one system is not one of another's. */
  private readonly knownNumbers: Map<string, Set<string>>;
  /** Each fact's system and its words as keys; a break ("") keeps phrases inside one part. */
  private readonly factKeys: { system: string; keys: string[] }[];
  /** The facts (indexes into factKeys) that hold each key: where a phrase may be. */
  private readonly factsWithKey: Map<string, number[]>;
  /** Every number the facts write whole ("22", "1.6.0"; not "3" of "3.19"). */
  private readonly wholeNumbers = new Set<string>();
  /** Every word of the facts as written: a name like "h100" or "k3s" none uses is beyond them. */
  private readonly factWords: ReadonlySet<string>;
  /** Every "name number" the facts write ("fedora 22", "kernel 3.19"): "rhel 9" is none. */
  private readonly factModels: ReadonlySet<string>;
  /** Names the facts write before "version" ("a CentOS version"): an edition, no number asked. */
  private readonly editions = new Set<string>();
  /**
   * Every word each system's facts write a number after ("docker", "kernel"): they give its
   * version for that system.
   */
  private readonly numbered = new Map<string, Set<string>>();
  /** The highest number the facts write after each word ("docker" 1.6.0): how far they reach. */
  private readonly newestNumber = new Map<string, string>();
  /** Every word each system's facts write after a number ("mb", "users"): what they count. */
  private readonly counted = new Map<string, Set<string>>();
  /** Every size each system's facts quote, without its unit ("251" of "251 MB"). */
  private readonly sized = new Map<string, Set<string>>();
  /**
   * Every name the facts write ("Marathon", "systemd" as a table value), lower case, to how they
   * write it: things with versions.
   */
  private readonly names = new Map<string, string>();
  /** Hyphenated names the facts write ("cloud-init"), under their words joined ("cloudinit"). */
  private readonly hyphenated = new Map<string, string>();
  /** The words of every limit's phrases as keys. */
  private readonly asking = new Set<string>();
  /**
   * The limits' own words, as written, long enough to be told from a typo of them, by first letter
   * and length: a typo is looked for among a handful, not all of them.
   */
  private readonly spellings = new Map<string, string[]>();

  constructor(kb: Pick<KnowledgeBase, "limits" | "sources" | "facts" | "systems">) {
    this.factKeys = [];
    this.factsWithKey = new Map();
    this.knownNumbers = new Map();
    const words = new Set<string>();
    const models = new Set<string>();
    // One pass over the facts, each part tokenised once: at 100x knowledge this is 29,100 facts.
    kb.facts.forEach((fact, index) => {
      const parts = [fact.text, fact.value ?? "", ...(fact.terms ?? [])].map(tokenise);
      // A term written with a capital is a name the fact stands for ("EC2" for "Amazon").
      for (const name of [...(fact.text.match(CAPITALISED) ?? []), ...(fact.terms ?? [])])
        if (/[A-Z]/.test(name)) this.names.set(name.toLowerCase(), name);
      // "cloud-init", "rpm-ostree": a hyphenated name, under its words joined.
      for (const name of fact.text.match(HYPHENATED) ?? [])
        this.hyphenated.set(name.replaceAll("-", ""), name);
      // A table value names its thing first ("systemd", "Docker 1.5.0"; not "… reboot to switch").
      const valued = parts[1]?.[0];
      if (valued && !this.names.has(valued)) this.names.set(valued, valued);
      const keys = parts.flatMap((part) => [...part.map(wordKey), ""]);
      this.factKeys.push({ system: fact.system, keys });
      for (const key of new Set(keys)) {
        const list = this.factsWithKey.get(key) ?? [];
        list.push(index);
        this.factsWithKey.set(key, list);
      }
      const numbers = this.knownNumbers.get(fact.system) ?? new Set<string>();
      this.knownNumbers.set(fact.system, numbers);
      const numbered = this.numbered.get(fact.system) ?? new Set<string>();
      this.numbered.set(fact.system, numbered);
      const counted = this.counted.get(fact.system) ?? new Set<string>();
      this.counted.set(fact.system, counted);
      const sized = this.sized.get(fact.system) ?? new Set<string>();
      this.sized.set(fact.system, sized);
      parts.forEach((part, p) => {
        part.forEach((word, i) => {
          words.add(word);
          const next = part[i + 1] ?? "";
          // "Fedora 22" is also written "f22", "PID 1" "pid1", "OAuth 2.0" "oauth2".
          if (/^[a-z]/.test(word) && isNumber(next))
            for (const short of shortened(next))
              words.add(`${word[0]}${short}`).add(`${word}${short}`);
          if (VERSIONED.has(next)) this.editions.add(word);
          if (p > 1) return; // terms quote no numbers: only the text and the value do.
          // "1.5.0" also makes "1.5" and "1" known: people shorten the versions they quote.
          for (const short of shortened(word)) numbers.add(short);
          if (isNumber(word)) this.wholeNumbers.add(word.replace(/^v/, ""));
          for (const short of shortened(next)) models.add(`${word} ${short}`);
          if (isNumber(next)) numbered.add(word);
          if (isNumber(next) && !isYear(next) && isContentWord(word)) {
            const newest = this.newestNumber.get(word);
            if (!newest || laterThan(next, newest)) this.newestNumber.set(word, next);
          }
          // A count or a size ("500 users", "20 MB", "two Docker daemons"), not a year or a version.
          const whole = /^\d+$/.test(word);
          const count = whole ? !isYear(word) : COUNT_WORDS.has(word);
          if (count && isContentWord(next)) counted.add(wordKey(next));
          if (whole && SIZE.test(next)) sized.add(word);
        });
      });
    });
    this.factWords = words;
    this.factModels = models;
    this.phrasesByFirst = new Map();
    // Every limit's words as keys, alone and paired as the facts' pairs are: "what replaced it"
    // asks a limit even when "deprecated" was the one found.
    const asking = this.asking;
    // "buy {system}": the phrase once for each name of each system.
    const systemNames = [...new Set(kb.systems.flatMap((s) => [s.name, ...s.aliases]))];
    const phrases = (kb.limits ?? []).flatMap((limit) => {
      const { id, label, words, nearby } = limit;
      const hit = {
        id,
        label,
        asking,
        ...(nearby && { nearby }),
        ...(limit.after_foreign_name && { afterForeignName: true as const }),
        ...(limit.source_answers && { sourceAnswers: true as const }),
        ...(limit.no_system && { noSystem: true as const }),
      };
      const askedOnly = limit.asked_only === true;
      const notInScene = askedOnly || limit.not_in_scene === true;
      const ownSceneToo = limit.own_scene_too === true;
      return words.flatMap((written) => {
        // A system's name asks nothing by itself: only the phrase's own words do.
        const own = tokenise(written.replace(SYSTEM_SLOT, " "));
        own.forEach((word, i) => {
          asking.add(wordKey(word));
          if (word.length >= MIN_TYPO_LENGTH) {
            const bucket = `${word[0]}${word.length}`;
            const list = this.spellings.get(bucket) ?? [];
            if (!list.includes(word)) list.push(word);
            this.spellings.set(bucket, list);
          }
          const next = own[i + 1];
          if (next !== undefined) asking.add(wordKey(`${word}${next}`));
        });
        const spelt = written.includes(SYSTEM_SLOT)
          ? systemNames.map((name) => written.replace(SYSTEM_SLOT, name))
          : [written];
        return spelt.map((phrase) => {
          const tokens = tokenise(phrase);
          const ending = (suffix: string) =>
            tokens.flatMap((word, i) => (word.endsWith(suffix) ? [i] : []));
          // "what replaced fleet" (or "did they rename it") asks what came later; "what replaces
          // yum" what is used instead.
          const past = ending("ed");
          // "lately" is no "late" ("by late 2014"), though their stems are one.
          const adverbs = ending("ly");
          // "the regional champs" is no "region": the adjective, though their stems are one.
          const nouns = tokens.flatMap((word, i) => (/als?$/.test(word) ? [] : [i]));
          const keys = tokens.map(wordKey);
          const plural = tokens.length > 1 && /[^s]s$/.test(tokens[0] ?? "");
          return { keys, hit, askedOnly, notInScene, ownSceneToo, past, adverbs, nouns, plural };
        });
      });
    });
    phrases.forEach(({ keys, ...phrase }, order) => {
      const first = keys[0];
      if (first === undefined) return;
      const list = this.phrasesByFirst.get(first) ?? [];
      list.push({ keys, order, ...phrase });
      this.phrasesByFirst.set(first, list);
    });
    this.newestYear = Math.max(...kb.sources.map((s) => Number(s.date.slice(0, 4))));
  }

  /**
   * "sample marathon json for our ticket api", "an example fleet unit file for nginx": an example
   * of a configuration, whatever names it between, as the limit's "example config" says; the
   * sources give none. Not "for example", nor an example of a configuration's use ("example json
   * use in atomic", "example lb config documentation"), which the sources describe.
   */
  private exampleAsked(tokens: readonly string[], asides: readonly Aside[]): LimitHit | undefined {
    const configuration = (j: number) =>
      CONFIG_KINDS.has(tokens[j] ?? "") && !ABOUT_A_CONFIGURATION.has(tokens[j + 1] ?? "");
    // "a marathon json for a 3-instance app", "a fleet unit file for nginx": one made for a job;
    // not "a unit file explanation", "a kickstart on coreos", "json files to link containers".
    const configurationFor = (j: number) => {
      const next = FILE_WORDS.has(tokens[j + 1] ?? "") ? j + 2 : j + 1;
      return configuration(j) && tokens[next] === "for";
    };
    // Not a question of its own: "which os uses json files for linking containers, example please".
    const openly = (until: number) => tokens.slice(0, until).some((word) => ASKING_FIRST.has(word));
    const asked = tokens.some(
      (t, i) =>
        !asides[i] &&
        ((EXAMPLE_WORDS.has(t) &&
          tokens[i - 1] !== "for" &&
          [1, 2, 3].some((ahead) => configuration(i + ahead))) ||
          // "give me a marathon json for a 3-instance app", "write us a fleet unit for nginx"
          (GIVING.has(t) &&
            GIVEN.has(tokens[i + 1] ?? "") &&
            [2, 3, 4].some((ahead) => configurationFor(i + ahead))) ||
          // "marathon json for a spark job, example please", "… json for nginx, just paste it":
          // the example asked for at the end.
          ((EXAMPLE_WORDS.has(t) || t === "paste") &&
            i >= tokens.length - 2 &&
            (i === tokens.length - 1 ||
              PLEASE.has(tokens[i + 1] ?? "") ||
              tokens[i + 1] === "it") &&
            [1, 2, 3, 4, 5, 6, 7, 8].some(
              (back) => configurationFor(i - back) && !openly(i - back),
            ))),
    );
    return asked ? this.limitOf(EXAMPLE_PHRASE) : undefined;
  }

  /**
   * "is rancheros 2 mins to install?", "atomic 2 min reboot?": how long something of a system takes,
   * a figure the sources never give; not "coreos 30 second rundown", which sizes the reply.
   */
  private durationAsked(
    tokens: readonly string[],
    names: ReadonlySet<number>,
    asides: readonly Aside[],
  ): LimitHit | undefined {
    // Right after the system's name: not the asker's "sat window closes in 10 min".
    const asked = tokens.some(
      (t, i) =>
        !asides[i] &&
        names.has(i - 1) &&
        /^\d+$/.test(t) &&
        TIME_UNITS.has(tokens[i + 1] ?? "") &&
        !sizesReply(tokens, i),
    );
    return asked ? this.limitOf(DURATION_PHRASE) : undefined;
  }

  /**
   * "(photon package manager) what version is it at now", "which release are they on today", "what
   * is the newest kernel of coreos now?": the version of today, whatever words come between, as
   * the limit's "version now" says.
   */
  private versionNowAsked(
    tokens: readonly string[],
    asides: readonly Aside[],
  ): LimitHit | undefined {
    const asked = tokens.some((t, i) => {
      if (asides[i]) return false;
      // "what is the newest kernel of coreos now?": the newest of a thing, to the question's end.
      if (NEWEST.has(t))
        return (
          NOW_WORDS.has(tokens.at(-1) ?? "") &&
          // "… which had the newest kernel? asking now": when the asker asks, not what.
          !ASKING_NOW.has(tokens.at(-2) ?? "") &&
          tokens.length - i <= NOW_REACH + 2 &&
          !tokens.slice(i).some((word) => ASKERS_OWN.has(word))
        );
      if (!VERSIONED.has(t)) return false;
      // Asked which: "what version", "which docker version"; not "the version we run now is 647".
      if (!askedWhich(tokens, i)) return false;
      const after = tokens.slice(i + 1, i + 1 + NOW_REACH);
      const now = after.findIndex((word) => NOW_WORDS.has(word));
      return now >= 0 && !after.slice(0, now).some((word) => ASKERS_OWN.has(word));
    });
    return asked ? this.limitOf(VERSION_NOW_PHRASE) : undefined;
  }

  /**
   * "(coreos kernel) is it still on that kernel now?", "does atomic still default to xfs now?": a
   * question of a thing ("is it", "does atomic") that is "still" so, ending on "now", asks how the
   * thing stands today, as the limit's "still current" says. Not the asker's own state ("for now
   * still evaluating", "still confused, now explain fleet", "are we still ok now?").
   */
  private stillNowAsked(tokens: readonly string[], asides: readonly Aside[]): LimitHit | undefined {
    const now = NOW_WORDS.has(tokens.at(-1) ?? "") ? tokens.length - 1 : -1;
    const still = tokens.lastIndexOf("still", now);
    if (now < 0 || asides[now] || still < 0 || now - still > STILL_REACH) return undefined;
    // The question's opener, then its subject: "is it", "are snappy apps", "does fleet".
    let opener = still - 2;
    while (
      opener >= Math.max(0, still - 1 - STILL_SUBJECT) &&
      !STILL_OPENERS.has(tokens[opener] ?? "")
    )
      opener--;
    const subject = tokens.slice(opener + 1, still);
    const ofAThing = subject.every((word) => isContentWord(word) || THING_PRONOUNS.has(word));
    // "atomic cockpit still need setenforce 0 now?": chat's question, its subject first.
    const asked = STILL_OPENERS.has(tokens[opener] ?? "") || (opener < 0 && subject.length > 0);
    return asked && ofAThing ? this.limitOf(STILL_NOW_PHRASE) : undefined;
  }

  /**
   * "does dcos use kubernetes now instead of marathon?", "is atomic production ready now?": what a
   * system, named right after the question's opener, does or is "now", at the question's end or
   * before what it replaced, asks how it stands today, as the limit's "still current" says. Not
   * "now" within the question ("does coreos reboot now or wait?", "every now and then", "now
   * that", the next sentence's "now tell me …"), nor the asker's steps ("will coreos reboot
   * now?", "once it's installed, does snappy now run docker?"), nor "how do i update coreos now?"
   * (no system right after the opener).
   */
  private systemNowAsked(
    tokens: readonly string[],
    names: ReadonlySet<number>,
    asides: readonly Aside[],
  ): LimitHit | undefined {
    const asked = tokens.some((t, i) => {
      if (!NOW_OPENERS.has(t) || !names.has(i + 1) || asides[i]) return false;
      if (tokens.slice(0, i).some((word) => CASES.has(word))) return false;
      const after = tokens.slice(i + 2, i + 2 + NOW_AFTER_SYSTEM);
      const now = after.findIndex((word) => NOW_WORDS.has(word));
      const next = tokens[i + 3 + now];
      return now >= 0 && (next === undefined || REPLACING.has(next));
    });
    return asked ? this.limitOf(STILL_NOW_PHRASE) : undefined;
  }

  /**
   * "is rkt dead?", "is rkt from coreos dead": whether a thing is dead, whatever names it between,
   * as the limit's "is dead" says. Not the asker's own things: "is the node dead", "is node 3 dead".
   */
  private deadAsked(
    tokens: readonly string[],
    names: ReadonlySet<number>,
    asides: readonly Aside[],
  ): LimitHit | undefined {
    const asked = tokens.some((t, i) => {
      if (asides[i] || !IS_WAS.has(t)) return false;
      // The subject is a system or a thing the facts name: not "is prod dead", "is everything dead".
      const subject = tokens[i + 1] ?? "";
      if (!names.has(i + 1) && !this.names.has(subject)) return false;
      const end = tokens.slice(i + 2, i + 1 + DEAD_REACH).indexOf("dead");
      if (end < 0) return false;
      const rest = tokens.slice(i + 3 + end);
      const named = tokens.slice(i + 1, i + 2 + end);
      // "is docker dead on rancheros if system docker dies?": the asker's case, not the project.
      // "is fleet dead on node 2?", "is cockpit dead for you too?": the asker's outage.
      const local = LOCAL.has(rest[0] ?? "");
      return (
        !local &&
        !named.some((word) => DEGREES.has(word) || ASKERS_OWN.has(word)) &&
        !rest.some((word) => CASES.has(word))
      );
    });
    return asked ? this.limitOf(DEAD_PHRASE) : undefined;
  }

  /** The limit a limits.yml phrase belongs to. */
  private limitOf(phrase: readonly string[]): LimitHit | undefined {
    const keys = phrase.map(wordKey);
    return this.phrasesByFirst
      .get(keys[0] as string)
      ?.find((candidate) => candidate.keys.join(" ") === keys.join(" "))?.hit;
  }

  /**
   * `names` holds the positions of tokens that name a system, and `systems` those systems;
   * `reach`, the facts each other known word of the question reaches, by position. With
   * `emphasis` (1 where a clause asks), an `asked_only` limit's phrase in a clause that only sets
   * the scene ("need it for a driver thing") is not what is asked. `asides` marks the words the
   * asker pasted or told of their own setup: what they have, not what they ask.
   */
  find(
    tokens: readonly string[],
    names: ReadonlySet<number> = new Set(),
    systems: readonly string[] = [],
    emphasis: readonly number[] = [],
    reach: Reach = new Map(),
    asides: readonly Aside[] = [],
  ): LimitHit | undefined {
    const keys = tokens.map((token) => this.limitKey(token));
    const offered = this.offered(tokens, systems);
    // "which has the latest kernel, coreos or atomic?", "which of the others has the newest one":
    // the systems ranked by what the sources number of each; not "… now", which asks of today.
    // Read only once a ranking phrase is found: most questions have none.
    const ranksTheSystems = () =>
      tokens.some((t) => t === "which" || t === "who") &&
      ((names.size > 0 && systems.length >= 2) ||
        namesTheRest(tokens) ||
        tokens.some((t, i) => t === "which" && whichOfThem(tokens, i + 1))) &&
      !tokens.some((t) => TODAY.has(t));
    const positions = keys.map((_, i) => i);
    const unnamed = positions.filter((i) => !names.has(i));
    // Of the phrases asked, the first in limits.yml, as with a scan in its order.
    let found: { hit: LimitHit; order: number; keys: readonly string[] } | undefined;
    // The system names every phrase covers, not only the first's: "rhel coreos" as well as
    // "successor".
    const covers = new Set<number>();
    // "is it even still maintained": the phrase with the asker's emphasis left out.
    const unstressed = unnamed.filter((i) => !EMPHASIS_WORDS.has(tokens[i] as string));
    for (const at of [positions, unnamed, unstressed]) {
      const sequence = at.map((i) => keys[i] as string);
      sequence.forEach((key, start) => {
        const aside = asides[at[start] as number];
        if (aside === "pasted") return;
        const scene = (emphasis[at[start] as number] ?? 1) < 1;
        // "our current servers" are the asker's own, not how the system stands today; "yum
        // muscle memory" is a habit, not RAM.
        const before = tokens[(at[start] as number) - 1] ?? "";
        const notAsked =
          POSSESSIVES.has(before) ||
          IDIOMS.has(`${before} ${key}`) ||
          describesTheAskers(tokens, at[start] as number);
        // "as we currently do", "if we eventually want …": the asker's own practice or plans, not
        // how the system stands ("how do i backup etcd" still asks for a backup).
        // "if we want to run a cassandra cluster eventually": the asker's plan, to its end.
        const ownPractice = ASKERS.has(before) || plannedBefore(tokens, at[start] as number);
        for (const phrase of this.phrasesByFirst.get(key) ?? []) {
          if (scene && phrase.notInScene) continue;
          if (aside === "own" && !phrase.ownSceneToo) continue;
          if (phrase.keys.length === 1 && notAsked) continue;
          // "if we eventually want kubernetes", "we eventually got atomic running": an adverb of
          // the asker's own doing, not of what became of a system.
          if (
            phrase.keys.length === 1 &&
            ownPractice &&
            (phrase.hit.sourceAnswers ||
              (phrase.adverbs.length > 0 &&
                !SEEING.has(tokens[(at[start] as number) + 1] ?? "") &&
                // "did we subsequently get a stable release?" asks what happened.
                !AUXILIARIES.has(tokens[(at[start] as number) - 2] ?? "")))
          )
            continue;
          // "how does one obtain root privileges afterwards?": a step of a way asked, not what
          // became of a system.
          if (
            phrase.keys.every((k) => STEP_KEYS.has(k)) &&
            wayAskedBefore(tokens, at[start] as number)
          )
            continue;
          // "if we ever get a big cluster", "if we also want a hadoop cluster later on": the asker's
          // own plans, not what became of a system.
          if (ownPractice && (phrase.keys[0] === "ever" || PLAN_TIMES.has(phrase.keys.join(" "))))
            continue;
          if (!startsRun(sequence, start, phrase.keys)) continue;
          // "if the new one won't boot": the phrase ends in half a contraction, another word.
          const last = at[start + phrase.keys.length - 1] as number;
          if (tokens[last + 1] === "t") continue;
          // "for a 24/7 ops team", "a 24x7 shop": how the asker works, not the vendor's hours.
          const written = tokens.slice(at[start] as number, last + 1).join(" ");
          if (
            ROUND_THE_CLOCK.has(written) &&
            ownOperation(tokens, at[start] as number, last, names)
          )
            continue;
          // "is that the newest one out of all of them?" ranks the systems; no later release.
          // "how many of them use systemd?" counts the systems; no measurement.
          const after = at[start + phrase.keys.length];
          const ranking = at
            .slice(start, start + phrase.keys.length)
            .some((i) => COMPARATIVES.has(tokens[i] as string) || tokens[i] === "many");
          if (ranking && after !== undefined && amongThem(tokens, after)) continue;
          // Only a thing the facts give a number for ("kernel", "docker", "one" of them), of a
          // limit a source can answer: not "which boots faster?", nor "the latest release".
          const ranked = phrase.keys.find((key) => !COMPARATIVES.has(key));
          if (
            ranking &&
            phrase.hit.sourceAnswers &&
            ranked !== undefined &&
            (ranked === "one" || heldBy(this.numbered, [], ranked)) &&
            ranksTheSystems()
          )
            continue;
          // "how many MB is rancheros?": the facts give the figure ("20 MB"). Not "is coreos
          // still maintained? user runs it in prod": only "how many" or "how much" counts.
          const counting = COUNTING.has(phrase.keys[phrase.keys.length - 1] as string);
          // "how many ways can i install coreos?" asks for the ways, which the facts list.
          const next = sequence[start + phrase.keys.length];
          if (
            phrase.askedOnly &&
            counting &&
            (this.counts(next, systems) || ENUMERATED.has(next ?? ""))
          )
            continue;
          const span = at.slice(start, start + phrase.keys.length);
          const asked = (p: number) => tokens[span[p] as number] as string;
          if (phrase.past.some((p) => asked(p).endsWith("s"))) continue;
          // "for a tiny shop running an inventory app": one shop, the asker's; not which shops.
          const one = span[0] as number;
          if (
            phrase.plural &&
            !asked(0).endsWith("s") &&
            [tokens[one - 1], tokens[one - 2]].some((t) => INDEFINITE_ARTICLES.has(t ?? ""))
          )
            continue;
          // "for the archive index", "our photo archive box": a thing, where "archived" tells
          // what became of one.
          if (
            phrase.past.some((p) => {
              if (asked(p).endsWith("ed")) return false;
              const at = span[p] as number;
              const next = tokens[at + 1] ?? "";
              return (
                NOUN_MARKERS.has(tokens[at - 1] ?? "") ||
                (isContentWord(next) &&
                  // "does snappy still update automatically?": an adverb, no thing.
                  !next.endsWith("ly") &&
                  !names.has(at + 1) &&
                  !this.names.has(next) &&
                  !COMMON_WORDS.has(next) &&
                  !DOING.has(tokens[at - 1] ?? ""))
              );
            })
          )
            continue;
          if (phrase.adverbs.some((p) => !asked(p).endsWith("ly"))) continue;
          if (phrase.nouns.some((p) => /als?$/.test(asked(p)))) continue;
          const better = !found || phrase.order < found.order;
          // Only a phrase over a system's name needs checking once a first one is found: the
          // facts' check costs 1.5 ms of p99 at 100x knowledge otherwise.
          const naming = span.some((i) => names.has(i));
          const reached = phrase.askedOnly ? reach : NO_REACH;
          if (
            (!better && !naming) ||
            this.factsSay(phrase.keys, systems, span, reached) ||
            (phrase.notInScene &&
              !phrase.askedOnly &&
              this.saidOfIt(tokens, span, systems, reached))
          )
            continue;
          if (naming) for (const i of span) covers.add(i);
          if (better) found = phrase;
        }
      });
    }
    if (found) return { ...found.hit, covers: [...covers], said: found.keys };
    const example =
      this.exampleAsked(tokens, asides) ??
      this.versionNowAsked(tokens, asides) ??
      this.stillNowAsked(tokens, asides) ??
      this.systemNowAsked(tokens, names, asides) ??
      this.durationAsked(tokens, names, asides) ??
      this.deadAsked(tokens, names, asides);
    if (example) return example;
    let claim: LimitHit | undefined;
    for (const [i, token] of tokens.entries()) {
      // "after 2015", "since 2015": what came later.
      const later = AFTER_WORDS.has(tokens[i - 1] ?? "") && Number(token) === this.newestYear;
      // "rpm-ostree 2019.x": a release numbered by a later year is later too.
      const [calendar = token] = token.split(".");
      if (isYear(calendar) && (Number(calendar) > this.newestYear || later)) {
        return { id: "later-years", label: `what happened after ${this.newestYear}` };
      }
      // "$ docker version / Server version: 1.6.0 / is this atomic's docker?": the names and
      // versions of pasted output are what the asker has, not what is asked; so are those of
      // their own setup ("we're stuck on Docker 1.3").
      if (asides[i] || offered.has(i)) continue;
      // "fleet in coreos = ? (1 sentence)": how long the answer should be (not "the 4.9 line").
      // "coreos 5 min overview", "atomic 2 min reboot?": a while, not a release.
      if (/^\d+$/.test(token) && (sizesReply(tokens, i) || TIME_UNITS.has(tokens[i + 1] ?? "")))
        continue;
      // "4.x" is any 4: known when the facts quote a 4.
      const number = token.replace(/^v(?=\d)/, "").replace(/\.x$/, "");
      // A whole number names a version only right after a system's name, "version", or a name
      // the facts never write with it ("rhel 9", "raspberry pi 5"; not "fedora 22").
      const before = tokens[i - 1] ?? "";
      // "listening on atomic-01": a zero-padded number counts hosts; no release is numbered so.
      const whole = /^\d+$/.test(number) && !/^0\d/.test(number);
      // "atomic 151/333mb": a size beside a system's name, not its version.
      // "coreos 3 nodes", "rancheros, 2 questions": a count of machines or questions after the
      // name, not its version ("fedora atomic 25 host", "coreos 1122 stable hosts" are releases).
      const next = tokens[i + 1] ?? "";
      const counts = whole && COUNTED_THINGS.has(next);
      const afterName = names.has(i - 1) && !counts && !SIZE.test(next);
      // "project atomic 2014", "a talk (2014-ish)": a year of the sources, not a version.
      const year = isYear(number) && Number(number) <= this.newestYear;
      // "openshift 4": a product the facts name, with a number they never write beside it (the
      // kernel's 4.0.0 is no OpenShift 4).
      const model =
        whole &&
        !year &&
        !names.has(i - 1) &&
        !VERSION_WORDS.has(before) &&
        // "agenda item 3", "node 2": a place in a list, not a product's version.
        !LIST_WORDS.has(before) &&
        !NUMBERED_PLACES.has(before) &&
        // "deadline night (nov 1 is brutal)": a date, not a release; but "what did the coreos
        // release on nov 12 include?" asks of a release after the sources (not "updates are
        // frozen from dec 18": the release's word is right before the date).
        !(
          MONTHS.has(before) &&
          !tokens.slice(Math.max(0, i - 4), i - 1).some((word) => RELEASED.has(word))
        ) &&
        isModel(before) &&
        // "OpenShift 4", "esxi 8"; not an amount ("moving 40 services", "a tiny 2 node setup").
        !/^[a-z]{3,}s$/.test(next) &&
        !(COUNTED.has(next) && !this.names.has(before)) &&
        // "small team, 3 of us": a count of some of a group.
        next !== "of" &&
        // "a tiny 3 box setup": a count of the asker's machines (not "an esxi 8 host").
        !(MACHINE.has(next) && isEnglishWord(before)) &&
        // "3 gyms, 1 server each": a count of the asker's things.
        !DISTRIBUTIVE.has(tokens[i + 2] ?? "") &&
        // "14 trucks, 1 office", "2 shops, 1 warehouse": a count after another count, not a
        // release of the trucks.
        !(/^\d+$/.test(tokens[i - 2] ?? "") || COUNT_WORDS.has(tokens[i - 2] ?? "")) &&
        !this.factModels.has(`${before} ${number}`);
      const version =
        !year &&
        // "ssh root@10.0.0.5": an address, no release.
        !IP_ADDRESS.test(number) &&
        (/^\d+(\.(\d+|x))+$/.test(number) ||
          (number !== token && whole) ||
          (whole && (afterName || VERSION_WORDS.has(before))));
      // "v3" is a version as written: kernel 3.19 is no "v3".
      // "photon os 2.0": a version said of a system is known only as its facts say it of that
      // system's name (the 2.0 of OAuth 2.0 is no Photon 2.0).
      // "rancheros had docker 1.6 but atomic was still on 1.5, right?": set among several
      // systems, a figure any of the facts quote is a claim about them, not a later release.
      // "atomic is 151/333mb and photon 251 right?": a figure its facts quote, the unit dropped.
      const quoted = afterName
        ? this.modelOf(tokens, names, i, number, systems) ||
          (whole && heldBy(this.sized, systems, number))
        : number === token || token.endsWith(".x")
          ? this.quotes(number, systems) || (systems.length !== 1 && this.quotes(number, []))
          : this.wholeNumbers.has(number);
      if (model || (version && !quoted)) {
        const hit = { id: "unknown-version", label: `anything about version ${number}` };
        // A claim is checked whole: a later unknown number or name is still beyond the sources.
        if (!this.checkable(before, number, systems, afterName)) return hit;
        claim ??= { ...hit, checks: { name: this.names.get(before) ?? before, number } };
        continue;
      }
      // "what marathon version ships", "which version of systemd": a version the facts never give.
      // "atomic's version of etcd" is what Atomic has instead of etcd.
      // "when did red hat release project atomic?": the verb, its object a system, no version.
      // Not "which docker release coreos ships": asked which, it is the noun.
      const object = tokens[i + 1] ?? "";
      const releasing =
        RELEASING.has(token) &&
        (names.has(i + 1) || OBJECTS.has(object) || this.names.has(object)) &&
        !askedWhich(tokens, i);
      const at =
        VERSIONED.has(token) && !releasing
          ? i - 1
          : before === "of" && VERSIONED.has(tokens[i - 2] ?? "") && !names.has(i - 3)
            ? i
            : -1;
      // "which cloud-init version": the name the two words before it spell.
      const hyphenated = this.hyphenated.get(`${tokens[at - 1] ?? ""}${tokens[at] ?? ""}`);
      // "which selinux policy version": the name a part of it follows (a word the facts use, not
      // "kernal" misspelt after a system's name).
      const part = tokens[at] ?? "";
      const owner =
        at === i - 1 &&
        !this.names.has(part) &&
        this.factWords.has(part) &&
        !COMMON_WORDS.has(part) &&
        !names.has(at - 1) &&
        this.names.has(tokens[at - 1] ?? "")
          ? tokens[at - 1]
          : undefined;
      const thing = hyphenated ?? owner ?? tokens[at];
      // Only a thing the facts name: "kernal" may be their kernel, misspelt; "the short version".
      // "what docker version does dcos bundle": DCOS's facts number no Docker, though others' do.
      // "is there a centos version of atomic?" asks for an edition the facts write of, no number.
      const edition =
        at === i - 1 &&
        INDEFINITE_ARTICLES.has(tokens[i - 2] ?? "") &&
        this.editions.has(thing ?? "");
      const unversioned =
        thing !== undefined &&
        (hyphenated !== undefined || this.names.has(thing)) &&
        !heldBy(this.numbered, systems, thing) &&
        !edition;
      if (unversioned && !names.has(at) && isModel(thing)) {
        return { id: "unknown-version", label: `which version of ${thing} it ships` };
      }
      if (isModelName(token) && isContentWord(token) && !this.factWords.has(token)) {
        return { id: "unknown-name", label: `anything about ${token}` };
      }
    }
    return claim;
  }

  /**
   * A word's key, or the key of the limit word it misspells by one letter ("is coreos still
   * maintaned", "the lastest rancheros version"): only a word no fact and no dictionary knows.
   */
  private limitKey(token: string): string {
    const key = wordKey(token);
    if (token.length < MIN_TYPO_LENGTH || this.asking.has(key) || this.factWords.has(token))
      return key;
    const first = token[0] ?? "";
    for (const length of [token.length - 1, token.length, token.length + 1]) {
      const near = this.spellings
        .get(`${first}${length}`)
        ?.find((word) => editDistance(token, word, 1) <= 1);
      if (near) return isEnglishWord(token) ? key : wordKey(near);
    }
    return key;
  }

  /** A name the facts write ("SELinux" for "selinux"), as they write it. */
  writtenName(token: string): string | undefined {
    return this.names.get(token);
  }

  /**
   * "how do I use `ros config set`?": a command no fact writes is one the sources do not describe
   * ("`docker run -d nginx`" they do).
   */
  command(commands: readonly (readonly string[])[]): LimitHit | undefined {
    const unknown = commands.find((words) => this.factsWriting(words.map(wordKey)).length === 0);
    return unknown && { id: "unknown-command", label: `what \`${unknown.join(" ")}\` does` };
  }

  /** Whether `key` is a word of a limit's phrases: it asks, it names nothing. */
  asks(key: string): boolean {
    return this.asking.has(key);
  }

  /**
   * Whether the facts write `number` after a word of the system's name just before it, or after
   * the name's words run together ("rancher os 0.23" as "RancherOS 0.23.0").
   */
  private modelOf(
    tokens: readonly string[],
    names: ReadonlySet<number>,
    at: number,
    number: string,
    systems: readonly string[],
  ): boolean {
    let joined = "";
    for (let i = at - 1; i >= 0 && names.has(i); i--) {
      joined = `${tokens[i]}${joined}`;
      if (this.factModels.has(`${tokens[i]} ${number}`)) return true;
      if (this.factModels.has(`${joined} ${number}`)) return true;
    }
    // "corOS 647": a name misspelt, which no fact writes, is held to the system's numbers.
    const name = tokens[at - 1] ?? "";
    return !this.factWords.has(name) && this.quotes(number, systems);
  }

  private counts(key: string | undefined, systems: readonly string[]): boolean {
    return key !== undefined && heldBy(this.counted, systems, UNIT_SPELLINGS[key] ?? key);
  }

  /**
   * "docker 1.5 or 1.6?", "fedora 19 or fedora 20?": the asker offers figures to choose from.
   * Where the facts quote one, the other is offered, not asked about: its position. Not names
   * ("k3os or rancheros?" asks about k3os too).
   */
  private offered(tokens: readonly string[], systems: readonly string[]): Set<number> {
    const offered = new Set<number>();
    const figure = (token: string | undefined) => token !== undefined && /^v?\d/.test(token);
    const known = (token: string | undefined) =>
      figure(token) && this.quotes((token as string).replace(/^v/, ""), systems);
    // "coreos 3.19.3 vs atomic 4.0.0 kernel, which is newer": figures set against each other are
    // the asker's recollection of what the facts quote, the question being which wins. Not a
    // release's own number ("photon 3 vs 4", "etcd v3 vs v2"), which a fact may quote otherwise.
    if (tokens.some((token) => VERSUS.has(token))) {
      tokens.forEach((token, i) => {
        if (known(token) && !/^(v|\d$)/.test(token)) offered.add(i);
      });
    }
    tokens.forEach((token, or) => {
      if (token !== "or") return;
      const left = or - 1;
      // "fedora 19 or fedora 20": the word the two share stands before each number.
      const right = tokens[or + 1] === tokens[or - 2] ? or + 2 : or + 1;
      if (known(tokens[left]) && figure(tokens[right])) offered.add(right);
      if (known(tokens[right]) && figure(tokens[left])) offered.add(left);
    });
    // "kernel 4.0.0 right? not 3.19": the figure set aside for a quoted one is offered too.
    tokens.forEach((token, not) => {
      if (token === "not" && figure(tokens[not + 1]) && tokens.slice(0, not).some(known))
        offered.add(not + 1);
    });
    return offered;
  }

  /**
   * Whether "`thing` `number`" claims a number the facts give otherwise for the systems asked
   * ("docker 1.6" where CoreOS's say 1.5.0), within the years they cover ("docker 20.10" is
   * later). Not a system's own version ("rancheros 1.5").
   */
  private checkable(
    thing: string,
    number: string,
    systems: readonly string[],
    afterName: boolean,
  ): boolean {
    const newest = this.newestNumber.get(thing);
    return (
      !afterName &&
      systems.length > 0 &&
      newest !== undefined &&
      heldBy(this.numbered, systems, thing) &&
      !laterThan(number, newest)
    );
  }

  private quotes(number: string, systems: readonly string[]): boolean {
    return heldBy(this.knownNumbers, systems, number);
  }

  /**
   * "how much does it cost?" after DCOS: a phrase of a limit any fact's words answer (`not_in_scene`)
   * that points at the one system in play, and ends the question, asks what its facts say in the
   * phrase's own words ("cost"), as "how much does dcos cost?" does.
   */
  private saidOfIt(
    tokens: readonly string[],
    span: readonly number[],
    systems: readonly string[],
    reach: Reach,
  ): boolean {
    const words = span.map((i) => tokens[i] as string);
    if (systems.length !== 1 || !words.some((t) => POINTING.has(t))) return false;
    // Not "how much does it cost for enterprise?": a price of something the words after name.
    const after = tokens.slice((span[span.length - 1] as number) + 1);
    if (after.some(isContentWord)) return false;
    const own = words.filter((t) => isContentWord(t) && !POINTING.has(t)).map(wordKey);
    return own.length > 0 && this.factsSay(own, systems, span, reach);
  }

  /**
   * Whether a fact of the systems uses the phrase, and (with `reach`, for the open questions of
   * `asked_only` limits) is one the question's other words reach: "how many people use coreos" is
   * its community fact's; "how many etcd members" is no fact's, though that fact says "how many
   * people".
   */
  private factsSay(
    phrase: readonly string[],
    systems: readonly string[],
    span: readonly number[],
    reach: Reach,
  ): boolean {
    const saying = this.factsWriting(phrase).filter((index) => {
      const { system } = this.factKeys[index] as { system: string };
      return systems.length === 0 || systems.includes(system);
    });
    const others = [...reach].filter(([at]) => !span.includes(at)).flatMap(([, lists]) => lists);
    if (others.length === 0) return saying.length > 0;
    return saying.some((index) => others.some((facts) => facts.includes(index)));
  }

  /** The facts that write the keys in a row. */
  private factsWriting(run: readonly string[]): number[] {
    // Only facts with the run's rarest word can hold it: at 100x knowledge "docker" is in
    // thousands of facts and "desktop" in none, and scanning the first word's facts for "docker
    // desktop" took 5 ms.
    let fewest: readonly number[] | undefined;
    for (const key of run) {
      const facts = this.factsWithKey.get(key) ?? [];
      if (!fewest || facts.length < fewest.length) fewest = facts;
    }
    return (fewest ?? []).filter((index) => containsRun(this.factKeys[index]?.keys ?? [], run));
  }
}

/** Counts the facts write in words ("two Docker daemons"). */
const COUNT_WORDS = new Set(NUMBER_WORDS.slice(2, 11)); // "two" to "ten"

/** Units spelt out, as the facts abbreviate them ("megabytes" for "MB"). */
const UNIT_SPELLINGS: Record<string, string> = { megabyt: "mb", meg: "mb", gigabyt: "gb" };

/**
 * Everyday phrases with a limit's word in them (the second word as a key); "which came out more
 * recently" compares the systems, it does not ask what happened lately.
 */
const IDIOMS = new Set([
  "muscle memori",
  "more recent",
  "most recent",
  // "how current is the docker engine?", "does it stay current?": how up to date, not today's.
  "how current",
  "stay current",
  "stays current",
  "kept current",
  "keep current",
  "keeps current",
  // "which is nicer on bad wifi": how poor the asker's link is, no wifi set up.
  ...[
    "bad",
    "slow",
    "flaky",
    "crappy",
    "awful",
    "poor",
    "patchy",
    "spotty",
    "weak",
    "terrible",
  ].map((quality) => `${quality} wifi`),
  // "the vsphere cluster at hq": the asker's headquarters, not the vendor's offices.
  "at hq",
]);

/** Where a limit's phrase names any system ("buy {system}"). */
export const SYSTEM_SLOT = "{system}";

const VERSION_WORDS = new Set(["version", "release", "v", "ver"]);

const AFTER_WORDS = new Set(["after", "since", "post", "beyond"]);

/** The facts each of a question's words reaches, by position, in one list per way it reaches them. */
/** Words the asker pasted (output, config) or told of their own setup, rather than asked. */
export type Aside = "pasted" | "own" | undefined;

export type Reach = ReadonlyMap<number, readonly (readonly number[])[]>;

const NO_REACH: Reach = new Map();

/** Words a number after counts the place in a list, not a version: "item 3", "step 2". */
const LIST_WORDS = new Set(
  `item items step steps point question option part number page section slide phase round
  attempt ticket incident node host server box vm cluster env environment sprint week day hour
  hours minute minutes shift month race heat lap match game`.split(/\s+/),
);

/** Places a number after names, not a version: "the lobby 2 display", "rack 12". */
const NUMBERED_PLACES = new Set(
  `room floor gallery building rack site ward hall bay zone lab wing aisle row deck lane gate
  dock lobby foyer exhibit suite cabin corridor truck van bus train vessel store shop branch plant
  mine pit depot warehouse kiosk till register line screen studio clinic bed pump turbine
  tower station yard pier berth lot`.split(/\s+/),
);

/** What makes a date a release's: "the release on nov 12", "shipped on sept 1", "ga by dec 1". */
const RELEASED = new Set(
  "release releases released ship ships shipped update updates updated ga version versions changed include included".split(
    " ",
  ),
);

/** Months, as people write them before a day ("nov 1", "march 3rd"). */
const MONTHS = new Set([...MONTH_NAMES, ...MONTH_NAMES.map((name) => name.slice(0, 3)), "sept"]);

/**
 * A word written with a capital inside a sentence: a name ("Marathon", "vSphere"), not
 * "Switching …".
 */
const CAPITALISED = /(?<![.:!?]\s|^)\b(?:[A-Z]|[a-z]+[A-Z])[A-Za-z0-9-]*/g;
/** Two lower-case words joined by a hyphen: how the facts write tools ("cloud-init", "rpm-ostree"). */
const HYPHENATED = /\b[a-z]+-[a-z]+\b/g;

/** Words that ask which version of a thing ("marathon version", "version of zookeeper"). */
const VERSIONED = new Set(["version", "versions", "release", "releases"]);
/** The forms of VERSIONED that are verbs too: "when did red hat release atomic?". */
const RELEASING = new Set(["release", "releases"]);
/** What "release" as a verb takes: "release project atomic", "release it". */
const OBJECTS = new Set(["project", "it", "them", "that", "this"]);
/** Before a closing "now", the asker's own act: "… asking now", not a question of today. */
const ASKING_NOW = new Set(["asking", "ask", "wondering"]);

/** "what version", "which docker release": a word of asking which, in the two before `i`. */
function askedWhich(tokens: readonly string[], i: number): boolean {
  return tokens.slice(Math.max(0, i - 2), i).some((word) => WHICH.has(word));
}
/** Words before a verb's base form: "did coreos deprecate", "will they discontinue", "still patch". */
const DOING = new Set([
  "did",
  "do",
  "does",
  "will",
  "would",
  "to",
  "gonna",
  "still",
  "ever",
  "never",
]);

/** A word that may name a product before its number: not everyday English ("top 5", "with 3"). */
function isModel(word: string): boolean {
  return /^[a-z]/.test(word) && isContentWord(word) && !COMMON_WORDS.has(word);
}

/** The last words of a phrase that asks how many or how much of a unit ("how many MB"). */
const COUNTING = new Set(["many", "much"].map(wordKey));
/** What "how many" counts when it asks for a list: "how many ways", "how many options". */
const ENUMERATED = new Set(
  ["ways", "options", "methods", "kinds", "types", "flavors", "flavours", "variants"].map(wordKey),
);

/** Words that ask of today: "which has the newest kernel now?", "… anymore?". */
const TODAY = new Set([...NOW_WORDS, "anymore", "yet"]);

/** "among them", "out of all", "of these": what follows a superlative that ranks the systems. */
function amongThem(tokens: readonly string[], at: number): boolean {
  const [word, next] = [tokens[at], tokens[at + 1] ?? ""];
  return (
    word === "among" || (word === "out" && next === "of") || (word === "of" && GROUP.has(next))
  );
}
const GROUP = new Set(["all", "them", "these", "those", "both"]);

/** "which of the five …", "which os …", "which of them …": one of the systems, at `at`. */
function whichOfThem(tokens: readonly string[], at: number): boolean {
  const [word, next, then] = [tokens[at] ?? "", tokens[at + 1] ?? "", tokens[at + 2] ?? ""];
  if (SYSTEM_WORDS.has(word)) return true;
  return (
    word === "of" &&
    (GROUP.has(next) || (next === "the" && (SYSTEM_COUNTS.has(then) || SYSTEM_WORDS.has(then))))
  );
}
const SYSTEM_WORDS = new Set(["os", "oses", "distro", "distros", "system", "systems"]);

/**
 * Letters and digits in one word ("h100", "k3s", "arm64"): the name of a product, a model or a
 * version. Amounts ("20mb", "5s") and ordinals ("2nd") are not names.
 */
function isModelName(token: string): boolean {
  // A command-line tool ("locksmithctl", "kubectl") is named like one too.
  if (/^[a-z]{2,}ctl$/.test(token)) return true;
  return (
    /[a-z]/.test(token) &&
    // "our L2 techs", "a p1 incident": a level or a rank, not a product.
    !/^[a-z]\d$/.test(token) &&
    /\d/.test(token) &&
    !MACHINE_LABEL.test(token) &&
    !CHEMICALS.has(token) &&
    // "each store has a small x86 gateway": an architecture, which the hardware limit asks.
    !ARCHITECTURES.has(token) &&
    !AMOUNT.test(token) &&
    !ROUND_THE_CLOCK.has(token) &&
    !/^v\d/.test(token) &&
    !/^\d+(\.\d+)*\.x$/.test(token) &&
    // "a bash script named final_FINAL2.sh": the asker's file, no product.
    !FILE_NAME.test(token)
  );
}

/** A file's name by its extension: a script, a config or a log. */
const FILE_NAME = /\.(sh|bash|py|rb|pl|js|ts|go|ya?ml|json|toml|conf|cfg|ini|txt|log|csv|md)$/;

/** Processor architectures: hardware, not products. */
const ARCHITECTURES = new Set(
  "x86 x64 x86_64 amd64 arm64 aarch64 armv7 armv8 i386 i686".split(" "),
);

/** "our co2 dosing container", "h2s sensors": what the asker measures, not a product. */
const CHEMICALS = new Set(
  "co2 co2e h2o h2o2 h2s o2 o3 n2 n2o no2 so2 ch4 nh3 pm2 pm10 pm25".split(" "),
);

/**
 * "20mb", "4mbit", "3yr", "2nd", "9am", "12ha", "40c", "2u": an amount, a rate, an ordinal, a time
 * of day, or a measure of the asker's world (area, length, power, temperature, rack units).
 */
const AMOUNT =
  /^\d+(\.\d+)?(b|kb|mb|gb|tb|k|m|g|gigs?|[kmg]bits?|[kmg]bps|[kmg]hz|ms|s|secs?|h|hrs?|mins?|d|days?|wks?|mos?|y|yrs?|x|st|nd|rd|th|am|pm|ha|acres?|km|cm|mm|ft|kw|kwh|mw|mwh|w|v|kv|a|c|f|u|kg|t|l|psi|rpm|fps|hz|[kmgt]ib)$/;

/**
 * "for a team thats all ubuntu today": "today" of the asker's team, in a clause that describes it,
 * not of a system.
 */
function describesTheAskers(tokens: readonly string[], at: number): boolean {
  if (!NOW_WORDS.has(tokens[at] ?? "")) return false;
  const from = Math.max(0, at - 6);
  return tokens.slice(from, at).some(
    (t, j) =>
      RELATIVES.has(t) &&
      ASKERS_GROUPS.has(tokens[from + j - 1] ?? "") &&
      // "a team thats …", "our shop which …"; not "the company that builds photon".
      [2, 3, 4].some((back) => ONES_OWN.has(tokens[from + j - back] ?? "")) &&
      !tokens.slice(Math.max(0, from + j - 4), from + j).includes("the"),
  );
}
const RELATIVES = new Set(["thats", "that", "who", "whos", "which"]);
const ONES_OWN = new Set(["a", "an", "our", "my"]);
const ASKERS_GROUPS = new Set(
  "team teams shop company org organisation organization group department dept crew office".split(
    " ",
  ),
);

/** Hours of the day, written as people write them. */
const ROUND_THE_CLOCK = new Set(["24 7", "24x7", "around the clock"]);
/**
 * "for a 24/7 ops team", "24/7 shop, coreos or atomic?", "running a 24x7 shop": the asker's own
 * operation, in a question that asks nothing of support; not a vendor's: a system or vendor named
 * just before ("rancher's 24/7 team", "does coreos have a 24/7 team?") or after ("24/7 ops team at
 * coreos?"), a vendor's verb before ("does dcos give you 24/7 availability?"), or any vendor asked.
 */
function ownOperation(
  tokens: readonly string[],
  first: number,
  last: number,
  names: ReadonlySet<number>,
): boolean {
  if (!OWN_OPERATIONS.has(tokens[last + 1] ?? "") || tokens.some((t) => SUPPORT_WORDS.has(t)))
    return false;
  if (tokens.some((t) => VENDOR_WORDS.has(t))) return false;
  const before = range(Math.max(0, first - 3), first);
  if (before.some((i) => names.has(i) || VENDOR_GIVES.has(tokens[i] as string))) return false;
  let next = last + 1;
  while (OWN_OPERATIONS.has(tokens[next] ?? "")) next++;
  return !(AT_FOR.has(tokens[next] ?? "") && names.has(next + 1));
}
/** Who would staff a round-the-clock team, if not the asker. */
const VENDOR_WORDS = new Set([
  "vendor",
  "vendors",
  "vmware",
  "mesosphere",
  "canonical",
  "hat",
  "redhat",
  "labs",
  "inc",
]);
/** What a vendor does with a team: "does coreos have a 24/7 team?", "… give you 24/7 …". */
const VENDOR_GIVES = new Set(
  "have has had offer offers provide provides give gives staff staffs there any".split(" "),
);
const AT_FOR = new Set(["at", "for", "from"]);
const SUPPORT_WORDS = new Set(["support", "sla", "slas", "contract", "oncall", "call", "helpdesk"]);
/** What runs round the clock at the asker's: "a 24/7 ops team", "our 24x7 plant". */
const OWN_OPERATIONS = new Set(
  `ops operation operations team teams shop site sites plant plants environment facility
  floor production prod workload workloads uptime availability business`.split(/\s+/),
);

/** "which did we eventually see win": what became of them, seen, not the asker's own doing. */
const SEEING = new Set(["see", "saw", "seen", "watch", "watched", "hear", "heard"]);
/** "did we subsequently get …": what happened; not "would we eventually need …", a plan. */
const AUXILIARIES = new Set(["did", "has", "had"]);

/** Words that order steps as well as tell later history: "afterwards", "later on", "eventually". */
const STEP_KEYS = new Set(
  ["afterwards", "afterward", "later", "on", "eventually", "subsequently"].map(wordKey),
);

/** "how does one obtain root afterwards": a way asked before `end`, with nothing else asked between. */
function wayAskedBefore(tokens: readonly string[], end: number): boolean {
  // "can i roll back afterwards?", "does it need a reboot afterwards?": a step asked yes or no;
  // not "did it get renamed afterwards?", nor "eventually" or "later" ("will it be kept later?").
  if (
    AFTER_A_STEP.has(tokens[end] ?? "") &&
    STEP_OPENERS.has(tokens[0] ?? "") &&
    (DOERS.has(tokens[1] ?? "") || tokens[1] === "it")
  )
    return true;
  for (let i = end - 1; i >= 0; i--) {
    const token = tokens[i] as string;
    // "how does one …", "how do i …", "how to …": someone's doing; not "how would coreos fare".
    if (tokens[i - 1] === "how")
      return token === "to" || (WAY_AUXILIARIES.has(token) && DOERS.has(tokens[i + 1] ?? ""));
    if (ASKED_BETWEEN.has(token)) return false;
    // "or is it something you add on afterwards?": the asker's step; not "did you hear …".
    if (
      AFTER_A_STEP.has(tokens[end] ?? "") &&
      DOERS.has(token) &&
      !ASKED_BETWEEN.has(tokens[i - 1] ?? "")
    )
      return true;
  }
  return false;
}
const WAY_AUXILIARIES = new Set(["do", "does", "can", "could", "should"]);
const AFTER_A_STEP = new Set(["afterwards", "afterward"]);
const STEP_OPENERS = new Set(["can", "could", "do", "does", "should", "will", "must"]);

/** Words before a noun: "the archive", "our archive". */
const NOUN_MARKERS = new Set([...ARTICLES, ...POSSESSIVES, ...POINTING_ARTICLES, "their"]);

/** The asker, as the subject of what follows ("as we currently do"). */
const ASKERS = new Set(["we", "i"]);

/**
 * "if we want to run the booking api and a cassandra cluster eventually": the asker's plan, from
 * "we want" to the word at `end`, with nothing asked between.
 */
function plannedBefore(tokens: readonly string[], end: number): boolean {
  for (let i = end - 1; i > 0; i--) {
    const token = tokens[i] as string;
    if (ASKED_BETWEEN.has(token)) return false;
    // "we want", "we also want", "i really need".
    const asker = PLAN_ADVERBS.has(tokens[i - 1] as string) ? tokens[i - 2] : tokens[i - 1];
    if (PLANNING.has(token) && ASKERS.has(asker ?? "")) return true;
  }
  return false;
}
/** Verbs of the asker's plans: "we want", "i plan", "we might". */
const PLANNING = new Set(["want", "wanted", "plan", "planning", "need", "might", "hope", "intend"]);
/** Words between the asker and the plan: "we also want", "i really need". */
const PLAN_ADVERBS = new Set([
  "also",
  "really",
  "probably",
  "maybe",
  "still",
  "just",
  "eventually",
]);
/** When a plan is for, as limits.yml writes it: "later on". */
const PLAN_TIMES = new Set(["later on"]);
/** Words that ask between a plan and what follows: "we want to know if coreos was eventually …". */
const ASKED_BETWEEN = new Set([
  // "we need to figure out if atomic eventually became a product": what is asked follows "if".
  "if",
  "was",
  "were",
  "did",
  "does",
  "is",
  "has",
  "had",
  "what",
  "which",
  "who",
  "whether",
  "know",
]);
const EXAMPLE_WORDS = new Set(["example", "sample", "template", "skeleton"]);
/** "give me a …", "write us a …", "paste me the …": a configuration asked for, written out. */
const GIVING = new Set(["give", "write", "paste", "send"]);
const GIVEN = new Set(["me", "us"]);
const FILE_WORDS = new Set(["file", "files"]);
/** Words that make a clause a question of its own ("does coreos use unit files? template please"). */
const ASKING_FIRST = new Set(
  "what which how why does do is are can could should will would who where when".split(" "),
);
const CONFIG_KINDS = new Set(
  "json yaml yml config configuration cloud-config unit kickstart dockerfile snippet vagrantfile".split(
    " ",
  ),
);
/**
 * What follows a configuration's kind when the question is about it, not asking for one ("example
 * json use in atomic", "example unit in fleet: is a unit a container?").
 */
const ABOUT_A_CONFIGURATION = new Set(
  "use usage uses documentation docs support supported role concept idea in overview summary rundown explanation intro primer".split(
    " ",
  ),
);
/** The limits.yml phrase whose limit an example of a configuration asks. */
const EXAMPLE_PHRASE = ["example", "config"];
/** The measurements limit's phrase a duration asked stands for. */
const DURATION_PHRASE = ["how", "long", "does", "it", "take"];
/**
 * How far after "version" its "now" may come: "what version is it at now"; not before it ("ok now
 * what version of docker does photon ship?" goes on talking), nor into the next sentence ("what
 * docker version did rancheros ship in the table? now compare with photon").
 */
const NOW_REACH = 4;
/** Shorter words are too often one letter from another word ("cost", "lost"). */
const MIN_TYPO_LENGTH = 7;
/** "what is the newest kernel of coreos now?": the newest of a thing, asked of today. */
const NEWEST = new Set(["newest", "latest"]);
/** "is", "s", "was" before a subject ("is rkt … dead"); not vocabulary.ts's BEING, which has "are". */
const IS_WAS = new Set(["is", "s", "was"]);
const WHICH = new Set(["what", "which", "whats"]);
/** How far after "is" its "dead" may come: "is rkt from coreos dead". */
const DEAD_REACH = 7;
/** What makes "is it dead …" the asker's own case: "… if system docker dies", "… when it reboots". */
const CASES = new Set(["if", "when", "after", "once", "because", "since"]);
const LOCAL = new Set(["on", "in", "for", "at", "across"]);
/** "the irc channel is pretty dead": how busy a place is, not whether a project lives. */
const DEGREES = new Set("pretty kinda quite fairly very so rather".split(" "));
const DEAD_PHRASE = ["is", "dead"];
/** The limits.yml phrase whose limit a version of today asks. */
const VERSION_NOW_PHRASE = ["version", "now"];
/** The limits.yml phrase whose limit "still … now" and a system's "now" ask. */
const STILL_NOW_PHRASE = ["still", "current"];
/** How far after "still" its "now" may come: "still on that kernel now". */
const STILL_REACH = 5;
/** How far after the system's name its "now" may come: "does dcos use kubernetes now". */
const NOW_AFTER_SYSTEM = 4;
/** Openers of a question of how a system stands: not "will", the asker's next step. */
const NOW_OPENERS = new Set(["is", "are", "does", "do", "has", "have", "can"]);
/** Openers before "still": how a thing stood or will stand is asked too ("was it still …"). */
const STILL_OPENERS = new Set([...NOW_OPENERS, "did", "was", "were", "will"]);
/** What "now" may come before: "now instead of marathon", "now rather than yum". */
const REPLACING = new Set(["instead", "rather"]);
/** How many words the subject before "still" may have: "are snappy apps still …". */
const STILL_SUBJECT = 3;
/** A thing as the subject: "is it", "are they". */
const THING_PRONOUNS = new Set(["it", "they"]);
/** "1 server each", "2 nodes per site": so many of a thing for each of another. */
const DISTRIBUTIVE = new Set(["each", "per", "apiece"]);
/** Words by which a phrase points at the system in play ("how much does it cost"). */
const POINTING = new Set(["it", "its", "they", "them"]);
/**
 * What is counted in the singular before another noun ("a 2 node setup", "a 3 person team"); "esxi
 * 6 host" is a release.
 */
const COUNTED = new Set(["node", "person", "man", "people"]);
/** A machine, counted after an everyday word: "a tiny 3 box setup", "a 5 server lab". */
const MACHINE = new Set(["box", "host", "server", "machine", "vm", "instance"]);

/**
 * What a count after a system's name counts: its machines, the asker's questions (which the
 * matcher writes "question"), or the people who run it ("a dcos 2 person setup"; not "man", as in
 * "coreos 766 man pages").
 */
const COUNTED_THINGS = new Set(
  "nodes boxes hosts servers machines vms instances agents masters questions question person people".split(
    " ",
  ),
);

/** "node1", "host-02", "worker3": the asker's own machines, numbered, no product's name. */
const MACHINE_LABEL = /^(node|host|server|vm|worker|master|machine|box|instance|minion)-?\d+$/;

const isNumber = (token: string) => /^\d/.test(token);

const isYear = (token: string) => /^(19|20)\d\d$/.test(token);

/** Whether the facts of `systems` (of any system when none is asked) hold `value`. */
function heldBy(
  bySystem: ReadonlyMap<string, ReadonlySet<string>>,
  systems: readonly string[],
  value: string,
): boolean {
  if (systems.length === 0) return [...bySystem.values()].some((held) => held.has(value));
  return systems.some((system) => bySystem.get(system)?.has(value));
}

/** Whether version `a` comes after `b`, part by part ("1.10" after "1.6"; "1.6" not after "1.6.0"). */
function laterThan(a: string, b: string): boolean {
  const parts = (v: string) => v.replace(/^v/, "").split(".").map(Number);
  const [x, y] = [parts(a), parts(b)] as const;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return false;
}

/** A number as quoted and shortened ("1.5.0", "1.5", "1"); nothing for a word. */
function shortened(token: string): string[] {
  if (!isNumber(token)) return [];
  const parts = token.split(".");
  return parts.map((_, i) => parts.slice(0, i + 1).join("."));
}
