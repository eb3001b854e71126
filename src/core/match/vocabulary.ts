import stopwordsIso from "stopwords-iso/stopwords-iso.json" with { type: "json" };

/** How chat spells "what" ("wat is etcd", "waht is rpm-ostree"). */
export const WHAT_SPELLINGS: readonly string[] = [
  "wat",
  "wut",
  "wht",
  "whut",
  "waht",
  "whta",
  "hwat",
  "wtf",
  "wth",
  "wats",
  "wuts",
];

/**
 * Words of the English question itself, not of its subject. They never count as evidence that a
 * question is (or is not) about container operating systems.
 */
export const STOPWORDS = new Set(
  `a about above after again against am an and any are aren as at be because been before being
  below between both but by can cannot could couldn did didn do does doesn doing don down during
  each few for from further had has have having he her here hers herself him himself his how i if
  in into is isn it its itself just let me might more most much must my myself no nor not of off on
  once only or other ought our ours ourselves out over own shall she should so some such than
  that the their theirs them themselves then there these they this those through to too under until
  up very was we were what when where which while who whom why will with won would you your yours
  yourself yourselves without within via per hey hi hiya howdy hello please thanks thank tell show give know explain describe say says
  said want need like get got use used uses using also really actually any anything something thing
  things one ones whats what's which's whose vs versus v compare compared comparison comparing
  difference differences different differ between side by does do there's theres lot lots bit kind
  bunch couple handful tons loads dozen heaps
  sort okay ok yes yeah sure quick quickly currently now today still ever way ways well good bad
  better best worse worst option options choice choices pls plz thx ty lol btw fyi aka asap stuff
  wat wut wht whut ur tho gonna wanna kinda gotta gimme lemme imo iirc afaik idk abt cuz coz bc thnx rly tbh eli5
  guy guys folks ppl hm hmm hmmm huh ah ahh oh um umm erm meh uh overall besides except excluding basically generally roughly day dumb stupid silly question
  supposed paragraph sentence sentences nutshell time somehow liner slide slides speak speaks throw
  lay called explanation explainer practice reality plain terms layman laymans english hear heard
  right true equivalent counterpart already wasn weren hasn hadn shouldn wouldn mustn needn mightn ain
  surely definitely certainly probably presumably apparently obviously honestly seriously literally
  concretely precisely practically realistically
  totally truly bet betcha joke joking kidding nah nope crazy insane nuts ridiculous assume assuming
  guess reckon suppose honest straight circa lowkey highkey ngl fr frfr smh bruh fam yall lmao
  lmfao rofl omg sus deadass istg tbf bro dude yo vibe vibes sound sounds seem seems seemed fit fits
  relate relates interact interacts marketing hyped pardon forgive ignorance mention mentions mentioned
  belong belongs friend friends buddy buddies nephew niece clue clueless thingy thingie thingies
  thingamajig doohickey whatsit spell`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words of the subject domain that every question here may use without naming anything in
 * particular: they are neither unknown (off-topic) nor evidence for one fact.
 */
export const DOMAIN_WORDS = new Set(
  `os oses operating system systems container containers containerized linux distro distros
  distribution distributions host hosts hosting server servers machine machines node nodes platform
  platforms run running runs support supports supported ship ships shipped shipping come comes default
  feature features version versions provide provides offer offers have has handle handles work works
  project projects article articles writeup writeups source sources say info information overview summary about
  detail details each every all everything them both three four five six rundown lowdown
  intro introduction basics tldr tl dr deal special story gist glance recap cheatsheet cheat sheet liner
  oneliner hype fuss nice nicer nicest neat
  glossary summarize summarise summarized summarised
  coolest awesome pros cons upside upsides downside downsides strength strengths weakness weaknesses
  drawback drawbacks gripe gripes complaint complaints criticism criticisms shortcoming shortcomings
  ops devops`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that set two things side by side ("fleet vs geard"). */
export const VERSUS: ReadonlySet<string> = new Set(["vs", "versus"]);

/** Words that make what follows the asker's own ("our current setup", "all my containers"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(["my", "our", "your"]);

/** Someone doing a thing, as a way is asked: "how do i …", "how can one …", "can u …". */
export const DOERS: ReadonlySet<string> = new Set(["i", "we", "you", "u", "one"]);

/** The asker speaking of themselves: "the version we run now", "like we do the rhel boxes". */
export const ASKERS_OWN: ReadonlySet<string> = new Set(["we", "i", "our", "my", "us"]);

/** Words before a noun that point at the one in play ("the host", "that comparison"). */
export const POINTING_ARTICLES: ReadonlySet<string> = new Set(["the", "this", "that"]);

/** Words for container operating systems as a kind ("which container OSes", "operating systems"). */
export const CLASS_WORDS = new Set(["os", "oses", "operating"]);

/**
 * Phrases that ask what the systems are, said beside a CLASS_WORDS noun ("the lay of the land on
 * container operating systems", "which ones are there"); matched as token sequences.
 */
export const LANDSCAPE_CUES: string[][] = [
  ["lay", "of", "the", "land"],
  ["landscape"],
  ["which", "ones"],
  ["what", "ones"],
  ["are", "there"],
  ["out", "there"],
  ["options"],
  ["alternatives"],
  ["choices"],
  ["list"],
  ["overview"],
  ["rundown"],
  ["tl", "dr"],
  ["tldr"],
];

/**
 * Words that ask for the whole set of systems ("compare all on size", "across the container OSes");
 * not "everything": "if everything's a container" is about one system.
 */
export const ALL_WORDS = new Set(["all", "every", "each", "oses", "distros", "others"]);

/** "which of these", "which ones": a choice among the systems, one or several side by side. */
export const WHICH_OF_CUES: string[][] = [
  ["which", "of", "these"],
  ["which", "of", "them"],
  ["which", "of", "those"],
  ["which", "ones"],
  ["which", "of", "the", "ones"],
  ["which", "of", "the", "two"],
  // "which of the five don't use systemd?": however many counted.
  ["which", "of", "the", "three"],
  ["which", "of", "the", "four"],
  ["which", "of", "the", "five"],
  ["which", "of", "the", "six"],
  ["which", "of", "both"],
  ["which", "one", "of"],
  ["any", "of", "these"],
  ["any", "of", "them"],
  ["any", "of", "those"],
  // "how many of them use systemd?" counts among the systems.
  ["how", "many", "of", "these"],
  ["how", "many", "of", "them"],
  ["how", "many", "of", "those"],
  // "who has rollback?": which of the systems ("who uses rpm-ostree?" asks who the tool's users
  // are, of its own system).
  ["who", "has"],
  ["who", "have"],
  ["who", "supports"],
  ["who", "offers"],
];

/** "rank kernels newest to oldest", "sort them by size": every system, in an order. */
export const RANK_CUES: string[][] = [
  ["rank"],
  ["ranked"],
  ["ranking"],
  ["sort", "by"],
  ["sort", "them"],
  ["sorted"],
  ["order", "by"],
  ["ordered", "by"],
];

/** Phrases that ask for a side-by-side comparison; matched as token sequences. */
export const COMPARE_CUES: string[][] = [
  ["vs"],
  ["versus"],
  ["compare"],
  ["compared"],
  ["comparing"],
  ["comparison"],
  ["comparisons"],
  ["side", "by", "side"],
  // "quick matrix: size, kernel, init for the five"
  ["matrix"],
  ["difference"],
  ["differences"],
  // "fleet vs geard, whats the diff", "init diff?": the difference, not Snappy's update diffs.
  ["diff"],
  ["differ"],
  ["differs"],
  ["different", "from"],
  ["different", "to"],
  ["different", "than"],
  // "is atomic's approach any different?"
  ["any", "different"],
  ["contrast"],
  // "filesystems across coreos / atomic / rancheros — is atomic the odd one out?"
  ["odd", "one", "out"],
  // "cockpit vs fleet - apples to oranges?": whether the two compare at all.
  ["apples", "to", "oranges"],
  ["apples", "and", "oranges"],
  ["stack", "up"],
  ["stacks", "up"],
  ["measure", "up"],
  ["line", "up"],
  ["lined", "up"],
  ["line", "them", "up"],
  ["against"],
  ...RANK_CUES,
  // Choosing among several: "which of these ships xfs".
  ...WHICH_OF_CUES,
];

/**
 * "kinda torn between coreos and dcos … whats the tradeoff": weighing named systems against each
 * other, a comparison only when two or more are named ("tradeoffs of atomic" asks of one).
 */
export const WEIGHING_CUES: string[][] = [
  ["tradeoff"],
  ["tradeoffs"],
  ["trade", "off"],
  ["trade", "offs"],
  ["torn", "between"],
];

/** Units of a reply's length: "in 2 sentences", "3 bullets". */
const REPLY_LENGTHS: ReadonlySet<string> = new Set(
  "sentence sentences line lines word words paragraph paragraphs para bullet bullets tweet tweets".split(
    " ",
  ),
);

/** Units of time after a number ("a 30 second rundown", "5 min"): a while, no version. */
export const TIME_UNITS: ReadonlySet<string> = new Set(
  "s sec secs second seconds min mins minute minutes h hr hrs hour hours".split(" "),
);

/**
 * "in 2 sentences", "a 30 second rundown", "5 min overview": the number at `i`, or its unit,
 * sizes the reply; "boots in 30 seconds" is a figure.
 */
export function sizesReply(tokens: readonly string[], i: number): boolean {
  const at = /^\d+$/.test(tokens[i] ?? "") ? i : i - 1;
  if (!/^\d+$/.test(tokens[at] ?? "")) return false;
  const unit = tokens[at + 1] ?? "";
  // "a 30 sec elevator pitch": one word may come between.
  const summary = [at + 2, at + 3].some((j) => SUMMARIES.has(tokens[j] ?? ""));
  return REPLY_LENGTHS.has(unit) || (TIME_UNITS.has(unit) && summary);
}
const SUMMARIES = new Set(
  "rundown overview summary pitch explanation explainer version answer intro tldr take quickstart guide read blurb crash getting demo talk outline primer lab deck brief workshop tour video script presentation walkthrough slides".split(
    " ",
  ),
);

/** "…, numbers pls", "fleet unit for nginx, example please": a request's last word. */
export const PLEASE: ReadonlySet<string> = new Set(["pls", "plz", "please"]);

/** Words that speak of today: "which has the newest kernel now?", "…, as the source says today". */
export const NOW_WORDS: ReadonlySet<string> = new Set(["now", "today", "currently", "nowadays"]);

/**
 * Words that set things side by side only when a system's name follows ("is it even comparable
 * to coreos?", "put those next to rancheros") or one is named beside another in play; not "is it
 * comparable to kickstart", "run them next to containers".
 */
export const BEFORE_A_NAME_CUES: string[][] = [["comparable"], ["next", "to"]];

/**
 * Asking which of all the systems to choose ("which one should we go with", "which container os
 * should we pick"): a comparison of every system. Not "which os uses xfs": one system's fact
 * answers that.
 */
export const CHOOSE_CUES: string[][] = [
  ["which", "one", "should"],
  ["which", "os", "should"],
  ["which", "container", "os", "should"],
  ["which", "distro", "should"],
  ["which", "is", "best"],
  ["which", "is", "the", "best"],
  ["which", "one", "is", "best"],
  ["which", "one", "is", "the", "best"],
  ["which", "os", "is", "the", "best"],
  ["which", "container", "os", "is", "the", "best"],
];

/** Comparative and superlative words: with a topic and no single system they ask "which of them". */
export const COMPARATIVES = new Set(
  `smaller smallest bigger biggest larger largest lighter lightest heavier heaviest tinier tiniest
  newer newest older oldest latest earliest faster fastest slower slowest safer safest simpler
  simplest easier easiest harder hardest more most less least fewer fewest
  leaner leanest better nicer younger youngest stronger strongest weaker weakest tighter tightest
  quicker quickest slimmer slimmest thinner thinnest longer longest shorter shortest skinnier
  skinniest teenier teeniest`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Nouns that ask what a thing is for ("the purpose of fleetctl", "what role does etcd play",
 * "rpm-ostree-toolbox — purpose?"): wording, not a subject to find facts by.
 */
export const PURPOSE_NOUNS = new Set(["purpose", "role", "point", "job", "goal", "aim"]);

/** Words before a purpose noun that make it ask ("the", "its", "what", "main"). */
export const PURPOSE_OPENERS = new Set([
  "the",
  "its",
  "their",
  "what",
  "which",
  "main",
  "real",
  "whole",
]);

/** Comparatives that ask for the most first ("which is newest"); the others ask for the least. */
export const DESCENDING = new Set(
  `bigger biggest larger largest heavier heaviest newer newest latest faster fastest more most
  better best`.split(/\s+/),
);

/** Openings of a help request when nothing else is asked. */
/** Questions about the bot itself ("how do i use this thing?"), matched as token sequences. */
export const HOW_TO_USE_CUES: string[][] = [
  ["new", "here"],
  ["how", "do", "i", "use", "this"],
  ["how", "do", "i", "use", "you"],
  ["how", "does", "this", "work"],
  ["what", "can", "you", "do"],
  ["what", "can", "i", "ask"],
  ["you", "cover"],
  ["you", "talk", "about"],
  // "which container OSes do you know about?": what the bot covers, which help lists.
  ["do", "you", "know"],
  ["know", "about"],
  ["your", "sources"],
  ["do", "you", "cover"],
  ["what", "are", "you"],
  ["who", "are", "you"],
  ["are", "you", "a", "bot"],
  ["what", "is", "this", "bot"],
  // "kindly tell how I should use this bot", "how can I use you?", "what exactly can this bot do?"
  ["this", "bot"],
  ["use", "you"],
  ["what", "is", "this", "for"],
  ["list", "of", "commands"],
  ["are", "there", "commands"],
  ["is", "there", "commands"],
  ["drive", "this"],
];

/** Words that thank for or acknowledge an answer ("thanks!", "cool, got it"): they ask nothing. */
export const ACKNOWLEDGEMENTS = new Set(
  `thanks thank thx ty tyvm cheers cool nice great awesome perfect neat lol haha wow gotcha ok
  okay interesting excellent brilliant sweet understood noted helpful appreciated amazing helped
  useful`.split(/\s+/),
);

/** Words around an acknowledgement ("thanks a lot for that", "ok got it, makes sense"). */
export const ACKNOWLEDGING = new Set(
  `a lot so much very you for that this the info answer man mate bot again it got i see is was
  super good one all just makes sense really lots heaps loads thats`.split(/\s+/),
);

/** Numbers as words, each at its value: NUMBER_WORDS[2] is "two". */
export const NUMBER_WORDS: readonly string[] =
  `zero one two three four five six seven eight nine ten
  eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty`.split(/\s+/);

export const HELP_WORDS = new Set([
  "help",
  "list",
  "usage",
  "commands",
  "command",
  "start",
  "hi",
  "hello",
  "hey",
  // Greetings in the languages our users write besides English.
  "hola",
  "hallo",
  "bonjour",
  "ola",
  "ciao",
  "salut",
  "can",
  "do",
  "you",
  "what",
  "how",
  "use",
  "this",
  "bot",
  "work",
  "examples",
  "example",
  "questions",
  "ask",
  "i",
  "answer",
  "answers",
  "question",
  "topics",
  "cover",
  "covers",
  "sort",
  "kind",
  "kinds",
  "type",
  "types",
  "english",
  "plain",
  // "how do i use this thing properly?"
  "properly",
  "correctly",
  "syntax",
]);

/** Words that point back to an earlier question in the same conversation. */
export const FOLLOW_UP_WORDS = new Set([
  "then",
  "it",
  "its",
  "it's",
  "they",
  "them",
  "their",
  "this",
  "that",
  "those",
  "these",
  "same",
  "also",
  "too",
  "either",
  "neither",
  // "which upstream projects again?": what was just said, asked once more.
  "again",
  // "such as what?": examples of what was just said.
  "such",
]);

/** A request for the rest of the last answer is made of these words ("show me more please")... */
export const MORE_WORDS = new Set(
  `more next rest continue go on keep going show me tell the please pls plz what else any anything
  ok okay and more yes sure`.split(/\s+/),
);
/** ...and holds one of these. */
export const MORE_CUES = new Set(["more", "next", "rest", "continue", "else"]);

/**
 * "why?", "how come?", "why is that?", "why would I need that?": a request for the reasons behind
 * the last answer.
 */
export const WHY_WORDS = new Set(
  `why how come so is was that it this the reason for what really ok and but would should do does
  did i we you need exist exists matter care bother not tho though then`.split(/\s+/),
);

/**
 * Everyday English words ("even", "back", "try", "across"), from the stopwords-iso list. In five
 * articles most of them are rare, so BM25 would take them for precise terms and let one pull an
 * unrelated fact first. They still count as known or unknown for confidence, and still name
 * topics ("free", "small"); they only never rank facts.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(stopwordsIso.en);

/** Words that point at what was just said or named: "isn't that just …", "how does that differ". */
export const POINTING_WORDS: ReadonlySet<string> = new Set(["it", "this", "that"]);

/** The forms of "to be": "how old is it", "lightwave is photon's runtime?". */
export const BEING: ReadonlySet<string> = new Set(["is", "are", "was", "were"]);

/** Verbs that carry a question's tense or mood: "what auth standards does lightwave speak?". */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  ...BEING,
  ..."does do did can could will would should".split(" "),
]);

/** The words that ask something other than yes or no ("cockpit is what port?"). */
export const ASKING_WORDS: ReadonlySet<string> = new Set([
  "what",
  "whats",
  "which",
  "who",
  "why",
  "when",
  "where",
  "how",
]);

/** "same as the coreos toolbox", "is lightwave, the photon identity piece, …". */
export const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

/** "an older tree", "a centos version": one thing of its kind. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(["a", "an"]);

/** Words of those lists that English uses as words of its own ("total", "dos", "solo"). */
const ENGLISH_TOO = new Set(
  `total final local era favor contra sin son fin tan van mal sal dos dice hay solo embargo salvo
  pronto grande sea ante dan tempo nova cinco tres`.split(/\s+/),
);

/**
 * "qué es tdnf en photon?": Spanish and Portuguese function words (stopwords-iso, without their
 * accents, as questions are tokenised) are wording in a question typed half in English, not
 * unknown subjects. English ones keep their own lists.
 */
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [...stopwordsIso.es, ...stopwordsIso.pt]
    .map((word) => word.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))
    .filter((word) => /^[a-z]+$/.test(word) && !COMMON_WORDS.has(word) && !ENGLISH_TOO.has(word)),
);

/** Chat shorthand for everyday words ("no pkg mgr?", "how does it upd the kernel"). */
export const CHAT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["upd", "update"],
  ["upds", "updates"],
  ["img", "image"],
  ["imgs", "images"],
  ["pkg", "package"],
  ["pkgs", "packages"],
  ["mgr", "manager"],
  ["ver", "version"],
  ["cfg", "config"],
  ["smth", "something"],
  ["sth", "something"],
  ["bins", "binaries"],
  ["k8s", "kubernetes"],
  ["lib", "library"],
  ["libs", "libraries"],
  ["dl", "download"],
  ["mgmt", "management"],
  ["perf", "performance"],
  ["conf", "config"],
  ["pw", "password"],
  ["pwd", "password"],
  ["passwd", "password"],
  ["creds", "credentials"],
  ["cmd", "command"],
  ["cmds", "commands"],
  ["shld", "should"],
  ["shud", "should"],
  ["wud", "would"],
  ["cud", "could"],
  // "what ud use it for": "you'd", its "d" dropped as "you'd" tokenises.
  ["ud", "you"],
]);

/** Their question words, read as the English ones the matcher knows ("cuál" is "which"). */
export const FOREIGN_QUESTION_WORDS: ReadonlyMap<string, string> = new Map([
  ["que", "what"],
  ["cual", "which"],
  ["cuales", "which"],
  ["qual", "which"],
  ["quais", "which"],
  ["cuando", "when"],
  ["quando", "when"],
  ["quien", "who"],
  ["quem", "who"],
  ["como", "how"],
  ["donde", "where"],
  ["onde", "where"],
  ["porque", "why"],
  ["ayuda", "help"],
  ["ajuda", "help"],
  // French ("c'est quoi la différence", "pourquoi"; not "comment", an English word too).
  ["quoi", "what"],
  ["pourquoi", "why"],
  ["quel", "which"],
  ["quelle", "which"],
  ["quels", "which"],
  ["quelles", "which"],
  ["quand", "when"],
  // German ("wie" is also "like": "wie groß" is a topic's phrase, not "how").
  ["welche", "which"],
  ["welches", "which"],
  ["welcher", "which"],
  ["wer", "who"],
  ["wann", "when"],
  ["warum", "why"],
  ["hilfe", "help"],
]);

/**
 * "hola, que puedes hacer?", "de dónde sacas la info, cuáles son tus fuentes?": the words of
 * asking the bot what it does and what it knows, in the users' other languages, as English.
 */
export const FOREIGN_BOT_WORDS: ReadonlyMap<string, string> = new Map([
  ["puedes", "can"],
  ["puedo", "can"],
  ["podes", "can"],
  ["posso", "can"],
  ["kannst", "can"],
  ["hacer", "do"],
  ["fazer", "do"],
  ["machen", "do"],
  ["te", "you"],
  ["tus", "your"],
  ["tu", "your"],
  ["teu", "your"],
  ["tuas", "your"],
  ["deine", "your"],
  ["fuentes", "sources"],
  ["fontes", "sources"],
  ["quellen", "sources"],
  ["preguntas", "questions"],
  ["perguntas", "questions"],
  ["fragen", "questions"],
  ["sabes", "know"],
  ["usar", "use"],
  ["uso", "use"],
]);

/** The words between "what" and the thing it asks about ("what's a", "what does"). */
export const WHAT_IS_FILLERS = new Set([
  "is",
  "are",
  "was",
  "were",
  "s",
  "a",
  "an",
  "this",
  "that",
  "does",
  "do",
]);

/** Words that say what kind of thing a name is ("the lotus project", "the lotus tool"). */
export const KINDS_OF_THING = new Set<string>([
  "project",
  "thing",
  "tool",
  "component",
  "feature",
  "piece",
  "service",
  "module",
  "initiative",
]);

/** Words that ask for remarks on a thing: "any gotchas?", "problems with cockpit?". */
export const REMARKS: ReadonlySet<string> = new Set(
  "gotchas gotcha issues problems caveats pitfalls thoughts concerns catches downsides".split(" "),
);

/** The months' names, in order: "April 2014" dates a fact, "nov 1" is a day. */
export const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
