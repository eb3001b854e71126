import { describe, expect, it } from "vitest";
import { createEngine } from "../../../src/core/engine.js";
import {
  answersAbout,
  askAfter,
  askReal,
  matchReal,
  realCatalog,
  realEngine,
  realKb,
} from "../../helpers/engine.js";

/** Each question's answer opens with a fact that says this. */
function expectFirstFact(says: RegExp, ...questions: string[]): void {
  for (const question of questions)
    expect(askReal(question).facts[0]?.text, question).toMatch(says);
}

/** Each question gets this intent. */
function expectIntent(intent: string, ...questions: string[]): void {
  for (const question of questions) expect(askReal(question).intent, question).toBe(intent);
}

/** Each question gets "my sources don't say", not an answer. */
function expectBeyondSources(...questions: string[]): void {
  expectIntent("no_match", ...questions);
}

/** The five systems the inovex table compares, in sorted order. */
const INOVEX_FIVE = ["atomic", "coreos", "photon", "rancheros", "snappy"];

const leadOf = (system: string, topic: string) =>
  realEngine().kb.facts.find((f) => f.system === system && f.topic === topic && f.lead)?.id;

describe("answers lead with the point", () => {
  it("should open with the curator's lead when the question names only a system and a topic", () => {
    for (const [question, system, topic] of [
      ["security atomic", "atomic", "security"],
      ["coreos updates", "coreos", "updates"],
      ["what does coreos use for updates?", "coreos", "updates"],
      ["rancheros size", "rancheros", "size"],
    ] as const) {
      expect(askReal(question).facts[0]?.id, question).toBe(leadOf(system, topic));
    }
  });

  it("should let a term a fact names pull that fact first, whatever topic it is filed under", () => {
    const answer = askReal("package manager on coreos? can I apt-get install stuff?");
    expect(answer.facts[0]?.topic).toBe("packages");
    expect(askReal("coreos chromeos").facts[0]?.text).toMatch(/ChromeOS/i);
  });

  it("should answer a term asked alone with only the systems whose facts name it", () => {
    const answer = askReal("system-docker");
    expect(answer.systems).toEqual(["rancheros"]);
    expect(answer.facts.every((f) => f.system === "rancheros")).toBe(true);
    expect(answer.facts[0]?.text).toMatch(/system docker/i);
  });

  it("should let each system take a turn when a topic is asked across systems", () => {
    const systems = askReal("updates").facts.map((f) => f.system);
    const distinct = new Set(systems).size;
    expect(distinct).toBeGreaterThan(2);
    expect(new Set(systems.slice(0, distinct)).size).toBe(distinct);
  });

  it("should show at most five facts, and say how to see the rest", () => {
    const answer = askReal("security atomic");
    expect(answer.facts).toHaveLength(5);
    expect(answer.text).toMatch(/\d+ more facts? on this: say "more"/);
    expect(answer.text).not.toContain("see the sources below");
  });
});

describe("more", () => {
  it("should show the next facts of the last answer, never repeating one", () => {
    const engine = realEngine();
    const first = engine.ask("security atomic");
    const second = engine.ask("more", first.context);
    expect(second.answer.intent).toBe("answer");
    expect(second.answer.facts.length).toBeGreaterThan(0);
    const seen = new Set(first.answer.facts.map((f) => f.id));
    expect(second.answer.facts.some((f) => seen.has(f.id))).toBe(false);
    expect(second.answer.facts.every((f) => f.system === "atomic" && f.topic === "security")).toBe(
      true,
    );
  });

  it("should say how to ask when there is nothing more to show", () => {
    expect(realEngine().ask("more").answer.intent).toBe("help");
  });

  it("should say so when everything on the topic was shown and it goes on to other topics", () => {
    const { answer } = askAfter("is coreos smaller than atomic?", "more");
    expect(answer.text).toMatch(
      /^That was all my sources say on size and footprint\. More about CoreOS and Project Atomic:/,
    );
    expect(answer.facts.every((f) => f.topic !== "size")).toBe(true);
    // Nor does a system's overview show a fact of the topic just finished again.
    const first = askReal("how small is rancheros?");
    const more = askAfter("how small is rancheros?", "more").answer;
    expect(more.text).toMatch(/^That was all my sources say on size/);
    expect(more.facts.some((f) => first.facts.some((shown) => shown.id === f.id))).toBe(false);
  });
});

describe("comparisons only when asked", () => {
  it("should keep two things inside one system a one-system answer", () => {
    const answer = askReal(
      "what's the difference between system-docker and user docker in rancheros?",
    );
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["rancheros"]);
  });

  it("should compare all on a topic asked of 'they' with no system named or in play", () => {
    const answer = askReal("which filesystems do they use? anything that isn't ext4?");
    expect(answer.intent).toBe("compare");
    expect(answer.topics).toEqual(["filesystem"]);
    expect(answer.table?.columns.length).toBeGreaterThanOrEqual(5);
    // In a conversation, "they" are the systems in play.
    const { answer: after } = askAfter("coreos vs atomic", "which filesystems do they use?");
    expect(after.systems).toEqual(["coreos", "atomic"]);
  });

  it("should read 'or' between two doings as no choice between the systems of other words", () => {
    const answer = askReal(
      "with fleetctl can someone stop or destroy units across the cluster? who can nuke workloads",
    );
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["coreos"]);
    expect(askReal("cockpit or fleet for managing hosts?").intent).toBe("compare");
  });

  it("should compare what was just discussed with the system a follow-up names", () => {
    const { answer } = askAfter("atomic updates", "how does that compare to coreos?");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toEqual(["atomic", "coreos"]);
    expect(answer.topics).toEqual(["updates"]);
  });

  it("should read 'how's that different from X' as a comparison with what was just discussed", () => {
    const { answer } = askAfter(
      "tell me about coreos updates",
      "how's that different from atomic?",
    );
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toEqual(["coreos", "atomic"]);
    // Set against another system's tool, what was just discussed meets that tool's system.
    const tool = askAfter("what is cockpit?", "is that any different from fleetctl?").answer;
    expect(tool.intent).toBe("compare");
    expect(tool.systems).toEqual(["atomic", "coreos"]);
  });

  it("should compare the systems whose tools are set side by side", () => {
    const answer = askReal("fleet vs geard, whats the difference");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toEqual(["coreos", "atomic"]);
    expect(askReal("pip vs poetry package manager for python").intent).toBe("no_match");
    // "whats the diff" is the difference, not Snappy's update diffs.
    expect(askReal("fleet vs geard whats the diff").systems).toEqual(["coreos", "atomic"]);
    expect(askReal("does snappy download only the diff").intent).toBe("answer");
    // "or" sets two systems' tools side by side too, and "a bunch of" is no unknown word.
    const either = askReal("cockpit or fleet for managing a bunch of hosts?");
    expect(either.intent).toBe("compare");
    expect(either.systems).toEqual(["atomic", "coreos"]);
    // The tools beside "vs", not a pair the rest shares with one fact ("management tools").
    const tools = askReal("cockpit vs fleetctl — how do the management tools compare");
    expect(tools.intent).toBe("compare");
    expect(tools.systems).toEqual(["atomic", "coreos"]);
    // A hyphenated tool beside "vs" is the whole name ("system-docker"), set against a system.
    const split = askReal("snappy vs system-docker for isolating services");
    expect(split.intent).toBe("compare");
    expect([...split.systems].sort()).toEqual(["rancheros", "snappy"]);
  });

  it("should weigh two things of one system inside that system", () => {
    const answer = askReal("is cockpit nicer than shipyard");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["atomic"]);
    expect(answer.facts[0]?.text).toMatch(/Shipyard/);
    // Things of two systems are still compared.
    expect(askReal("is fleet simpler than geard?").systems).toEqual(["coreos", "atomic"]);
  });

  it("should read 'the purpose of X' and 'what role does X play' as asking what X is", () => {
    const purpose = askReal("what's the purpose of fleetctl?");
    expect(purpose.systems).toEqual(["coreos"]);
    expect(purpose.facts[0]?.text).toMatch(/fleetctl/);
    expect(askReal("rpm-ostree-toolbox — purpose?").systems).toEqual(["atomic"]);
    // The noun is wording, so an unknown name beside it is what the question asks about.
    expect(askReal("what role does zincati play in automatic updates?").intent).toBe("no_match");
    // Said to the bot alone, it still asks for help; in a pair the facts write, it still counts.
    expect(askReal("what's your purpose?").intent).toBe("help");
    expect(askReal("is dcos general purpose?").facts[0]?.text).toMatch(/more/);
  });

  it("should compare every system on every row when asked to 'compare everything'", () => {
    const everything = askReal("compare everything");
    expect(everything.intent).toBe("compare");
    expect(everything.table?.columns.length).toBeGreaterThanOrEqual(5);
  });

  it("should compare every system 'across the board', or in a rundown of every one", () => {
    const board = askReal("init systems across the board?");
    expect(board.intent).toBe("compare");
    expect(board.topics).toEqual(["init"]);
    expect(askReal("one-line rundown of every container os you know").intent).toBe("compare");
    expect(askReal("line up the kernel versions for me").intent).toBe("compare");
    // "who has …" with no system chooses among all of them; a tool's own users are its system's.
    expect(askReal("who has rollback?").intent).toBe("compare");
    expect(askReal("who uses rpm-ostree").systems).toEqual(["atomic"]);
    expect(askReal("a quick side-by-side of all the container oses you know").intent).toBe(
      "compare",
    );
    // The kind alone ("container oses") still asks what the systems are.
    expect(askReal("which container oses do you know about?").intent).toBe("help");
    const lot = askReal("give me a quick rundown comparing the whole lot");
    expect(lot.intent).toBe("compare");
    expect(lot.systems.length).toBeGreaterThan(4);
    expect(
      askReal("does snappy pull the entire app down again every version bump").systems,
    ).toEqual(["snappy"]);
    // "every update" is the updates, not the systems.
    const updates = askReal(
      "how does canonical's os avoid downloading whole apps on every update?",
    );
    expect(updates.intent).toBe("answer");
    expect(updates.systems).toEqual(["snappy"]);
    // "each time" is how often, not which systems.
    const each = askReal("does snappy fetch the entire app each time it updates?");
    expect(each.intent).toBe("answer");
    expect(each.systems).toEqual(["snappy"]);
  });

  it("should set a topic side by side, whichever one system's facts word it most rarely", () => {
    const kernels = askReal("kernel versions side by side?");
    expect(kernels.intent).toBe("compare");
    expect(kernels.systems.length).toBeGreaterThan(4);
    expect(kernels.topics).toEqual(["kernel"]);
    expect(askReal("system docker vs user docker - why two daemons?").systems).toEqual([
      "rancheros",
    ]);
  });

  it("should compare every system on a topic asked 'per distro', or in a rundown of all", () => {
    const perDistro = askReal("kernel per distro?");
    expect(perDistro.intent).toBe("compare");
    expect(perDistro.topics).toEqual(["kernel"]);
    expect(askReal("a short rundown of all of them please").intent).toBe("compare");
  });

  it("should lead 'which of these …?' with the one system whose facts hold what is asked", () => {
    // Asked of them all before the thing is named: all of them, the one that has it first.
    const zookeeper = askReal("which of these stacks ships zookeeper?");
    expect(zookeeper.intent).toBe("compare");
    expect(zookeeper.systems).toHaveLength(6);
    expect(zookeeper.facts[0]?.text).toMatch(/Zookeeper/);
    // "which one has …" chooses among them as "which of these …" does.
    const gui = askReal("which one has a web gui at all?");
    expect(gui.intent).toBe("compare");
    expect(gui.systems).toHaveLength(6);
    // The thing named first ("zookeeper — which of these ships it?") asks whose it is.
    const whose = askReal("zookeeper - which of these ships it?");
    expect([whose.intent, whose.systems]).toEqual(["answer", ["dcos"]]);
    // Two systems' facts, or two terms of different systems: side by side.
    expect(askReal("which of them turn on selinux by default").intent).toBe("compare");
    expect(askReal("which ones use xfs rather than ext4").intent).toBe("compare");
    // "which container os …" chooses as "which of them …" does: one owner answers alone.
    expect(askReal("which container os ships no package manager at all").intent).toBe("compare");
    expect(askReal("which container os bundles marathon?").systems).toEqual(["dcos"]);
    expect(askReal("which use systemd").intent).toBe("compare");
    // A pair of words in one Atomic fact ("shipped docker") does not outweigh "1.6", which
    // RancherOS ships too.
    const docker = askReal("which ones shipped docker 1.6?");
    expect(docker.intent).toBe("compare");
    expect(docker.systems).toEqual(expect.arrayContaining(["atomic", "rancheros"]));
    // Asked of each in turn: every system side by side.
    for (const question of [
      "who uses xfs and who uses ext4?",
      "which ones use selinux, which neither?",
    ])
      expect(askReal(question).intent, question).toBe("compare");
    // Also with one system in play: the choice is among all of them.
    expect(askAfter("what is coreos?", "who uses xfs and who uses ext4?").answer.intent).toBe(
      "compare",
    );
  });

  it("should read 'any of these' as a choice among the systems", () => {
    expect(askReal("can i keep using anaconda with any of these?").systems).toEqual(["atomic"]);
    expect(askReal("do any of them use xfs rather than ext4?").intent).toBe("compare");
    expect(askReal("newest kernel out of the bunch?").intent).toBe("compare");
    expect(askReal("which one of them doesn't use systemd as init?").intent).toBe("compare");
    // A question beyond the sources about any of them is still one.
    expect(askReal("can any of these run windows containers").intent).toBe("no_match");
  });

  it("should hold a question beyond the sources against the system of its most precise word", () => {
    const answer = askReal("how many snaps are in the snap store");
    expect(answer.intent).toBe("no_match");
    expect(answer.systems).toEqual(["snappy"]);
  });

  it("should read the snap store, which came after the sources, as beyond them", () => {
    const answer = askReal("how do i publish a snap to the snap store?");

    expect(answer.intent).toBe("no_match");
    expect(answer.systems).toEqual(["snappy"]);
  });

  it("should rank every system by its measurement when a superlative asks which of them", () => {
    // RancherOS's facts say it "always gives you the latest Docker version": words, not a ranking.
    const answer = askReal("which of them ships the newest docker?");
    expect(answer.intent).toBe("compare");
    // Every cell the sources fill is a measurement; a system they say nothing of shows "-".
    const filled = answer.table?.rows[0]?.cells.filter((cell) => cell !== "-") ?? [];
    expect(filled.length).toBeGreaterThan(2);
    expect(filled.every((cell) => /^\d/.test(cell))).toBe(true);
    expect(answer.text).toMatch(/highest first: (Project Atomic|RancherOS) 1\.6\.0/);
    // Asked to rank or sort, with no comparative, the order is the lowest first.
    expect(askReal("sort them all by image size").text).toMatch(/lowest first: RancherOS 20 MB/);
  });

  it("should read 'the oldest of them' as asking about age, and 'the newest kernel' about kernels", () => {
    const oldest = askReal("which one's the oldest of the bunch?");
    expect(oldest.intent).toBe("compare");
    expect(oldest.topics).toEqual(["maturity"]);
    expect(askReal("which container os had the newest kernel?").topics).toEqual(["kernel"]);
  });

  it("should compare every system when asked which one to choose", () => {
    expect(askReal("we run everything in containers; which distro should we pick?").intent).toBe(
      "compare",
    );
    expect(askReal("be honest, which one should i pick for production").intent).toBe("compare");
    expect(askReal("ok, which is the best one?").intent).toBe("compare");
    // Unless what is asked is beyond the sources.
    expect(askReal("which one should we standardise on in 2027?").intent).toBe("no_match");
    // A fact of one system answers which one ships something.
    expect(askReal("which os uses xfs").intent).toBe("answer");
  });

  it("should compare the systems of two tools asked which is better", () => {
    const answer = askReal("cockpit or fleetctl, which is nicer for managing stuff");
    expect(answer.intent).toBe("compare");
    expect([...answer.systems].sort()).toEqual(["atomic", "coreos"]);
  });

  it("should give the table, not introductions, when asked to compare all the container OSes", () => {
    expect(askReal("compare all the container OSes please, quick overview").intent).toBe("compare");
    expect(askReal("give me the lay of the land on container OSes").intent).toBe("answer");
  });

  it("should compare every system when asked to compare all, with or without a topic", () => {
    expect(askReal("compare all").intent).toBe("compare");
    expect(askReal("compare all").table?.columns.length).toBeGreaterThan(2);
    expect(askReal("honestly which container os should i pick, compare all").intent).toBe(
      "compare",
    );
    // Every system and nothing else asked: the table of all of them.
    const each = askReal("give me a line about every one of the six");
    expect(each.intent).toBe("compare");
    expect(each.table?.columns).toHaveLength(6);
    // Every system and a word the sources lack: they don't say.
    expect(askReal("what's the mascot of each of them?").intent).toBe("no_match");
  });

  it("should cite every cell's fact and not repeat the table row by row in the text", () => {
    const answer = askReal("coreos vs atomic");
    const rows = answer.table?.rows ?? [];
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(answer.text).not.toContain(`${row.label}:`);
    const values = new Set(
      answer.facts.flatMap((f) => realEngine().kb.facts.find((k) => k.id === f.id)?.value ?? []),
    );
    for (const cell of rows.flatMap((r) => r.cells).filter((c) => c !== "-"))
      for (const part of cell.split(" / ")) expect(values.has(part), part).toBe(true);
  });
});

describe("an honest scope gate", () => {
  it("should not give a company's contacts, nor which system a buyer kept later", () => {
    expectBeyondSources(
      "who is the media contact at rancher labs for rancheros?",
      "did vmware end up keeping photon after that preview?",
    );
  });

  it("should not say whether people still use a system, nor a company's later name", () => {
    expectBeyondSources(
      "do people still use fleet for scheduling?",
      "anybody still use photon?",
      "didn't mesosphere change their company name at some point?",
    );
  });

  /** Each question's answer, after checking that it is a "my sources don't say" that `says`. */
  const beyondSources = (questions: string[], says: RegExp) =>
    questions.map((question) => {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("no_match");
      expect(answer.text, question).toMatch(says);
      return { question, answer };
    });

  it("should say the sources cannot know what came after them, naming the system", () => {
    const answers = beyondSources(
      [
        "is coreos still maintained?",
        "who acquired coreos?",
        "what's new in photon os 5.0?",
        "does rancheros run well in 2024?",
        "when did vmware stop shipping photon os?",
        "did photon get lightwave kerberos support in a later version?",
        "since which version does rancheros have selinux?",
      ],
      /my sources \(2014–2015\) don't say/i,
    );
    for (const { question, answer } of answers) {
      expect(answer.confidence, question).toBeLessThan(0.4);
      expect(answer.suggestions.length, question).toBeGreaterThan(0);
    }
    expect(askReal("is coreos still maintained?").systems).toEqual(["coreos"]);
    // "Today" in the scene is the asker's own: the question asks what the sources do say.
    expect(
      askReal("we're all-in on vSphere today. why would photon make sense for us?").intent,
    ).toBe("answer");
    // A later product's name beside another system asks about that system.
    const heir = askReal("is RHEL CoreOS the successor to atomic host?");
    expect(heir.intent).toBe("no_match");
    expect(heir.systems).toEqual(["atomic"]);
  });

  it("should ask what the sources cannot know again of the system a follow-up names", () => {
    const engine = realEngine();
    let context = engine.ask("what does a snappy support contract cost?").context;
    for (const next of ["and photon?", "what about rancher os"]) {
      const { answer, context: after } = engine.ask(next, context);
      expect(answer.intent, next).toBe("no_match");
      expect(answer.text, next).toMatch(/don't say what it costs/);
      context = after;
    }
    // A new question asks afresh.
    expect(engine.ask("what is its init system?", context).answer.intent).toBe("answer");
  });

  it("should not give costs owed, support lengths, files to paste, mirrors or a person's today (limits.yml)", () => {
    for (const [question, label] of [
      ["does he still run the company that makes snappy?", /how it stands today/],
      ["how do i point coreos at a mirror for its updates?", /not in them/],
      ["do we owe vmware anything if we run photon in prod?", /what it costs/],
      ["which rancheros release is supported longest?", /support periods/],
      ["fleet unit file for a redis container, copy paste ready", /step-by-step instructions/],
    ] as const) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("no_match");
      expect(answer.text, question).toMatch(label);
    }
  });

  it("should still answer questions that only share a word with those limits", () => {
    for (const [question, fact] of [
      ["does project atomic mirror the rhel binaries?", /binaries/],
      ["can i copy paste docker commands on coreos?", /docker run/],
      ["hayden ran cockpit on atomic - so he still had to setenforce 0?", /setenforce 0/],
      ["can you give a full example of what rancheros runs as system containers?", /RancherOS/],
    ] as const) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("answer");
      expect(answer.facts[0]?.text, question).toMatch(fact);
    }
  });

  it("should say so of a command the asking clause quotes that no fact writes", () => {
    beyondSources(
      [
        "how do I use `ros config set` on rancheros?",
        "how does the ros config command work on rancheros?",
        "can I use `rpm-ostree install htop` on atomic?",
      ],
      /my sources \(2014–2015\) don't say what `/,
    );
    // One the facts write, or one the scene quotes, asks nothing beyond them.
    expect(askReal("on coreos can I just `docker run -d nginx`?").intent).toBe("answer");
    expect(
      askReal("I `fleetctl submit`ted a unit on coreos. what is fleet, actually?").intent,
    ).toBe("answer");
    expect(askReal("the coreos toolbox command, what does it give me?").intent).toBe("answer");
  });

  it("should say so whatever else the question's words find, and offer the system it names", () => {
    const [foreign, successor] = beyondSources(
      [
        "windows server core for containers is also container os?",
        "is k3os the same as rancheros or a replacement for it",
        "marathon last version which is",
        "does red hat still sell project atomic?",
      ],
      /my sources \(2014–2015\) don't say/i,
    );
    expect(foreign?.answer.systems).toEqual([]);
    expect(successor?.answer.systems).toEqual(["rancheros"]);
  });

  it("should say the sources give no figure or date when the best fact holds none", () => {
    const answers = beyondSources(
      ["how much disk should etcd get on a coreos cluster?", "when did marathon join dcos?"],
      /my sources \(2014–2015\) don't say (how much|when)\./,
    );
    // What they do say nearest is offered, cited, not passed off as the answer.
    for (const { question, answer } of answers) {
      expect(answer.facts, question).toHaveLength(1);
      expect(answer.citations, question).toHaveLength(1);
    }
    expect(askReal("how big is the rancheros image?").facts[0]?.text).toMatch(/\d+ ?MB/);
    expect(askReal("when did coreos get started?").facts[0]?.text).toMatch(/2013/);
    expect(askReal("how many docker daemons does rancheros run?").intent).toBe("answer");
  });

  it("should not pass off a figure about something else as the amount asked of a named thing", () => {
    // The 164 MB is CoreOS's image, not its toolbox: the toolbox fact is offered as nearest.
    const [toolbox] = beyondSources(
      ["how much disk does the toolbox container eat on coreos"],
      /don't say how much\./,
    );
    expect(toolbox?.answer.facts[0]?.id).toBe("coreos-management-toolbox");
    // A figure of the thing asked about answers: RancherOS's two daemons, its image size.
    expect(askReal("how many docker daemons does rancheros run?").intent).toBe("answer");
    expect(askReal("how big is the rancheros iso?").intent).toBe("answer");
  });

  it("should not ask for a figure or a date when the question asks something else as well", () => {
    expect(matchReal("when did photon ship?").soleCue).toBe(true);
    expect(matchReal("who's behind photon and when did it ship?").soleCue).toBe(false);
    expect(askReal("who's behind photon and when did it first come out?").intent).toBe("answer");
    // A second question after "and" asks something besides the date.
    expect(matchReal("when did atomic come out, and is it stable?").soleCue).toBe(false);
    // Offered answers to choose from ask which, not how much.
    const offered = "how much does a snappy update download: the full image or just deltas?";
    expect(matchReal(offered).soleCue).toBe(false);
    expect(askReal(offered).facts[0]?.text).toMatch(/delta/);
  });

  it("should add the nearest fact the sources do say, cited, as what they say and not the answer", () => {
    const answer = askReal("how much does dc/os enterprise cost per core");
    expect(answer.intent).toBe("no_match");
    expect(answer.text).toMatch(/don't say what it costs[\s\S]*The nearest they come:/);
    expect(answer.facts.map((f) => f.id)).toEqual(["dcos-community-free-community-edition"]);
    expect(answer.citations.map((c) => c.id)).toEqual(["rosland-2015"]);
    // The limit's own nearby words find it when the question's do not.
    expect(askReal("who bought coreos?").facts[0]?.text).toMatch(/investor/);
    // Whether it costs anything at all, its sources do say; not what the enterprise edition costs.
    expect(askReal("is there a free edition of dcos?").intent).toBe("answer");
    expect(askReal("dcos pricing?").intent).toBe("answer");
    expect(askReal("dcos enterprise pricing?").intent).toBe("no_match");
    expect(askReal("pricing for DC/OS enterprise?").intent).toBe("no_match");
  });

  it("should hold an open question to the fact its other words reach, not any fact with its words", () => {
    // The community fact says "how many people"; it does not say how many etcd members.
    expect(askReal("How many etcd members should a production CoreOS cluster have?").intent).toBe(
      "no_match",
    );
    expect(askReal("how many people use coreos?").intent).toBe("answer");
    // A unit the facts count in ("20 MB") is answered, spelt out or not.
    expect(askReal("roughly how many megabytes is rancheros?").facts[0]?.text).toMatch(/20 MB/);
    expect(askReal("how many docker daemons does rancheros run?").intent).toBe("answer");
    expect(askReal("how many containers can rancheros run?").intent).toBe("no_match");
    // Its synonyms reach too: how often Fedora Atomic builds "come out" its release fact says.
    expect(askReal("how often does a fedora atomic build come out").intent).toBe("answer");
    expect(askReal("how often do photon security patches come out?").intent).toBe("no_match");
    expect(askReal("minimum disk size to install an atomic host?").intent).toBe("no_match");
  });

  it("should say the sources are silent on a name they write only of other systems", () => {
    for (const [question, name] of [
      ["does photon have selinux?", "SELinux"],
      ["can dcos run kubernetes clusters?", "Kubernetes"],
    ] as const) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("no_match");
      expect(answer.text, question).toContain(`don't say anything about ${name}.`);
      // The nearest the sources come: the named system's own fact on that thing's topic, then
      // the system the sources give it to.
      expect(answer.facts.length, question).toBe(2);
    }
    const selinux = askReal("does photon have selinux?").facts;
    expect(selinux.map((fact) => [fact.system, fact.topic])).toEqual([
      ["photon", "security"],
      ["atomic", "security"],
    ]);
    expect(selinux[1]?.text).toMatch(/SELinux/);
    // "Cockpit" is Atomic's GUI, though one fact is about its clash with SELinux: CoreOS's
    // management (no GUI) is the nearest.
    const cockpit = askReal("how do i open cockpit on my coreos cluster?").facts;
    expect(cockpit.map((fact) => [fact.system, fact.topic])).toEqual([
      ["coreos", "management"],
      ["atomic", "management"],
    ]);
    // A fact that names the thing in passing ("built without … AppArmor") is not whose it is.
    expect(askReal("how do i set up apparmor profiles on atomic host").facts[1]?.system).toBe(
      "snappy",
    );
    // An everyday word the facts happen to write of others is no thing a system lacks.
    expect(
      askAfter("what is tectonic", "is that free or do you pay for it").answer.facts,
    ).toHaveLength(1);
    // Unless the named system's own words answer it ("apparmor", "preview").
    expect(askReal("does snappy do apparmor or selinux?").intent).toBe("answer");
    expect(askReal("is photon GA or still preview").intent).toBe("answer");
  });

  it("should ask what a follow-up asks beyond the sources of the system in play", () => {
    const { answer } = askAfter("what is tectonic?", "what did it cost?");
    expect(answer.intent).toBe("no_match");
    expect(answer.systems).toEqual(["coreos"]);
    expect(answer.text).toMatch(/^CoreOS: my sources .* don't say what it costs/);
    // A name the sources write only of other systems, asked of the one pointed back at.
    const kubernetes = askAfter("what's in dcos", "and does it do kubernetes too?").answer;
    expect(kubernetes.intent).toBe("no_match");
    expect(kubernetes.text).toMatch(
      /^Mesosphere DCOS: my sources .* don't say anything about Kubernetes/,
    );
  });

  it("should say the sources never mention a tool or a setting they do not cover", () => {
    beyondSources(
      [
        "how do i give my rancheros box a static ip?",
        "podman on atomic?",
        "how do we do backups on rancheros?",
        "are coreos update payloads signed?",
        "recommended zookeeper quorum size for dcos masters",
        "nixos vs coreos for immutable hosts?",
        "snap classic confinement how to enable",
        "which flannel backend does coreos default to, udp or vxlan?",
      ],
      /don't say anything about that; it is not in them/,
    );
    // A clause that asks only by naming systems asks what the words before it say.
    expect(askReal("ARM builds available - RancherOS? y/n").text).toMatch(/hardware support/);
    expect(askReal("container density benchmark, rancheros vs coreos").intent).toBe("no_match");
    // Confining workloads is what the isolation facts say, whatever snapd's modes came to mean.
    expect(askReal("snappy vs atomic, how did each confine workloads?").intent).toBe("compare");
    expect(askReal("will coreos boot off an sd card?").text).toMatch(/anything about hardware/);
    expect(askReal("what does dcos stand for?").text).toMatch(/don't say what its name stands for/);
    // Nothing named and nothing unknown: the limit is all it asks, of no system in particular.
    const latest = askReal("what's the latest version?");
    expect(latest.intent).toBe("no_match");
    expect(latest.text).toMatch(
      /^My sources \(2014–2015\) don't say anything about releases after/,
    );
    expect(askReal("how much does a tesla cost?").text).toMatch(/^I don't know that/);
    // Consul is named in a Snappy fact: asked of CoreOS, the sources are silent on it by name.
    expect(askReal("does coreos use consul?").text).toMatch(/don't say anything about Consul/);
    // Hayden's review does mention seccomp.
    expect(askReal("is seccomp enabled on coreos?").facts[0]?.id).toBe("coreos-security-seccomp");
  });

  it("should say the sources give no step-by-step instructions or exact settings", () => {
    beyondSources(
      [
        "how do i configure marathon-lb on dcos",
        "tdnf repo url for photon updates?",
        "which key in update.conf turns off automatic reboots on coreos?",
        "step by step, how do i migrate from fleet to kubernetes on coreos?",
        "what's the snappy command to roll back an update?",
        "what's etcd's default election timeout?",
        "how do we set up a vlan on photon?",
      ],
      /don't say step-by-step instructions/,
    );
    // The nearest they come is found by what is asked about, not by configuration in general.
    const nearest = askReal("which tdnf command updates every package on photon?");
    expect(nearest.facts[0]?.text).toMatch(/tdnf/);
    // Whether it has to be installed and configured at all, they do say.
    expect(askReal("do I need to install and configure docker myself on coreos?").intent).toBe(
      "answer",
    );
  });

  it("should ask a question beyond the sources of the system in play when it names none", () => {
    const { answer } = askAfter("what is rancheros", "what's the newest version now?");
    expect(answer.intent).toBe("no_match");
    expect(answer.systems).toEqual(["rancheros"]);
    expect(answer.text).toMatch(/^RancherOS: my sources/);
  });

  it("should hold a tool's question beyond the sources against its own system's facts", () => {
    const answer = askReal("is fleet still supported, or should we migrate off it?");
    expect(answer.intent).toBe("no_match");
    expect(answer.systems).toEqual(["coreos"]);
  });

  it("should name the system whose tool a question beyond the sources asks about", () => {
    const answer = askReal("what port does fleet listen on?");
    expect(answer.intent).toBe("no_match");
    expect(answer.systems).toEqual(["coreos"]);
    expect(answer.text).toMatch(/^CoreOS: my sources/);
  });

  it("should hold a version after a misspelt name to the system's numbers", () => {
    expect(askReal("whats the kernal in corOS 647").facts[0]?.text).toMatch(/3\.19\.3/);
    expect(askReal("is corOS 2000 out").intent).toBe("no_match");
  });

  it("should keep the system a follow-up points back at when the sources cannot answer it", () => {
    const { answer } = askAfter(
      "what does atomic use for package management?",
      "does it run on the pi 4 boards we have?",
    );
    expect(answer.intent).toBe("no_match");
    expect(answer.systems).toEqual(["atomic"]);
  });

  it("should still answer what the sources do know about versions they name", () => {
    expect(askReal("coreos 647.0.0 kernel").intent).toBe("answer");
  });
});

describe("the first fact answers what is asked", () => {
  it("should rank by the clause that asks, not by the scene set before it", () => {
    const answer = askReal(
      "our coreos hosts lack python and gcc, so how do we debug problems there?",
    );
    expect(answer.facts[0]?.text).toMatch(/toolbox/i);
  });

  it("should lead with the CoreOS way of running containers when asked the proper way", () => {
    const answer = askReal("what is the intended way to launch containers on coreos hosts?");
    expect(answer.facts[0]?.text).toMatch(/unit files/);
  });

  it("should rank by 'the same', which asks whether two things are alike", () => {
    const answer = askReal("do snappy boxes carry the same libs ubuntu server has?");
    expect(answer.facts[0]?.text).toMatch(/same libraries/);
  });

  it("should lead with how two things get along when asked whether they do", () => {
    for (const question of [
      "is cockpit compatible with selinux?",
      "will cockpit get along with selinux enforcing?",
      // Setting SELinux to permissive is what "setenforce 0" does: enforcing is the clash.
      "our cockpit page is blank with selinux enforcing on atomic",
    ]) {
      expect(askReal(question).facts[0]?.id, question).toBe("atomic-security-cockpit-setenforce-0");
    }
  });

  it("should answer whether a system was GA from its facts on how far along it was", () => {
    for (const question of [
      "is photon GA yet?",
      "was photon a stable release or just a preview in 2015",
    ]) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("answer");
      expect(answer.facts[0]?.text).toMatch(/technology preview/);
    }
  });

  it("should read a 'box' as the machine, and only 'out of the box' as the facts' phrase", () => {
    expect(askReal("how do you get root on a coreos box?").facts[0]?.text).toMatch(/sudo/);
    // There is none to know: the core user needs no password for sudo.
    const password = askReal("what's the root password on coreos?");
    expect(password.intent).toBe("answer");
    expect(password.facts[0]?.text).toMatch(/sudo/);
    expect(askReal("what does atomic have out of the box?").facts[0]?.text).toMatch(
      /by default|built in/,
    );
  });

  it("should lead with the kind of thing a 'which …' asks for, whatever else its words reach", () => {
    // "tech preview" names Photon's maturity fact; "which kernel" asks for the kernel.
    const answer = askReal("which kernel was the photon tech preview on?");
    expect(answer.facts[0]?.topic).toBe("kernel");
    expect(matchReal("which kernel was the photon tech preview on?").answerTopic).toBe("kernel");
    expect(matchReal("what's rpm-ostree-toolbox for?").answerTopic).toBeUndefined();
  });

  it("should open a version question with the version", () => {
    expect(askReal("coreos docker version").facts[0]?.text).toMatch(/Docker \d+\.\d+/);
  });

  it("should answer for the one system whose facts use a precise word, even without its name", () => {
    const answer = askReal("system docker vs user docker?");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["rancheros"]);
  });

  it("should let a cell's only fact lead it, as a curator's lead does", () => {
    const catalog = realCatalog();
    const single = realKb().facts.findIndex(
      (f) => catalog.cell(f.system, f.topic).length === 1 && !f.lead,
    );
    expect(single).toBeGreaterThanOrEqual(0);
    expect(catalog.isLead(single)).toBe(true);
    const shared = realKb().facts.findIndex(
      (f) => catalog.cell(f.system, f.topic).length > 1 && !f.lead,
    );
    expect(catalog.isLead(shared)).toBe(false);
  });

  it("should list a topic's facts across systems in the order of the systems and their cells", () => {
    const catalog = realCatalog();
    const cells = catalog.systemIds().map((system) => catalog.cell(system, "security"));
    expect(cells.filter((cell) => cell.length > 0).length).toBeGreaterThan(2);
    expect(catalog.factsOn("security")).toEqual(cells.flat());
    expect(catalog.factsOn("no-such-topic")).toEqual([]);
  });
});

describe("a fact that says what it is about", () => {
  it("should reach CoreOS's login fact by 'get a shell', an everyday way to ask it", () => {
    expect(askReal("how can i get a shell on my coreos box?").facts[0]?.text).toMatch(/ssh/);
  });

  it("should name what DCOS runs beyond containers in the fact that says it can", () => {
    const answer = askReal("is dcos container-only?");
    expect(answer.facts[0]?.text).toMatch(/not limited to container/);
    expect(answer.facts[0]?.text).toMatch(/Hadoop|Cassandra/);
  });
});

describe("a source the asker names", () => {
  it("should compare the systems a named table covers, not every system", () => {
    const named = askReal("docker versions side by side from that comparison table");
    expect(named.intent).toBe("compare");
    expect(named.systems).toEqual(["coreos", "atomic", "rancheros", "snappy", "photon"]);
    // Without it, every system stands in the table, DCOS with nothing on the row.
    expect(askReal("docker versions side by side").systems).toContain("dcos");
  });

  it("should read a team's own name for a source, and compare only what that source covers", () => {
    const kb = realKb();
    const engine = createEngine({
      ...kb,
      sources: kb.sources.map((source) =>
        source.id === "metral-2015" ? { ...source, called: ["the carina guide"] } : source,
      ),
    });
    const { answer } = engine.ask("how do they all handle updates, going by the carina guide?");
    const covers = (system: string) =>
      kb.facts.some(
        (fact) =>
          fact.system === system &&
          fact.topic === "updates" &&
          fact.sources.some(({ id }) => id === "metral-2015"),
      );
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toEqual(kb.systems.map(({ id }) => id).filter(covers));
    expect(answer.systems.length).toBeGreaterThanOrEqual(2);
    expect(answer.systems.length).toBeLessThan(kb.systems.length);
  });
});

describe("words that judge rather than name", () => {
  it("should reach a fact through everyday words for who tries it ('snappy for a newbie?')", () => {
    for (const question of ["snappy for a newbie?", "is snappy ok to tinker with as a novice"]) {
      const answer = askReal(question);
      expect([question, answer.intent, answer.systems]).toEqual([question, "answer", ["snappy"]]);
      expect(answer.facts[0]?.text).toMatch(/learning opportunity/);
    }
  });

  it("should read 'trickier', 'friendliest' as how things compare, not as unknown things", () => {
    expect(matchReal("which is trickier to set up, atomic or photon?").coverage).toBe(1);
    const answer = askReal("geard vs fleet, whats the trickiest part");
    expect([answer.intent, answer.systems]).toEqual(["compare", ["atomic", "coreos"]]);
  });

  it("should read another form of an everyday word ('fleetctl explained') as wording", () => {
    expect(matchReal("fleetctl explained").coverage).toBe(1);
    const answer = askReal("toolbox explained please");
    expect([answer.intent, answer.systems]).toEqual(["answer", ["coreos"]]);
    // Only the regular forms of the short list: "consequences" is no form of "consequently".
    expect(matchReal("rkt consequences").coverage).toBeLessThan(1);
  });

  it("should read 'nicest', 'downsides' as wording, not as subjects the sources lack", () => {
    const answer = askReal("what's the nicest thing about cockpit");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/Cockpit/);
    expect(matchReal("what are the downsides of coreos?").coverage).toBe(1);
  });
});

describe("a known system and a question its sources do not match", () => {
  it("should say it could not find that, and offer what it knows about the system", () => {
    const answer = askReal("can photon os render my minecraft shaders faster");
    expect(answer.intent).toBe("no_match");
    expect(answer.systems).toEqual(["photon"]);
    expect(answer.text).toMatch(/couldn't find what you asked about VMware Photon/);
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.suggestions.every((s) => s.includes("photon"))).toBe(true);
  });

  it("should read 'what's the deal with X' and 'what is so special about X' as asking what X is", () => {
    for (const [question, system] of [
      ["what is the deal with photon?", "photon"],
      ["what's so special about rancheros?", "rancheros"],
    ] as const) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("answer");
      expect(answer.systems, question).toEqual([system]);
    }
  });
});

describe("a system named only by an everyday word", () => {
  it("should need more of the question to match than a plain name does", () => {
    // "photon" and "rancher" are everyday words as well as systems' names.
    expect(askReal("how much energy does a single photon carry").intent).toBe("no_match");
    const rest = "tips for minecraft mods";
    expect(askReal(`rancher ${rest}`).confidence).toBeLessThan(
      askReal(`rancheros ${rest}`).confidence,
    );
    expect(matchReal("photon os kernel").everydayNames).toBe(false);
    expect(matchReal("photon kernel").everydayNames).toBe(true);
  });

  it("should still answer a plainly named system asked in everyday words", () => {
    const answer = askReal("on rancheros what keeps the background services of the box going");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["rancheros"]);
  });
});

describe("a sceptic's words", () => {
  it("should answer what a sceptic asks, not the scorn around it", () => {
    const dcos = askReal("dcos probably can't do anything other than containers, i bet");
    expect(dcos.intent).toBe("answer");
    // Either fact of what DCOS runs beyond containers answers it; both name Hadoop.
    expect(dcos.facts[0]?.text).toMatch(/Hadoop/);
    const cockpit = askReal(
      "somebody said cockpit only works after setenforce 0. you're kidding, right?",
    );
    expect(cockpit.systems).toEqual(["atomic"]);
    expect(cockpit.facts[0]?.text).toMatch(/setenforce 0/);
  });

  it("should ask the question in play of the system a sceptic names ('bet coreos doesn't either')", () => {
    const answer = answersAbout("does atomic have a gui?", "bet coreos doesn't either", ["coreos"]);
    expect(answer.facts[0]?.text).toMatch(/no GUI/);
  });

  it("should read 'in those comparisons' as the article's table, not a request to compare", () => {
    const answer = askReal("which docker did coreos ship in those comparisons?");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["coreos"]);
  });

  it("should not read 'they all look identical' as a question about identity services", () => {
    const answer = askReal(
      "be honest: which container os should we run? they look identical to me",
    );
    expect(answer.intent).toBe("compare");
    expect(answer.systems.length).toBeGreaterThan(2);
  });
});

describe("everyday and chat words", () => {
  it("should read 'roll it back' as rollback and 'theese' as 'these'", () => {
    const rollback = askAfter(
      "how do atomic updates work",
      "can i roll it back if it goes sideways during a demo?",
    ).answer;
    expect(rollback.intent).toBe("answer");
    expect(rollback.facts[0]?.text).toMatch(/roll back/);
    const these = askReal("which of theese ship xfs");
    expect(these.intent).toBe("compare");
    expect(these.topics).toEqual(["filesystem"]);
  });

  it("should read 'slimmer' and 'slimmest' as size (topics.yml)", () => {
    expect(askAfter("coreos security?", "is rancheros slimmer?").answer.topics).toEqual(["size"]);
    expect(askReal("which of them is slimmest?").topics).toEqual(["size"]);
  });

  it("should read a host that dies as the cluster's failover (topics.yml)", () => {
    const answer = askReal(
      "what happens to my app containers when a coreos host dies overnight while the pager is quiet?",
    );
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/migrated to another node/);
  });

  it("should read 'mandatory', 'necessary', 'need' as the facts' 'required'", () => {
    for (const question of [
      "does moving my atomic host onto another tree need a restart?",
      "is a restart mandatory after putting atomic on a new tree?",
      "atomic: new tree, restart necessary?",
    ]) {
      expect(askReal(question).facts[0]?.text, question).toMatch(/required a reboot/);
    }
  });

  it("should read 'pw' as password: a default password is beyond the sources", () => {
    const answer = askReal("whats the default rancheros root pw");
    expect(answer.intent).toBe("no_match");
    expect(answer.text).toMatch(/default user names or passwords/);
  });

  it("should read chat shorthand ('bins', 'mgmt') as the words it stands for", () => {
    expect(askReal("atomic same bins as rhel?").facts[0]?.text).toMatch(/same binaries/);
    expect(askReal("what does photon offer for lifecycle mgmt?").facts[0]?.text).toMatch(
      /lifecycle management/,
    );
  });

  it("should find a fact by the words people ask it with", () => {
    expect(askAfter("dcos", "is it only containers?").answer.facts[0]?.text).toMatch(/not limited/);
    expect(
      askAfter("tell me about snappy updates", "whats the download size like").answer.facts[0]
        ?.text,
    ).toMatch(/delta/);
  });
});

describe("follow-ups in everyday talk", () => {
  it("should answer 'what's so special about it vs the others?' with what sets that system apart", () => {
    answersAbout(
      "tell me about dc os",
      "whats so special about it vs the others just doing containers",
      ["dcos"],
    );
    // "how does that compare to the others?" still compares the topic in play.
    expect(
      askAfter("how small is rancheros", "how does that compare to the others").answer.intent,
    ).toBe("compare");
  });

  it("should stay on the system in play when its facts hold the question's words as well as another's", () => {
    const answer = answersAbout(
      "Does Snappy support rollback?",
      "is app isolation enforced by anything?",
      ["snappy"],
    );
    expect(answer.facts[0]?.text).toMatch(/AppArmor/);
  });

  it("should compare with the system in play when asked whether another is any different", () => {
    const { answer } = askAfter(
      "How does CoreOS roll back a bad update?",
      "is atomic's approach any different?",
    );
    expect(answer.intent).toBe("compare");
    expect([...answer.systems].sort()).toEqual(["atomic", "coreos"]);
    // "that" set against two systems named: what was just said, against both.
    const that = askAfter(
      "What is PID 1 on RancherOS?",
      "how does that differ from coreos and atomic?",
    );
    expect([...that.answer.systems].sort()).toEqual(["atomic", "coreos", "rancheros"]);
    expect(that.answer.topics).toEqual(["init"]);
    // "on that" is the topic only: the two named are compared.
    const on = askAfter(
      "which docker version does coreos ship",
      "and atomic vs rancheros on that?",
    );
    expect([...on.answer.systems].sort()).toEqual(["atomic", "rancheros"]);
    // "back out" is going back to the previous version.
    const back = askAfter(
      "How is the base OS patched on Atomic Host?",
      "and how do I back out a bad one",
    );
    expect(back.answer.facts[0]?.text).toMatch(/roll back|revert|rollback/);
  });

  it("should keep the system just answered when the follow-up asks the same of more systems", () => {
    const sorted = (previous: string, followUp: string) =>
      [...askAfter(previous, followUp).answer.systems].sort();
    // "as well", "what about X and Y", a bare list: the last question, of those and the last one.
    expect(
      sorted("what init system does photon run", "do atomic and snappy run it as well?"),
    ).toEqual(["atomic", "photon", "snappy"]);
    expect(sorted("which kernel is in coreos", "what about rancheros and photon?")).toEqual([
      "coreos",
      "photon",
      "rancheros",
    ]);
    expect(sorted("what filesystem is rancheros on", "and coreos, atomic?")).toEqual([
      "atomic",
      "coreos",
      "rancheros",
    ]);
    // "compare w/ X and Y" compares what was just said with them.
    expect(sorted("docker version on photon?", "compare w coreos and atomic pls")).toEqual([
      "atomic",
      "coreos",
      "photon",
    ]);
    // Two set against each other ("now X vs Y") are those alone.
    expect(sorted("what init system does photon run", "ok now atomic vs snappy")).toEqual([
      "atomic",
      "snappy",
    ]);
  });

  it("should not read a fresh question, a set phrase or a choice between two as the same again", () => {
    // A comparison of its own after one system's answer: those two alone.
    const fresh = askAfter(
      "how big is photon?",
      "what's the difference between coreos and atomic?",
    );
    expect([...fresh.answer.systems].sort()).toEqual(["atomic", "coreos"]);
    // "at the same time" likens nothing.
    expect(
      askAfter("how big is photon?", "can coreos run two versions at the same time?").answer.intent,
    ).toBe("answer");
    // "the others" after Photon ask of the others, not of Photon.
    expect(
      askAfter("how big is photon?", "why do the others have bigger images?").answer.systems,
    ).not.toEqual(["photon"]);
    // "X or Y, which one …" chooses between the two things named, RancherOS's both.
    expect(askReal("system-docker or user docker, which one runs the console?").systems).toEqual([
      "rancheros",
    ]);
    // A joined name said before "which" asks whose it is.
    expect(askReal("system-docker - which of these ships it?").systems).toEqual(["rancheros"]);
    // "i know what coreos is" is no question: what follows it is.
    expect(askReal("i know what coreos is, but how big is it?").facts[0]?.text).toMatch(/164 MB/);
  });

  it("should go on with the facts a reply beyond the sources did not show", () => {
    const more = askAfter("what exact commands do i run to update coreos?", "more").answer;
    expect(more.text).not.toMatch(/That was all/);
    expect(more.facts.length).toBeGreaterThan(1);
    expect(more.facts.every((f) => f.topic === "updates")).toBe(true);
  });

  it("should read 'ok and what about X' as a follow-up on the topic in play", () => {
    const engine = realEngine();
    const first = engine.ask("how is a coreos cluster managed?");
    const { answer } = engine.ask("ok so what about atomic?", first.context);
    expect(answer.systems).toEqual(["atomic"]);
    expect(answer.topics).toEqual(first.answer.topics);
  });

  it("should ask the last question again about the system a follow-up names", () => {
    const { answer, context } = askAfter("does atomic have selinux turned on?", "and coreos?");
    expect(answer.systems).toEqual(["coreos"]);
    expect(answer.facts[0]?.text).toMatch(/selinux/i);
    // And again, a turn later.
    expect(context.words).toContain("selinux");
    // The system a follow-up sets beside "it" is a yardstick; "it" is the system in play.
    const like = askAfter(
      "what is photon os",
      "does it have a package manager or is it like coreos?",
    );
    expect(like.answer.systems).toEqual(["photon"]);
    // The kinds of containers it runs are its container formats.
    expect(
      askAfter("what is photon os", "what kind of containers can it run?").answer.facts[0]?.text,
    ).toMatch(/Docker, rocket and Pivotal Garden/);
    // Distros asked of "it" are what it is built from, not every system.
    answersAbout("when did project atomic start?", "what distros can it be based on?", ["atomic"]);
    // What a system starts is no request for help on how to start.
    answersAbout(
      "why two docker daemons in rancheros?",
      "so what does the system one actually start?",
      ["rancheros"],
    );
    // "in plain terms" and "never heard of it" are ways of talking too.
    expect(askReal("fleet — what is it in plain terms?").systems).toEqual(["coreos"]);
    expect(askReal("tdnf — never heard of it, what is it?").systems).toEqual(["photon"]);
    // "in practice" is a way of talking, not a word the sources lack.
    expect(askAfter("what's geard?", "what would i use it for in practice?").answer.intent).toBe(
      "answer",
    );
    // "hm" is a sound, not a word the sources lack.
    const hm = askAfter("does coreos ship selinux?", "hm, what about atomic").answer;
    expect(hm.intent).toBe("answer");
    expect(hm.facts[0]?.text).toMatch(/selinux/i);
  });

  it("should answer or hold back a follow-up by what it asks of the system in play", () => {
    const pay = askAfter("what does dcos bundle together?", "do we have to pay for it?").answer;
    expect(pay.intent).toBe("answer");
    expect(pay.facts[0]?.text).toMatch(/free-of-charge community edition/);
    const newer = askAfter("what's the docker version on atomic?", "is there a newer one now?");
    expect(newer.answer.text).toMatch(/don't say anything about releases after/);
    const now = askAfter("is atomic production ready?", "and is it now?").answer;
    expect(now.text).toMatch(/^Project Atomic: my sources .* don't say whether it is still/);
    // Asked what a term is, a long scene of words the facts lack does not stop the answer.
    const long = askReal(
      "I was watching an old recording of a project atomic talk and they kept referring to 'geard' like everyone already knew it. I didn't catch what it's for. what does geard do?",
    );
    expect(long.intent).toBe("answer");
    expect(long.facts[0]?.text).toMatch(/geard/i);
    // "at all" is "in any way": the question stays with the system in play.
    answersAbout("what is system docker in rancheros", "why have two dockers at all?", [
      "rancheros",
    ]);
    // "more than one version" is an amount, not a comparison of the systems.
    expect(matchReal("can we go back more than one version?").comparative).toBe(false);
    expect(matchReal("is rancheros more than 20 mb?").comparative).toBe(false);
    expect(matchReal("is rancheros smaller than coreos?").comparative).toBe(true);
    // "Where did it come from?" asks for an origin, which a fact's wording gives ("taken from").
    const origin = askAfter("tell me about geard", "and where did it originate?").answer;
    expect(origin.facts[0]?.text).toMatch(/OpenShift/);
    // The words that ask where from reach no fact by themselves: flannel's own fact leads.
    expect(askReal("where does flannel come from?").facts[0]?.text).toMatch(/flannel/i);
    // A scene before "what is X?" says why they ask: the answer is what X is, as asked alone.
    const scene =
      "our cto keeps saying docker everywhere and read about vsphere on a plane. what is photon, actually?";
    expect(askReal(scene).facts[0]?.id).toBe(askReal("what is photon?").facts[0]?.id);
    // "at least" hedges: after CoreOS, "what about atomic, can I at least …" asks of Atomic alone.
    answersAbout(
      "no apt-get on coreos, how do i add tools?",
      "what about atomic, can i at least install rpms there?",
      ["atomic"],
    );
    answersAbout(
      "how did atomic switch between os versions?",
      "could we have gone back more than one version?",
      ["atomic"],
    );
    // "get root" is becoming root: the passwordless sudo, not the login user.
    const root = askAfter("coreos login user", "can that user get root?").answer;
    expect(root.facts[0]?.text).toMatch(/sudo/);
    // "the equivalent on atomic" sets Atomic beside CoreOS, Atomic's login first.
    const equivalent = askAfter(
      "how do i log into a fresh coreos box",
      "what's the equivalent on atomic?",
    );
    expect(equivalent.answer.intent).toBe("compare");
    expect(equivalent.answer.systems).toEqual(["atomic", "coreos"]);
    expect(equivalent.answer.facts[0]?.text).toMatch(/root password/);
    // "right?" closing a claim is no word of a fact ("right in the web browser").
    expect(askReal("atomic is debian-based, right?").facts[0]?.text ?? "").not.toMatch(/browser/);
    const runsNow = askAfter("atomic kernel version?", "and which kernel does it run now?").answer;
    expect(runsNow.intent).toBe("no_match");
    expect(runsNow.systems).toEqual(["atomic"]);
    const until = askAfter(
      "coreos node died and fleet moved the units",
      "how long until they're back up, roughly?",
    ).answer;
    expect(until.text).toMatch(/don't say any figures on that/);
  });

  it("should read 'who has to …' as who must, not as a choice among the systems", () => {
    const { answer } = askAfter(
      "how does coreos handle a node failing?",
      "so who has to fix up the load balancer?",
    );
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["coreos"]);
  });

  it("should keep a question's word pairs for asking again ('log in' is not 'log')", () => {
    const engine = realEngine();
    const first = engine.ask("how do I log in to coreos");
    expect(engine.ask("and on atomic?", first.context).answer.facts[0]?.text).toMatch(/password/);
  });

  it("should read 'does X have one?' as the last question asked of X", () => {
    const { answer } = askAfter("does coreos have a gui", "does atomic have one?");
    expect(answer.systems).toEqual(["atomic"]);
    expect(answer.facts[0]?.text).toMatch(/cockpit/i);
  });

  it("should read a system's name alone as the last question asked of it", () => {
    const { answer } = askAfter("what filesystem does atomic use", "coreos?");
    expect(answer.systems).toEqual(["coreos"]);
    expect(answer.topics).toEqual(["filesystem"]);
  });

  it("should ask a follow-up that points back with its own words of what was discussed too", () => {
    const { answer } = askAfter("does atomic use selinux?", "how does that work with containers?");
    // Not help, and not any fact about containers: SELinux's, as the conversation was about it.
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/selinux/i);
    // The last question's subject, however many of the system's facts name it, and with the
    // system named again.
    expect(askAfter("what's etcd?", "which OS ships it?").answer.facts[0]?.text).toMatch(/etcd/);
    const others = askAfter("what is etcd?", "who else uses it besides coreos?").answer;
    expect(others.facts[0]?.text).toMatch(/Kubernetes/);
  });

  it("should set the systems in play side by side when asked which of them to pick", () => {
    const pick = askAfter("compare coreos and atomic on updates", "which one should i pick?");
    expect(pick.answer.intent).toBe("compare");
    expect([...pick.answer.systems].sort()).toEqual(["atomic", "coreos"]);
    const engine = realEngine();
    let context = engine.ask("how does snappy update?").context;
    context = engine.ask("and rancheros?", context).context;
    for (const question of [
      "ok which would you choose for updates then?",
      "which would you recommend?",
    ]) {
      const answer = engine.ask(question, context).answer;
      expect(answer.intent, question).toBe("compare");
      expect([...answer.systems].sort(), question).toEqual(["rancheros", "snappy"]);
    }
    // What it is for is the asker's: the choice between those in play is still the answer.
    const forWhom = engine.ask("which would you choose for a hospital?", context).answer;
    expect(forWhom.intent).toBe("compare");
    expect([...forWhom.systems].sort()).toEqual(["rancheros", "snappy"]);
    // With nothing in play, every system.
    expect(askReal("which would you pick for iot?").systems).toHaveLength(6);
  });

  it("should compare a system, or what was just discussed, with the others", () => {
    expect(askReal("is coreos smaller than the others?").intent).toBe("compare");
    const { answer } = askAfter("how big is coreos", "compare that with the others");
    expect(answer.intent).toBe("compare");
    expect(answer.topics).toEqual(["size"]);
    expect(answer.systems.length).toBeGreaterThan(2);
    const smaller = askAfter("is rancheros small?", "smaller than coreos?").answer;
    expect([...smaller.systems].sort()).toEqual(["coreos", "rancheros"]);
    const auth = askAfter("what does photon use for identity?", "and coreos auth by comparison?");
    expect([...auth.answer.systems].sort()).toEqual(["coreos", "photon"]);
    const added = askAfter("rancheros vs coreos on size", "add photon to that").answer;
    expect([...added.systems].sort()).toEqual(["coreos", "photon", "rancheros"]);
    // "photon too": the comparison just made, one system more; "what about photon?" asks of it alone.
    const too = askAfter("compare rancheros and coreos on kernels", "photon too").answer;
    expect(too.intent).toBe("compare");
    expect([...too.systems].sort()).toEqual(["coreos", "photon", "rancheros"]);
    expect(too.topics).toEqual(["kernel"]);
    const engine = realEngine();
    // After two systems asked in turn, "add" sets both beside the one named.
    let turns = engine.ask("which init system does photon use?").context;
    turns = engine.ask("and rancheros?", turns).context;
    const added2 = engine.ask("add coreos to those", turns).answer;
    expect(added2.intent).toBe("compare");
    expect([...added2.systems].sort()).toEqual(["coreos", "photon", "rancheros"]);
    let context = engine.ask("how does coreos update?").context;
    context = engine.ask("and atomic?", context).context;
    const apparmor = askAfter(
      "compare snappy and atomic on updates",
      "which of the two uses apparmor?",
    );
    expect(apparmor.answer.intent).toBe("answer");
    expect(apparmor.answer.systems).toEqual(["snappy"]);
    const two = engine.ask("which of the two needs a reboot to switch?", context).answer;
    expect(two.intent).toBe("compare");
    expect([...two.systems].sort()).toEqual(["atomic", "coreos"]);
    const three = askAfter("compare coreos and atomic", "now add rancheros to that comparison");
    expect([...three.answer.systems].sort()).toEqual(["atomic", "coreos", "rancheros"]);
    for (const followUp of [
      "and the others?",
      "what about the rest of them?",
      "is it the same on the other ones?",
    ]) {
      const others = askAfter("which init system does rancheros use", followUp).answer;
      expect(others.intent, followUp).toBe("compare");
      expect(others.topics, followUp).toEqual(["init"]);
    }
    // "update diff?" after a comparison: the difference, of those compared.
    const diff = askAfter("compare coreos and atomic", "update diff?").answer;
    expect(diff.intent).toBe("compare");
    expect([...diff.systems].sort()).toEqual(["atomic", "coreos"]);
    expect(diff.topics).toEqual(["updates"]);
    // "choose it over atomic": a choice between the two.
    const over = askAfter("tell me about rancheros", "why choose it over atomic?");
    expect(over.answer.intent).toBe("compare");
    expect([...over.answer.systems].sort()).toEqual(["atomic", "rancheros"]);
    // Only names after a question: the same question of them, not the standard rows.
    const listed = askAfter("which kernel does photon ship?", "and coreos, snappy, atomic?");
    expect(listed.answer.intent).toBe("compare");
    expect(listed.answer.topics).toEqual(["kernel"]);
    expect(listed.answer.table?.rows.map((row) => row.label)).toEqual(["Kernel version"]);
  });

  it("should read a question in a conversation that names nothing as about what was discussed", () => {
    const { answer } = askAfter(
      "what does rancheros run as pid 1?",
      "what does the system one run?",
    );
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["rancheros"]);
    expect(
      askAfter("how do i ssh into coreos?", "can i get root from there?").answer.systems,
    ).toEqual(["coreos"]);
    const broken = askAfter(
      "how do coreos updates work?",
      "what if the update breaks boot?",
    ).answer;
    expect(broken.systems).toEqual(["coreos"]);
    expect(broken.facts[0]?.text).toMatch(/roll|back|previous|a\/b/i);
    // A word one fact of another system happens to use ("covers") does not leave the conversation.
    expect(
      askAfter("tell me about dcos", "what does the free edition cover?").answer.systems,
    ).toEqual(["dcos"]);
    // A word another system owns asks about that system, whatever came before.
    expect(askAfter("how do coreos updates work?", "what is geard?").answer.systems).toEqual([
      "atomic",
    ]);
    // After a comparison, "which one …" chooses among those compared, whoever owns the word.
    const which = askAfter("coreos vs atomic updates", "which one needs reboot").answer;
    expect(which.intent).toBe("compare");
    expect(which.systems).toEqual(["coreos", "atomic"]);
    // Unless the system in play uses it too: CoreOS owns "reboot", but Atomic's facts have it.
    const reboot = askAfter("atomic rollback", "reboot needed?").answer;
    expect(reboot.systems).toEqual(["atomic"]);
    expect(reboot.facts[0]?.text).toMatch(/reboot/);
    // After a comparison of several, a word one of them owns is about that one; a choice names its own.
    expect(askAfter("compare all on size", "is fleet still supported?").answer.systems).toEqual([
      "coreos",
    ]);
    expect(
      askAfter("compare all on size", "which of these ships zookeeper?").answer.systems,
    ).toEqual(["dcos"]);
    // Help is still help.
    expect(askAfter("coreos updates", "help").answer.intent).toBe("help");
    expect(askAfter("coreos updates", "what can you do?").answer.intent).toBe("help");
  });

  it("should show the rest of the last answer for 'more pls'", () => {
    const { answer } = askAfter("tell me about coreos", "more pls");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.id).not.toBe(askReal("tell me about coreos").facts[0]?.id);
  });

  it("should ask 'which one is smallest?' after one system of every system, after two of those", () => {
    const all = askAfter(
      "how big is the photon image",
      "and which one is smallest overall?",
    ).answer;
    expect(all.intent).toBe("compare");
    expect(all.systems.length).toBeGreaterThan(2);
    expect(all.topics).toEqual(["size"]);
    const engine = realEngine();
    let context = engine.ask("how big is photon?").context;
    context = engine.ask("and rancheros?", context).context;
    const two = engine.ask("so which one is smaller?", context).answer;
    expect([...two.systems].sort()).toEqual(["photon", "rancheros"]);
  });

  it("should read '… then' as a follow-up on the system in play", () => {
    const { answer } = askAfter("tell me about rancheros", "so how do kernel updates work then?");
    expect(answer.systems).toEqual(["rancheros"]);
  });

  it("should read 'it' as the system in play, whatever topics the follow-up names", () => {
    const { answer } = askAfter(
      "what's the init system in rancheros",
      "ok so how does it get kernel updates then",
    );
    expect(answer.systems).toEqual(["rancheros"]);
  });

  it("should answer 'more' with the system's other topics once a topic is all shown", () => {
    const engine = realEngine();
    const first = engine.ask("photon package manager");
    expect(first.context.pending ?? []).toEqual([]);
    const { answer } = engine.ask("more", first.context);
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["photon"]);
    expect(answer.facts.some((f) => f.topic !== "packages")).toBe(true);
  });

  it("should set the last answer beside a system asked whether it is the same or has the like", () => {
    const same = askAfter("which init system does snappy use", "is that the same as atomic's?");
    expect(same.answer.intent).toBe("compare");
    expect(same.answer.systems).toEqual(["snappy", "atomic"]);
    expect(same.answer.topics).toEqual(["init"]);
    // Asked of the other system ("same on atomic?", "anything like that on coreos?"): that system
    // first, beside the one just answered, on the same topic.
    const on = askAfter("which init system does snappy use", "same on atomic?").answer;
    expect([on.intent, on.systems, on.topics]).toEqual(["compare", ["atomic", "snappy"], ["init"]]);
    const like = askAfter("what is lightwave", "is there anything like that for coreos?").answer;
    expect([like.intent, like.systems]).toEqual(["compare", ["coreos", "photon"]]);
    expect(like.facts[0]?.system).toBe("coreos");
    // A topic word of its own ("gui") does not stop the likeness.
    const gui = askAfter("what's cockpit on atomic?", "is there a coreos equivalent gui?").answer;
    expect([gui.intent, gui.systems]).toEqual(["compare", ["coreos", "atomic"]]);
    // "same question for atomic" asks the last question again, of Atomic alone.
    const again = askAfter("which init system does snappy use", "same question for atomic").answer;
    expect([again.intent, again.systems]).toEqual(["answer", ["atomic"]]);
  });

  it("should place a system named 'where does it fit' among those just compared", () => {
    const compared = realEngine().ask("compare photon and rancheros on kernel");
    const placed = realEngine().ask("where would snappy sit?", compared.context).answer;
    expect([placed.intent, placed.systems]).toEqual(["compare", ["photon", "rancheros", "snappy"]]);
    // A tool asked so is its own system's: no comparison to place it in.
    const tool = realEngine().ask("coreos vs atomic clustering");
    expect(realEngine().ask("where does etcd fit in?", tool.context).answer.intent).toBe("answer");
  });

  it("should read 'the others' as the other systems whatever word follows", () => {
    const { answer } = askAfter("coreos init system?", "and the others, all systemd too?");
    expect(answer.intent).toBe("compare");
    expect(answer.systems.length).toBeGreaterThan(2);
    expect(answer.topics).toEqual(["init"]);
  });

  it("should compare a system with the tools of others set against it ('x vs rancheros vs y')", () => {
    for (const question of [
      "fleetctl vs rancheros vs cockpit",
      "tdnf versus snappy versus geard",
    ]) {
      const answer = askReal(question);
      expect([question, answer.intent]).toEqual([question, "compare"]);
      expect(answer.systems).toHaveLength(3);
    }
  });

  it("should answer why one system stands out from the others, not compare them", () => {
    const why = askReal("why is atomic's image so big compared to the others?");
    expect([why.intent, why.systems]).toEqual(["answer", ["atomic"]]);
    // Asked how big, not why, it is a comparison on size.
    expect(askReal("how big is atomic's image compared to the others?").intent).toBe("compare");
  });

  it("should weigh two things of one system's facts set side by side inside that system", () => {
    const answer = askReal("etcd vs fleet");
    expect([answer.intent, answer.systems]).toEqual(["answer", ["coreos"]]);
    // Asked after another system's answer, still weighed inside CoreOS, not set against RancherOS.
    const after = askAfter("how big is rancheros", "etcd vs fleet").answer;
    expect([after.intent, after.systems]).toEqual(["answer", ["coreos"]]);
  });

  it("should add every system named 'include … too' to those just compared", () => {
    const compared = realEngine().ask("kernel versions of photon vs snappy");
    const widened = realEngine().ask("now include coreos and atomic too", compared.context);
    expect([widened.answer.intent, widened.answer.systems, widened.answer.topics]).toEqual([
      "compare",
      ["photon", "snappy", "coreos", "atomic"],
      ["kernel"],
    ]);
  });

  it("should read 'and the rest?' with nothing left to show as the rest of the systems", () => {
    const engine = realEngine();
    const first = engine.ask("init system of photon");
    expect(first.context.pending ?? []).toEqual([]);
    const { answer } = engine.ask("and the rest?", first.context);
    expect(answer.intent).toBe("compare");
    expect(answer.topics).toEqual(["init"]);
    // With more of the last answer to show, the rest is that answer's.
    const long = engine.ask("tell me about rancheros");
    expect(long.context.pending?.length).toBeGreaterThan(0);
    expect(engine.ask("and the rest?", long.context).answer.systems).toEqual(["rancheros"]);
  });
});

describe("systems named only as a yardstick", () => {
  it("should answer about the system asked, not the one it is likened to", () => {
    const answer = askReal("does snappy keep apps apart, or is it like atomic with selinux?");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["snappy"]);
    expect(answer.facts.every((f) => f.system === "snappy")).toBe(true);
  });

  it("should answer about a term another system owns when the one named is only its yardstick", () => {
    const answer = askReal("what's rpm-ostree-toolbox for? is it the same as the coreos toolbox");
    expect(answer.systems).toEqual(["atomic"]);
    expect(answer.facts[0]?.text).toMatch(/rpm-ostree-toolbox/);
  });

  it("should still compare when asked to, whatever the wording", () => {
    expect(askReal("is snappy smaller, like rancheros?").intent).toBe("compare");
  });
});

describe("why", () => {
  it("should ask a reason of the system in play, though the follow-up names none", () => {
    // "more secure" weighs no systems against each other: it asks why, of Photon.
    const { answer } = askAfter(
      "is photon secure",
      "why would a smaller os be more secure anyway?",
    );
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["photon"]);
  });

  it("should lead with a fact that gives a reason, asked or as a follow-up", () => {
    const { answer } = askAfter("rancheros docker daemons", "how come?");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["rancheros"]);
    expect(answer.facts[0]?.text).toMatch(/because|reason|so that|since/i);
    // "why would I need that?" asks why about what was just said, not about any CoreOS reason.
    const need = askAfter("what's the toolbox on coreos?", "why would I need that?").answer;
    expect(need.facts[0]?.id).toBe("coreos-management-toolbox");
    // A word the follow-up says again counts once: "small" does not pull the size table first.
    const small = askAfter("How small is RancherOS?", "why is it that small?").answer;
    expect(small.facts[0]?.text).toMatch(/stripped/);
    // "…, making it a very lightweight OS" gives the reason for the size, not the size itself.
    expect(askReal("why is rancheros so small?").facts[0]?.text).toMatch(/making it/);
  });

  it("should ask what a tool is after a scene set before the question", () => {
    const cockpit = askReal("new folks keep asking what cockpit is, one-liner?");
    expect(cockpit.intent).toBe("answer");
    expect(cockpit.systems).toEqual(["atomic"]);
    expect(cockpit.facts[0]?.text).toMatch(/Cockpit/);
    expect(askReal("rpm-ostree - quick explanation?").systems).toEqual(["atomic"]);
    // The word asked about names the system, though "exist" is rarer in the facts.
    expect(askReal("rkt - what is it and why does it exist?").systems).toEqual(["coreos"]);
  });

  it("should lead 'what is X' with the fact that says what X is, not one that mentions it", () => {
    expect(askReal("what is rkt").facts[0]?.text).toMatch(/rkt, a separate container runtime/);
    // However chat spells "what".
    expect(askReal("wat is geard in project atomic").facts[0]?.text).toMatch(/Geard, a project/);
    expect(askReal("waht is rpm-ostre").systems).toEqual(["atomic"]);
    expect(askReal("wats fleet").facts[0]?.text).toMatch(/fleet/);
    // In the past tense too.
    expect(askReal("What was Cockpit in the context of Project Atomic?").facts[0]?.text).toMatch(
      /Cockpit, a browser-based GUI/,
    );
    // Asked why, the reason leads instead.
    expect(askReal("rkt: why did coreos build it?").facts[0]?.text).toMatch(/in response to/);
  });

  it("should lead 'when did …' with the fact that dates the event, not one that cites a year", () => {
    const launch = askReal("when did red hat launch project atomic");
    expect(launch.facts[0]?.text).toMatch(/April 2014/);
    expect(askReal("when exactly did project atomic kick off?").facts[0]?.text).toMatch(
      /April 2014/,
    );
    // "when?" alone asks the date of what was just said.
    const when = askAfter("who announced snappy", "when?").answer;
    expect(when.systems).toEqual(["snappy"]);
    expect(when.facts[0]?.text).toMatch(/in 2014/);
    // "why did they build it?" after "what's rkt?" asks why rkt was built.
    expect(askAfter("what's rkt?", "why did they build it?").answer.facts[0]?.text).toMatch(
      /in response to/,
    );
    // "since when" asks when it began; so does "how new is it".
    expect(askReal("since when coreos exists").facts[0]?.text).toMatch(/early 2013/);
    expect(askReal("how new is project atomic?").facts[0]?.text).toMatch(/April 2014/);
    // "why?" asks the reason behind what was said, not any reason the system's facts give.
    const why = askAfter("is project atomic ready for prod?", "why?").answer;
    expect(why.facts[0]?.topic).toBe("maturity");
    // "when a node fails" sets a condition; it asks for no date.
    expect(
      askReal("when a coreos node fails, what happens to its containers?").facts[0]?.text,
    ).not.toMatch(/announced|released|started/);
  });
});

describe("everyday words for what the facts say otherwise (synonyms.yml)", () => {
  it("should find the investor by 'invested', and the enterprises by 'big companies'", () => {
    expect(askReal("who invested in coreos?").facts[0]?.text).toMatch(/Google Ventures/);
    expect(askReal("who's driving rancheros?").facts[0]?.text).toMatch(/comes from Rancher/);
    // How big a community is, is its size in people, not the image's in MB.
    expect(askReal("how big is the community around coreos?").facts[0]?.text).toMatch(
      /hundreds of contributors/,
    );
    expect(askReal("how big is coreos?").facts[0]?.text).toMatch(/164 MB/);
    expect(askReal("how did the community respond to project atomic?").facts[0]?.text).toMatch(
      /guardedly positive/,
    );
    expect(askAfter("what's tectonic?", "who'd they partner with on that?").answer.text).toMatch(
      /teamed up with Google/,
    );
    expect(askReal("is coreos made for big companies?").facts[0]?.text).toMatch(/enterprises/);
    // "a good fit for", "suited for" ask what it is for (topics.yml).
    const fit = askReal("who's snappy actually a good fit for?");
    expect(fit.intent).toBe("answer");
    expect(fit.facts[0]?.topic).toBe("use-cases");
  });

  it("should say 'automatically' where the article does, so 'by hand?' is answered plainly", () => {
    expect(
      askReal("does coreos patch itself or do I have to schedule updates by hand?").facts[0]?.text,
    ).toMatch(/automatically/);
  });

  it("should name the ways where a fact says there are many ('no shortage of ways')", () => {
    const answer = askReal("how do you install coreos, is there an installer iso?");
    expect(answer.facts[0]?.text).toMatch(/ISOs/);
    expect(answer.facts[0]?.text).toMatch(/PXE/);
  });

  it("should find who uses a thing by 'used by' ('who uses it besides coreos?')", () => {
    const { answer } = askAfter("what is etcd?", "who uses it besides coreos?");
    expect(answer.facts[0]?.text).toMatch(/Kubernetes/);
    expect(askReal("someone said docker on snappy just broke for them?").facts[0]?.text).toMatch(
      /permission denied/,
    );
  });

  it("should find a fact by another word of its word's group", () => {
    // The facts say "started"; nothing says "kick off".
    const answer = askReal("when was the coreos project kicked off?");
    expect(answer.facts[0]?.id).toBe("coreos-maturity-started-early-2013");
    expect(matchReal("when was the coreos project kicked off?").coverage).toBe(1);
  });

  it.each([
    // The facts say "taken from OpenShift", "isolation", "root password".
    ["where did geard come from?", "atomic-clustering-geard-from-openshift"],
    ["can apps on snappy see into each other?", "snappy-security-apparmor-isolation"],
    ["what are the default creds on atomic?", "atomic-security-blank-root-password"],
    ["coreos was forked from what", "coreos-vendor-based-on-chromeos"],
    // A fact's terms carry how people ask it: "nothing else?", "proprietary?", "closed doors".
    ["photon only runs docker and nothing else, right?", "photon-docker-rocket-garden-support"],
    ["is vmware photon proprietary?", "photon-vendor-vmware-open-source-effort"],
    ["is atomic developed behind closed doors?", "atomic-community-github"],
    [
      "we pushed a broken unit file with fleetctl and cant get rid of it. known headache?",
      "coreos-clustering-fleetctl-reliability",
    ],
    [
      "our lb config went stale after a coreos node rebooted, shouldn't coreos fix that?",
      "coreos-networking-load-balancer-left-to-you",
    ],
    // "compiled in" is how a build is asked about, not the compilers CoreOS lacks.
    ["does coreos have selinux compiled in", "coreos-security-systemd-no-selinux-apparmor-audit"],
    ["who is making coreos?", "coreos-vendor-company-of-same-name"],
    ["is existing a web interface for atomic?", "atomic-management-cockpit-gui"],
    ["any known docker defects on snappy?", "snappy-docker-permission-denied-bug"],
    [
      "is ubuntu core a real container os or more of an app platform",
      "snappy-use-cases-not-pure-container-os",
    ],
    [
      "why did red hat bother making atomic in the first place?",
      "atomic-vendor-response-to-coreos",
    ],
    // "problems" are gotchas and known issues.
    ["did anyone hit problems running docker on snappy?", "snappy-docker-permission-denied-bug"],
    // Who is behind Snappy the sources say only as who announced it.
    ["who's behind snappy", "snappy-maturity-announced-by-shuttleworth"],
    [
      "we're an ubuntu shop, is snappy worth a look?",
      "snappy-use-cases-ubuntu-users-apps-side-by-side",
    ],
    // "only for", "just for" ask what "not limited" answers.
    ["is dcos only for containers?", "dcos-use-cases-beyond-containers"],
    // "dies" and "die" stem apart ("di", "die"): the group holds both.
    [
      "a coreos node die at night, what happen with its containers?",
      "coreos-clustering-containers-migrate-on-failure",
    ],
  ])("should lead %j with the fact its group's other words find", (question, id) => {
    expect(askReal(question).facts[0]?.id).toBe(id);
  });
});

describe("questions about the bot itself", () => {
  it("should read asking the bot in Spanish, Portuguese or German as asking for help", () => {
    for (const question of ["hola, que puedes hacer?", "como te uso?", "cuáles son tus fuentes?"]) {
      expect(askReal(question).intent, question).toBe("help");
    }
  });

  it("should read 'what sources do you draw on?' as asking about the bot's own sources", () => {
    expect(askReal("what sources do you draw on?").intent).toBe("help");
    expect(askReal("which articles are you based on?").intent).toBe("help");
    // Sources of a system's updates are no question about the bot.
    expect(askReal("which sources do coreos and atomic use for updates?").intent).toBe("compare");
  });

  it("should answer 'how do i use this thing?' with help, whatever greeting comes first", () => {
    expect(askReal("hi! new here - how do i use this thing?").intent).toBe("help");
    expect(askReal("what can you do?").intent).toBe("help");
    expect(askReal("how do i use coreos's toolbox?").intent).toBe("answer");
  });

  it("should answer a question to the bot about what it answers with help, not a guess", () => {
    for (const question of [
      "which subjects can you handle?",
      "is this bot meant for container os stuff? what sort of questions",
      "we're new to this. how do i ask you for a side by side?",
      "are you a bot? what are you for",
      "where does your information come from?",
      "before i start: what are your limits?",
      "hi, new here - what is this bot for?",
      "what commands do you understand?",
      "hey bot, what are you good for",
      "is there a list of commands or anything?",
      "any commands, or do i just ask in plain english?",
      "just joined - what is this bot for?",
      "any tips on how to phrase questions so you get them?",
      "can you compare things or only describe one at a time?",
    ])
      expect(askReal(question).intent, question).toBe("help");
    // Naming what it asks about makes it a question, not a request for help.
    expect(askReal("do you know about selinux on atomic?").intent).toBe("answer");
    expect(askReal("can you answer how coreos updates itself?").intent).toBe("answer");
  });

  it("should read the bot named, or 'you' with what it can do in any order, as help", () => {
    expect(askReal("hola, what you can do?").intent).toBe("help");
    expect(askReal("you are bot for what? my colleague said ask you").intent).toBe("help");
    expect(askReal("what you can do with fleet on coreos?").intent).toBe("answer");
    // How to use the bot, whatever for; not how to use a system's tool.
    expect(askReal("hi, how do i use this bot for audit prep?").intent).toBe("help");
    expect(askReal("how do i use this toolbox thing on coreos").intent).toBe("answer");
    expect(askReal("can you give me a quick rundown comparing all of them?").intent).toBe(
      "compare",
    );
  });
});

describe("what is X", () => {
  it.each(realKb().systems.map((s) => [s.name, s.id]))(
    "should open 'what is %s?' with the fact that says what it is",
    (name, id) => {
      const introducing = realKb().facts.find((f) => f.system === id && f.introduces);
      expect(introducing).toBeDefined();
      expect(askReal(`what is ${name}?`).facts[0]?.id).toBe(introducing?.id);
    },
  );

  it("should open with what a system is when a request ends asking what it is", () => {
    const introducing = realKb().facts.find((f) => f.system === "rancheros" && f.introduces);
    expect(askReal("can you explain to my manager what rancheros is").facts[0]?.id).toBe(
      introducing?.id,
    );
  });

  it("should answer what a precise term names, for the one system whose facts use it", () => {
    const answer = askReal("whats toolbox and how would i use it");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["coreos"]);
    expect(answer.facts[0]?.text).toMatch(/toolbox/i);
  });

  it("should read a term set first and pointed at ('X, what is it?') as the same question", () => {
    const answer = askReal("rpm-ostree, what is it in plain words?");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["atomic"]);
    // "it start" is two everyday words, not a term that names a system.
    expect(askReal("system-docker, what does it start exactly?").systems).toEqual(["rancheros"]);
    // A synonym's facts ("got going" for "start") rank facts but name no system.
    expect(
      matchReal("what does it start").wordHits.filter((h) => h.synonym).length,
    ).toBeGreaterThan(0);
  });

  it("should ask what a hyphenated name is, whatever the asker says after the question", () => {
    // The facts write "rpm-ostree" as one name; asked in its two words and followed by a
    // sentence of the asker's own, it is still the thing asked about.
    const answer = askReal("what is rpm-ostree? the wiki mentions it");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["atomic"]);
    expect(answer.facts[0]?.text).toMatch(/rpm-ostree/);
    expect(askReal("whats system-docker? came up in standup").systems).toEqual(["rancheros"]);
  });

  it("should read what the answer is for as no thing asked about", () => {
    // "handout" is a word no fact has: where the answer goes, not what is asked.
    const answer = askReal("etcd? for a handout");
    expect([answer.intent, answer.systems]).toEqual(["answer", ["coreos"]]);
  });

  it("should give a line on each system asked of all it knows, and help when asked which", () => {
    expect(askReal("give me a one-liner on each of the container OSes you know about").intent).toBe(
      "compare",
    );
    expect(askReal("which container OSes do you know about?").intent).toBe("help");
  });

  it("should read whom the answer is for as no thing asked about", () => {
    // "sysadmins" is a word no fact has: the people the answer is pitched at.
    const answer = askReal("fleetctl vs cockpit, which is easier for junior sysadmins");
    expect(answer.intent).toBe("compare");
    expect([...answer.systems].sort()).toEqual(["atomic", "coreos"]);
  });

  it("should read a short question naming only a term as asking what it is", () => {
    expect(askReal("etcd in one sentence?").systems).toEqual(["coreos"]);
    expect(askReal("where does zookeeper fit in all this?").systems).toEqual(["dcos"]);
    // "where does it come from" asks its origin, not what it is: not named by the term alone.
    // A tool's name filed as a topic's word names its system when asked of alone.
    expect(askReal("who builds flannel?").systems).toEqual(["coreos"]);
    expect(askReal("where does flannel come from and which os ships it?").systems).not.toEqual([
      "coreos",
    ]);
  });

  it("should read a term set first and asked a yes-or-no question about ('cockpit - is that …')", () => {
    expect(askReal("cockpit - is that a monitoring thing?").systems).toEqual(["atomic"]);
  });

  it("should read a term set first and asked about ('marathon, where does that fit in')", () => {
    const answer = askReal("marathon, where does that fit in?");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["dcos"]);
  });

  it("should not take an everyday phrase around a known word for such a question", () => {
    expect(askReal("what is a fleet of trucks").intent).toBe("no_match");
  });
});

describe("pasted output and configuration", () => {
  it("should answer the question after a snippet, whatever names and versions the snippet holds", () => {
    const status = askReal(
      "$ rpm-ostree status\n* fedora-atomic/f22/x86_64/docker-host  22.17  3a1f2b9c\n  fedora-atomic/f22/x86_64/docker-host  22.16  9b8c7d6e\nwhy are there two entries?",
    );
    expect(status.intent).toBe("answer");
    expect(status.systems).toEqual(["atomic"]);
    const units = askReal(
      "$ fleetctl list-units\nUNIT\t\tMACHINE\t\tACTIVE\tSUB\nweb.service\t3a1f2b9c/10.0.0.4\tactive\trunning\nwhat is fleet doing here?",
    );
    expect(units.intent).toBe("answer");
    expect(units.facts[0]?.text).toMatch(/fleet/i);
    // Of equally rare words, the system most of them belong to: "IP" is in one RancherOS fact.
    const machines = askReal(
      "$ fleetctl list-machines\nMACHINE\t\tIP\t\tMETADATA\n3a1f2b9c...\t10.0.0.4\t-\nwhat's this tool for?",
    );
    expect(machines.systems).toEqual(["coreos"]);
    // The same names asked, not pasted, are beyond the sources.
    expect(askReal("what is 3a1f2b9c on fleet?").intent).toBe("no_match");
  });
});

describe("what a thing lets you do", () => {
  it("should lead with what it makes possible, not with the fact that only names it", () => {
    for (const question of ["fleetctl - what can I do with it?", "what does fleetctl let me do"]) {
      expect(askReal(question).facts[0]?.id, question).toBe(
        "coreos-clustering-fleetctl-unit-lifecycle",
      );
    }
  });
});

describe("a way to get something", () => {
  it("should lead with the fact that says how to get it, not the one that says it is missing", () => {
    for (const question of [
      "where do I get python on a coreos box?",
      "how can I get python on coreos then?",
      // The way may be filed under another topic than the thing got ("compiler" is packages').
      "where would I get a compiler or python on a coreos box?",
      "so how am i supposed to get python or gcc on a coreos box",
      "how do u get perl on coreos",
    ]) {
      expect(askReal(question).facts[0]?.id, question).toBe("coreos-management-toolbox");
    }
    // Asked whether it is there, the missing fact answers.
    expect(askReal("does coreos ship python?").facts[0]?.id).toBe(
      "coreos-packages-no-compilers-or-scripting",
    );
  });
});

describe("follow-ups that point back", () => {
  it("should read 'the same purpose' as the topic of the last question, not a topic of its own", () => {
    const { answer } = askAfter(
      "What does Ubuntu Snappy employ to isolate applications from one another?",
      "And what does Project Atomic employ for the same purpose?",
    );
    expect(answer.systems).toEqual(["atomic"]);
    expect(answer.facts[0]?.text).toMatch(/SELinux/);
  });
});

describe("British spellings", () => {
  it("should read '-ise' as '-ize', as the articles mostly write it", () => {
    const answer = askReal("Which virtualisation platform is Photon optimised for?");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/vSphere/);
  });
});

describe("claims about what a thing is", () => {
  it("should answer 'X is Y?' with what X is, however many words the claim shares with others", () => {
    expect(askReal("cockpit is atomic's command-line admin tool?").facts[0]?.text).toMatch(
      /browser/,
    );
    expect(askReal("geard is atomic's version of etcd, a key-value store?").facts[0]?.text).toMatch(
      /geard/i,
    );
  });
});

describe("chat wording around a plain question", () => {
  it("should read 'wtf' as the question word it stands for", () => {
    const answer = askReal("wtf was geard");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/geard/i);
  });

  it("should read 'circa' as wording, not as a thing the sources never name", () => {
    const answer = askReal("rpm-ostree circa 2014 what did it actually do under the hood");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["atomic"]);
  });

  it("should answer a default user a fact names, and only there", () => {
    const coreos = askReal("default ssh user on coreos?");
    expect(coreos.intent).toBe("answer");
    expect(coreos.facts[0]?.text).toMatch(/"core" user/);
    expect(askReal("default ssh user on rancheros?").intent).toBe("no_match");
  });
});

describe("what an unknown thing is", () => {
  it("should say the sources never name it, however 'what is' is spelt or the clause ends", () => {
    for (const question of [
      "what's lotus in the photon container stack",
      "whats lotus, is that part of vmware photon?",
    ]) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("no_match");
      expect(answer.text, question).toContain("lotus");
    }
    expect(askReal("what's etcd, is it part of coreos?").intent).toBe("answer");
  });
});

describe("words that sound like the facts' words", () => {
  it("should keep a digit before a verb as the number it is", () => {
    expect(matchReal("is photon what vsphere 8 uses?").tokens).toContain("8");
    expect(matchReal("why would anyone run 2 dockers").tokens).toContain("two");
  });

  it("should read a small count in digits as the facts write it in words", () => {
    expect(askReal("why would anyone run 2 dockers on rancheros").facts[0]?.text).toMatch(
      /two Docker daemons/,
    );
    expect(askReal("photon os 4.0 ships which kernel").intent).toBe("no_match");
  });

  it("should read backing a project as its maker, not as rolling it back", () => {
    expect(askReal("who backs atomic").facts[0]?.text).toMatch(/Red Hat project/);
    expect(askReal("can atomic roll back").facts[0]?.text).toMatch(/roll ?back/i);
  });

  it("should read an elevator as no elevated privilege, nor an escalator as escalation", () => {
    const question =
      "what options are there for getting coreos onto machines? we can't exactly drive a usb stick out to every elevator machine room lol";
    expect(askReal(question).facts[0]?.text).not.toMatch(/sudo/);
    expect(matchReal("our escalators and elevators").wordHits).toEqual([]);
  });
});

describe("the asker's yardstick", () => {
  it("should answer what a system has where the asker names what they know instead", () => {
    for (const [question, fact] of [
      ["whats the WSUS equivalent on coreos? how do patches get rolled out", /A\/B/],
      ["what do atomic hosts use instead of windows update / wsus for patching", /rpm-ostree/],
      ["which one is closer to wsus for patching, coreos or atomic?", /update/i],
    ] as const) {
      const answer = askReal(question);
      expect(answer.intent, question).not.toBe("no_match");
      expect(answer.facts[0]?.text, question).toMatch(fact);
    }
  });

  it("should still say the sources never name the thing asked about beside the yardstick", () => {
    expectBeyondSources(
      "what's the ignition equivalent of cloud-config on coreos?",
      "can we use podman on atomic host instead of docker?",
    );
  });
});

describe("dictated and British spellings", () => {
  it("should read a version said aloud as the number, beyond the sources like the number", () => {
    expectBeyondSources(
      "dcos two point oh release date",
      "which docker version does rancheros one point five ship",
    );
  });

  it("should read 'licence' as 'license'", () => {
    const answer = askReal("how much is a dcos enterprise licence");
    expect(answer.intent).toBe("no_match");
    expect(answer.text).toContain("what it costs");
  });

  it("should know DCOS by its name said aloud", () => {
    expect(askReal("what is dee cos made of").systems).toEqual(["dcos"]);
  });
});

describe("thanks", () => {
  it("should answer thanks briefly and keep the conversation for what comes next", () => {
    const engine = createEngine(realKb());
    const first = engine.ask("security atomic");
    for (const word of ["thanks!", "ok cool", "nice one, thx"]) {
      const thanked = engine.ask(word, first.context);
      expect(thanked.answer.intent, word).toBe("help");
      expect(thanked.answer.text, word).toMatch(/^Glad to help/);
      expect(thanked.answer.facts, word).toHaveLength(0);
      const more = engine.ask("more", thanked.context).answer;
      expect(more.facts[0]?.id).toBe(first.context.pending?.[0]);
    }
  });

  it("should still answer a question that starts with thanks", () => {
    const engine = createEngine(realKb());
    const first = engine.ask("does coreos have selinux?");
    const answer = engine.ask("thanks, and atomic?", first.context).answer;
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["atomic"]);
  });
});

describe("what sources of their time cannot report", () => {
  it("should not answer how fast fixes came or how a system fared in production since", () => {
    for (const [question, said] of [
      ["how many days is rancheros's usual turnaround on a security fix?", "figures"],
      ["got any war stories about atomic hosts in production?", "fared in production"],
      ["has a photon update ever taken down prod somewhere?", "fared in production"],
    ] as const) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("no_match");
      expect(answer.text, question).toContain(said);
    }
  });
});

describe("more after a comparison", () => {
  it("should go on to what characterises each system compared, in turns", () => {
    const engine = createEngine(realKb());
    const compared = engine.ask("compare coreos and atomic on size");
    const more = engine.ask("more", compared.context).answer;
    expect(more.systems).toEqual(["coreos", "atomic"]);
    expect(more.facts.slice(0, 2).map((f) => f.system)).toEqual(["coreos", "atomic"]);
  });
});

describe("what's", () => {
  it('should read "what\'s" as "what is"', () => {
    for (const rest of [
      "the best container os?",
      "etcd on coreos?",
      "the atomic number of gold?",
    ]) {
      const [short, long] = [askReal(`what's ${rest}`), askReal(`what is ${rest}`)];
      expect([short.intent, short.systems, short.facts], rest).toEqual([
        long.intent,
        long.systems,
        long.facts,
      ]);
    }
  });
});

describe("the age of the bot's own knowledge", () => {
  it("should answer 'is this info up to date?' with what it answers from and how old that is", () => {
    for (const question of ["is this info up to date?", "how old is this data?"]) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("help");
      expect(answer.text, question).toMatch(/2014.2015/);
    }
  });
});

describe("the asker's company", () => {
  it("should not read 'our company' as asking who makes the system", () => {
    const answer = askReal("my company requires kerberos auth, is photon ok?");
    expect(answer.facts[0]?.text).toMatch(/Kerberos/);
    expect(askReal("which company makes photon?").facts[0]?.text).toMatch(/VMware/);
  });
});

describe("a tag question after the subject", () => {
  it("should read 'anyone tested?' as asking the clause before it", () => {
    const answer = askReal("cpu usage of an idle coreos node, anyone tested?");
    expect(answer.intent).toBe("no_match");
    expect(answer.text).toContain("figures");
  });
});

describe("what else uses a thing", () => {
  it("should lead with who uses it, however 'what else' is worded", () => {
    const engine = createEngine(realKb());
    const first = engine.ask("tell me about etcd");
    const answer = engine.ask("what else uses it apart from coreos?", first.context).answer;
    expect(answer.facts[0]?.text).toMatch(/used by many projects/);
  });

  it("should know the Snappy store as the snap store, which the sources never describe", () => {
    expect(askReal("who reviews apps in the snappy store?").intent).toBe("no_match");
  });
});

describe("what a thing is responsible for", () => {
  it("should find the fact that says what it is responsible for, however that is worded", () => {
    expectFirstFact(
      /udev/,
      "what is system docker in charge of on rancheros?",
      "which jobs does rancheros's system docker look after?",
    );
  });
});

describe("a negated word", () => {
  it("should read 'isn't containers', 'not containers' as the facts' 'non-container'", () => {
    expectFirstFact(
      /Hadoop/,
      "is dcos able to schedule workloads that are not containers?",
      "dcos for jobs that aren't containers?",
    );
  });
});

describe("how mature a system was", () => {
  it("should lead with what the sources say of its maturity, not only its release date", () => {
    expectFirstFact(
      /technology preview/,
      "what was photon's maturity level?",
      "photon, mature yet?",
    );
    expect(askReal("when did photon come out?").facts[0]?.text).toMatch(/April 2015/);
  });
});

describe("how a thing is done and what is added on top", () => {
  it("should lead with the tool that upgrades Atomic, and with what the Rancher platform adds", () => {
    expect(askReal("how do i upgrade the os of an atomic host?").facts[0]?.text).toMatch(
      /rpm-ostree/,
    );
    expect(askReal("which extras does rancher put on top of rancheros?").facts[0]?.text).toMatch(
      /Rancher system/,
    );
  });
});

describe("the standards a tool supports", () => {
  it("should lead with the standards Lightwave supports when asked which", () => {
    const answer = askReal("what authentication standards can lightwave use?");
    expect(answer.facts[0]?.text).toMatch(/LDAP, Kerberos, SAML/);
  });
});

describe("installing things on the host", () => {
  it("should read installing tools or stuff as package management, and installing the OS as deployment", () => {
    expectFirstFact(
      /package manager/,
      "can i install extra tools on the coreos host?",
      "how would i install stuff on a coreos box",
    );
    expect(askReal("how do i install coreos?").topics).toContain("deployment");
  });
});

describe("the scene of whom the asker speaks for", () => {
  it("should read a clause about the asker's client, boss or CTO as their setup, not as asked", () => {
    expect(
      askReal("the client has strict change control today. coreos vs atomic there?").intent,
    ).toBe("compare");
    expect(
      askReal("client's cto is worried about memory usage. how small is rancheros?").facts[0]?.text,
    ).toMatch(/20 MB/);
  });
});

describe("money, sales and how-to steps", () => {
  it("should say the sources do not cover raising money, a sale or a valuation", () => {
    expectBeyondSources(
      "what was coreos valued at?",
      "what are the install steps for photon on esxi?",
    );
    expect(askReal("rancher got sold to whom?").text).toMatch(/what became of it/);
    expect(askReal("did the rancheros folks ever raise money?").text).toMatch(/company behind it/);
  });
});

describe("a name the sources never write, said with whose it is", () => {
  it("should say the sources never name it, however it is introduced", () => {
    expectBeyondSources(
      "what is vmware's octopus project and how does it tie into photon?",
      "what's canonical's juju tool and is it part of snappy?",
    );
    expect(askReal("what is red hat's geard project?").facts[0]?.text).toMatch(/Geard/);
  });
});

describe("a tool's name that many facts of one system write", () => {
  it("should answer about that system only, though the topic's other words reach others", () => {
    const answer = askReal("which sign-in standards does lightwave understand?");
    expect(answer.systems).toEqual(["photon"]);
    expect(answer.facts[0]?.text).toMatch(/LDAP, Kerberos/);
  });
});

describe("boot speed compared", () => {
  it("should say the sources give no figures to rank boot times by", () => {
    expectBeyondSources("does rancheros boot faster than atomic?");
    expect(askReal("does photon boot quickly on vmware?").facts[0]?.text).toMatch(/boot extremely/);
  });
});

describe("doubting what was just said", () => {
  it("should give the same system's figures again, not compare every system", () => {
    for (const doubt of ["why do the two figures differ?", "why the discrepancy?"]) {
      const { answer } = askAfter("how big is rancheros?", doubt);
      expect(answer.intent, doubt).toBe("answer");
      expect(answer.systems, doubt).toEqual(["rancheros"]);
      expect(answer.facts[0]?.text, doubt).toMatch(/\d+ MB/);
    }
    expect(askAfter("coreos vs atomic", "how do they differ?").answer.intent).toBe("compare");
  });
});

describe("a topic's word after an article", () => {
  it("should ask what the topic's word names, however a fact words 'the kernel'", () => {
    const { answer } = askAfter("which docker did rancheros come with?", "and the kernel?");
    expect(answer.facts[0]?.text).toMatch(/kernel 3\.19\.2/);
  });
});

describe("all the machines, the rest of the systems", () => {
  it("should read 'across all the machines' as one system's machines, not every system", () => {
    const { answer } = askAfter("tell me about fleet", "does it run across all the machines?");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["coreos"]);
  });

  it("should read what 'the rest shipped' as every other system", () => {
    expect(matchReal("and what kernel did the rest ship?").allSystems).toBe(true);
    expect(matchReal("does etcd have the rest api?").allSystems).toBe(false);
  });
});

describe("asking where what was just said comes from", () => {
  it("should give the same facts again, with their sources", () => {
    for (const ask of ["citation?", "where did you get that from, which article?"]) {
      const { answer } = askAfter("does atomic have selinux?", ask);
      expect(answer.intent, ask).toBe("answer");
      expect(answer.systems, ask).toEqual(["atomic"]);
      expect(answer.facts[0]?.text, ask).toMatch(/SELinux/);
      expect(answer.citations.length, ask).toBeGreaterThan(0);
    }
  });
});

describe("a choice offered before a short 'which' question", () => {
  it("should ask about what the choice offers", () => {
    expectBeyondSources("helm or terraform for our coreos cluster, which would you use");
    expect(askReal("photon or rancheros for tiny vms, which is better?").intent).toBe("compare");
  });
});

describe("what came more recently", () => {
  it("should compare what came out more recently, not read it as asking about lately", () => {
    expect(askReal("of snappy and photon, which came out more recently?").intent).toBe("compare");
  });
});

describe("what a system would work with, never named by the sources", () => {
  it("should say the sources never name it, in a thread as on its own", () => {
    const { answer } = askAfter("coreos vs atomic", "does either one integrate with jenkins?");
    expect(answer.intent).toBe("no_match");
    expect(answer.text).toMatch(/jenkins/);
    expect(askReal("does coreos integrate with openstack?").facts[0]?.text).toMatch(/OpenStack/);
  });
});

describe("a cheat sheet of every system", () => {
  it("should read a cheat sheet or recap of each system as the side-by-side table", () => {
    for (const question of [
      "cheat sheet of every container os pls",
      "quick recap on each container os?",
    ]) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("compare");
      expect(answer.systems, question).toHaveLength(6);
    }
  });
});

describe("questions the sources of 2014–2015 cannot answer", () => {
  it.each([
    [
      "a sale, reproducible builds, LTS releases",
      [
        "what did red hat do with coreos after buying it",
        "can i get reproducible images of coreos?",
        "is there an lts of snappy?",
      ],
    ],
    [
      "package layering, log retention",
      ["can i layer extra rpms onto an atomic host?", "what journald retention does coreos keep?"],
    ],
    [
      "support channels, a system's end",
      [
        "how do i open a support ticket for coreos?",
        "what's the phone number for mesosphere support",
        "did canonical kill snappy?",
      ],
    ],
    [
      "hardening guides and checklists, Docker Bench",
      [
        "where's the hardening guide for atomic hosts?",
        "can i run docker bench against photon?",
        "security checklist for rancheros hosts?",
      ],
    ],
    [
      "database benchmarks, I/O schedulers, persistent volumes",
      [
        "sysbench numbers for rancheros vs coreos?",
        "how do i change the io scheduler on snappy for my database",
        "fleet unit with a persistent volume on coreos?",
      ],
    ],
    [
      "packaging steps, later company events, odd hardware",
      [
        "how to package my app as a snap?",
        "what happened to the coreos company later?",
        "does rancheros support rdma?",
      ],
    ],
  ])("should say they do not cover %s", (_, questions) => {
    expectBeyondSources(...questions);
  });
});

describe("a long message of the asker's own setting before what is asked", () => {
  it("should read a request opening with 'compare' as what is asked, the sentences before it as scene", () => {
    const answer = askReal(
      "we got burned by a bad kernel patch last year. compare coreos and snappy on going back to the old version",
    );
    expect(answer.intent).toBe("compare");
    expect([...answer.systems].sort()).toEqual(["coreos", "snappy"]);
  });

  it("should keep a sentence the asker opens about themselves theirs past each comma", () => {
    const answer = askReal(
      "we need a hardened base: our own agents, our certs, rather than patching boxes afterwards. what do you use to build a custom atomic image?",
    );
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/rpm-ostree-toolbox/);
  });

  it("should read the asker's developers wanting new features as their setting, not later releases", () => {
    const answer = askReal(
      "our distro ships an ancient docker, and developers keep asking for new features. which docker version does rancheros have?",
    );
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/Docker 1\.6/);
  });
});

describe("everyone, all of them", () => {
  it("should not read people ('everyone's busy') as every system", () => {
    expect(matchReal("how small is rancheros? everyone keeps asking me").allSystems).toBe(false);
    expect(
      askReal(
        "sorry, off topic: where's a good lunch place? i'm new here and everyone's in a meeting",
      ).intent,
    ).toBe("no_match");
  });

  it("should answer a topic asked of every system 'you know about', not offer help", () => {
    const answer = askReal("who is behind each of the container oses you know about?");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toHaveLength(6);
  });
});

describe("a system placed among those just compared", () => {
  it("should add it to the comparison, with or without a leading 'and'", () => {
    for (const question of ["and where does photon fit in?", "so where would photon land?"]) {
      const { answer } = askAfter("rancheros vs coreos on size", question);
      expect(answer.intent, question).toBe("compare");
      expect([...answer.systems].sort(), question).toEqual(["coreos", "photon", "rancheros"]);
    }
  });
});

describe("open source said as a thing, not as an event", () => {
  it("should answer which open-source projects a system bundles, and still say when it went open source is beyond the sources", () => {
    expectFirstFact(
      /Mesos, Marathon and Zookeeper/,
      "which open source projects is dcos assembled from?",
    );
    expectBeyondSources("when was dcos open sourced?", "was dcos released as open source?");
  });
});

describe("breakage, gotchas and a VC's money", () => {
  it("should lead with the Docker bug on Snappy when asked about breakage or gotchas", () => {
    expectFirstFact(
      /permission denied/,
      "docker on snappy: any breakage?",
      "gotchas with docker on snappy?",
    );
  });

  it("should lead with the investor when asked which VC had money in it", () => {
    expectFirstFact(/Google Ventures/, "what vc firm had money in coreos?");
  });
});

describe("one thing described by a comparative, the others counted", () => {
  it("should read 'an older deployment' as one system's thing, not two systems set side by side", () => {
    const answer = askReal("rpm-ostree: going back to an older deployment, is a reboot needed?");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["atomic"]);
    expect(answer.facts[0]?.text).toMatch(/reboot/);
  });

  it("should compare a named system with 'the other four' as with 'the others'", () => {
    const answer = askReal("what kernel did coreos ship compared with the other four?");
    expect(answer.intent).toBe("compare");
    expect(answer.systems.length).toBeGreaterThanOrEqual(5);
  });
});

describe("the asker correcting what they named", () => {
  it("should ask the last question again of the system meant", () => {
    const kernel = askAfter("which docker version does coreos ship?", "no wait, i meant snappy");
    expect(kernel.answer.systems).toEqual(["snappy"]);
    expect(kernel.answer.facts[0]?.text).toMatch(/Docker 1\.5/);
    const other = askAfter("is there apparmor on snappy?", "sorry, the other one — atomic");
    expect(other.answer.systems).toEqual(["atomic"]);
    expect(other.answer.facts[0]?.text).toMatch(/SELinux/);
  });

  it("should compare only the systems named after the correction", () => {
    const answer = askReal("atomic vs snappy... scratch that, coreos vs photon on kernel versions");
    expect(answer.intent).toBe("compare");
    expect([...answer.systems].sort()).toEqual(["coreos", "photon"]);
  });
});

describe("a release asked of what a source wrote", () => {
  it("should answer with the release the source gives, and still say a later one is beyond it", () => {
    const question = "which release number of rancheros was in the inovex table";
    expect(askReal(question).intent).toBe("answer");
    expectFirstFact(/RancherOS 0\.23\.0/, question);
    expectBeyondSources("inovex listed rancheros 0.23.0, what's the latest release number?");
  });
});

describe("shorthand for a hypervisor, a later end", () => {
  it("should read vbox as VirtualBox", () => {
    expectFirstFact(/VirtualBox/, "could atomic run under vbox in 2014?");
  });

  it("should say the sources cannot tell whether its maker killed it later", () => {
    expect(askAfter("what is rancheros?", "did rancher kill it off?").answer.intent).toBe(
      "no_match",
    );
  });
});

describe("asking for a definition or a glossary entry", () => {
  it("should read glossary and summarize as how it is asked, not as unknown subjects", () => {
    expectIntent(
      "answer",
      "how would you describe lightwave for a glossary",
      "how would you summarize geard for newcomers",
    );
  });
});

describe("a follow-up naming another system's tool", () => {
  it("should move to the tool's system, unless it points back at the one in play", () => {
    expect(answersAbout("what's fleet", "and geard?", ["atomic"]).facts[0]?.text).toMatch(/geard/i);
    expect(
      askAfter("how does snappy isolate apps?", "and how do updates work there?").answer.systems,
    ).toEqual(["snappy"]);
  });
});

describe("chat slang, fact checks and what to ask the bot", () => {
  it("should read slang and 'sounds' as talk, not as an unknown subject", () => {
    const rkt = askReal("lowkey never heard of rkt, what is it 👀");
    expect([rkt.intent, rkt.systems]).toEqual(["answer", ["coreos"]]);
    expect(rkt.facts[0]?.text).toMatch(/rkt/);
    const pair = askReal("fleet vs geard lowkey sound the same, r they");
    expect([pair.intent, [...pair.systems].sort()]).toEqual(["compare", ["atomic", "coreos"]]);
  });

  it("should check a figure the asker quotes against the facts, not refuse it as a later one", () => {
    for (const [question, says] of [
      [
        "the fedora 22 atomic row in that comparison table had kernel 4.0.0 right? not 3.19",
        /4\.0\.0/,
      ],
      ["hayden says coreos began in early 2013, is that the number?", /early 2013/],
    ] as const) {
      const answer = askReal(question);
      expect([question, answer.intent]).toEqual([question, "answer"]);
      expect(answer.facts[0]?.text).toMatch(says);
    }
    // A size beside a system's name is no version of it.
    const size = askReal("is atomic (151/333mb) really bigger than coreos at 164mb?");
    expect([size.intent, size.topics]).toEqual(["compare", ["size"]]);
    // A version no fact gives, claimed instead of theirs, is still beyond them.
    expect(askReal("does atomic ship kernel 5.10 now, not 4.0.0?").intent).toBe("no_match");
  });

  it("should say the sources can't know the latest kernel or Docker, but give a source's own", () => {
    expectBeyondSources("latest rancheros kernel version", "what's the current docker version?");
    expectFirstFact(/3\.19\.2/, "what kernel version did rancheros ship in the 2015 table?");
    // RancherOS's facts speak of its always having the latest Docker.
    expectFirstFact(/latest Docker/, "does rancheros always ship the latest docker version?");
  });

  it("should take 'what kind of things can i check with you' as a request for help", () => {
    expect(askReal("@containeros help — what kind of things can i check with you").intent).toBe(
      "help",
    );
    expect(askReal("what sort of stuff can i ask you?").intent).toBe("help");
    // A thing to check, named, is a question.
    expect(askReal("can i check the coreos kernel version with you?").intent).toBe("answer");
  });
});

describe("what kind of thing is asked, and what a follow-up likens", () => {
  it("should lead with the topic a 'what <topic> does …' question names as its answer's kind", () => {
    expectFirstFact(/ext4/, "what filesystem does coreos use for root");
    expectFirstFact(
      /Docker 1\.5\.0/,
      "what docker version was photon shipping in the tech preview?",
    );
    // The kind is the whole phrase's: "what kernel security module" asks for a module.
    expectFirstFact(/AppArmor/, "what kernel security module does ubuntu snappy rely on");
  });

  it("should keep asking on the topic in play when the same question moves to other systems", () => {
    const engine = realEngine();
    let context = engine.ask("what init does coreos use").context;
    context = engine.ask("and atomic?", context).context;
    expect(context.topics).toEqual(["init"]);
    const { answer } = engine.ask("rancheros?", context);
    expect(answer.facts[0]?.text).toMatch(/Docker as its init|PID 1/);
  });

  it("should compare a thing in play with another system's tool it is likened to", () => {
    const likened = askAfter(
      "what is geard on project atomic?",
      "is it basically the same thing as fleet?",
    );
    expect([likened.answer.intent, [...likened.answer.systems].sort()]).toEqual([
      "compare",
      ["atomic", "coreos"],
    ]);
    // Likened to a thing of the same system's facts, it stays that system's answer.
    const same = askAfter("what's dcos?", "wait, is that the same thing as apache mesos?");
    expect([same.answer.intent, same.answer.systems]).toEqual(["answer", ["dcos"]]);
  });
});

describe("requests the 2014-2015 sources cannot meet", () => {
  it("should read a trailing 'step by step' as how the answer should come, and refuse it", () => {
    const answer = askReal(
      "how do I build an out-of-tree kernel module for rancheros, step by step",
    );
    expect(answer.intent).toBe("no_match");
  });

  it("should not sell a support contract from a fact about Tectonic, but say what it offers", () => {
    const answer = askReal("who do we call for a coreos support contract");
    expect(answer.intent).toBe("no_match");
    expect(answer.text).toMatch(/what it costs/);
    expect(answer.text).toMatch(/Tectonic/);
    expectFirstFact(/Tectonic/, "mgmt wants paid support for k8s on coreos, anything?");
  });

  it("should find building from source, Yocto, kernel modules, boot loaders and poems beyond them", () => {
    expectBeyondSources(
      "is there a yocto layer to build coreos images myself",
      "how does snappy integrate with u-boot on armhf boards",
      "how do i build coreos from source with the sdk",
      "what kernel config / CFLAGS does photon build with",
      "can u write me a poem about containers lol",
      "did mesosphere get renamed later?",
    );
    // What the sources do say about compiling stays answered.
    expectFirstFact(/no compilers/, "can i compile code on coreos?");
  });

  it("should take a 'now' in bold or italics as today, not as the sources' time", () => {
    const engine = realEngine();
    const { context } = engine.ask("is atomic production ready");
    for (const now of ["*now*", "_now_"])
      expect(engine.ask(`ok but is it production ready ${now}?`, context).answer.intent).toBe(
        "no_match",
      );
    expect(engine.ask("is it production ready?", context).answer.intent).toBe("answer");
  });
});

describe("follow-ups that point back without a pronoun", () => {
  it("should set the rest of a source's table beside the system just asked about", () => {
    const { answer } = askAfter(
      "whats the docker version on coreos 647",
      "and the rest in that table?",
    );
    expect(answer.intent).toBe("compare");
    expect([...answer.systems].sort()).toEqual(INOVEX_FIVE);
    expect(answer.topics).toEqual(["docker"]);
  });

  it("should answer how two things just asked about fit together from the system in play", () => {
    const engine = realEngine();
    let { context } = engine.ask("what's etcd");
    context = engine.ask("what's fleet", context).context;
    const { answer } = engine.ask("how do they fit together", context);
    expect([answer.intent, answer.systems]).toEqual(["answer", ["coreos"]]);
  });

  it("should keep 'which upstream projects again?' on the system in play", () => {
    const { answer } = askAfter("tell me about mesosphere dcos", "which upstream projects again?");
    expect(answer.systems).toEqual(["dcos"]);
  });
});

describe("who the answer is pitched at, and what a thing in play is made from", () => {
  it("should answer 'explain X like I'm a junior' about X, whoever it is pitched at", () => {
    for (const question of [
      "explain rpm-ostree to me like I'm a junior",
      "explain rpm-ostree like im reviewing it for a threat model",
    ]) {
      const answer = askReal(question);
      expect([question, answer.intent, answer.systems]).toEqual([question, "answer", ["atomic"]]);
      expect(answer.facts[0]?.text).toMatch(/rpm-ostree/);
    }
  });

  it("should read 'what distro is it based on?' as asked of the thing in play", () => {
    const { answer } = askAfter("what's toolbox on coreos", "what distro is it based on");
    expect(answer.facts[0]?.text).toMatch(/toolbox.*Fedora/);
    // Of the system itself, its base.
    expectFirstFact(/based on ChromeOS/, "what is coreos based on?");
    expectFirstFact(/ChromeOS/, "what's coreos descended from?");
  });
});

describe("figures and counts set among several systems", () => {
  it("should check a figure the facts quote for some system, when several are set side by side", () => {
    const answer = askReal("rancheros had docker 1.6 but atomic was still stuck on 1.5, right?");
    expect([answer.intent, [...answer.systems].sort()]).toEqual([
      "compare",
      ["atomic", "rancheros"],
    ]);
    // Of one system, a figure only another's facts quote is still beyond its sources.
    expect(askReal("what changed in docker 1.6 on coreos?").intent).toBe("no_match");
  });

  it("should choose among 'the five' or 'the six' as among 'these'", () => {
    const five = askReal("which of the inovex five don't use systemd as init");
    expect([five.intent, [...five.systems].sort()]).toEqual([
      "compare",
      ["atomic", "coreos", "photon", "rancheros", "snappy"],
    ]);
    expect(askReal("which of the six showed up most recently").intent).toBe("compare");
    // However the asker names the group: a word before the count is no system.
    expect(askReal("which of the reviewed five don't use systemd as init").intent).toBe("compare");
  });
});

describe("'it' after a ranking", () => {
  it("should take a lone 'it' after 'which is smallest?' as the system ranked first", () => {
    const engine = realEngine();
    const { context } = engine.ask("which container os is smallest");
    expect(context.leader).toBe("rancheros");
    const why = engine.ask("why is it that small?", context).answer;
    expect([why.intent, why.systems]).toEqual(["answer", ["rancheros"]]);
    const against = engine.ask("how much smaller than coreos is it", context).answer;
    expect([against.intent, [...against.systems].sort()]).toEqual([
      "compare",
      ["coreos", "rancheros"],
    ]);
    // "they" still points at all of them whose sources give a size.
    const they = engine.ask("why are they so different in size?", context).answer.systems;
    expect([they.length, they.includes("dcos")]).toEqual([5, false]);
    // "why?" alone asks it of the one ranked first, and "it" stays on it.
    const bare = engine.ask("why?", context);
    expect(bare.answer.systems).toEqual(["rancheros"]);
    expect(engine.ask("what kernel does it ship?", bare.context).answer.systems).toEqual([
      "rancheros",
    ]);
  });
});

describe("what the facts themselves say of a release or of keeping current", () => {
  it("should answer when DCOS went GA, which its source dates, but not when Photon will", () => {
    for (const question of ["when did mesosphere's dcos go GA", "mesosphre dcos gone GA yet?"]) {
      const answer = askReal(question);
      expect([question, answer.intent]).toEqual([question, "answer"]);
      expect(answer.facts[0]?.text).toMatch(/generally available/);
    }
    expect(askReal("when will photon go ga?").intent).toBe("no_match");
  });

  it("should read 'how current is …' as how up to date, not how it stands today", () => {
    for (const question of [
      "how current is the docker engine on rancheros",
      "rancheros docker ver, stays current or pinned",
    ]) {
      const current = askReal(question);
      expect([question, current.intent, current.systems]).toEqual([
        question,
        "answer",
        ["rancheros"],
      ]);
      expect(current.facts.map((f) => f.text).join(" ")).toMatch(/latest Docker/);
    }
    expect(askReal("how current is coreos these days?").intent).toBe("no_match");
  });
});

describe("walkthroughs and things only named after 'what about'", () => {
  it("should read a trailing 'walk me thru it' as asking for steps the sources never give", () => {
    const answer = askReal("how do i hook lightwave up to our active directory, walk me thru it");
    expect(answer.intent).toBe("no_match");
    expect(answer.text).toMatch(/step-by-step/);
  });

  it("should say the sources know nothing of a thing asked 'what about' that no fact names", () => {
    const { answer } = askAfter(
      "tell me about photon",
      "what about lotus, the thing vmware announced next to it?",
    );
    expect(answer.intent).toBe("no_match");
    expect(answer.text).toMatch(/lotus/);
    // A system, or a thing the facts name, is still answered.
    expect(askAfter("tell me about photon", "what about lightwave?").answer.intent).toBe("answer");
  });
});

describe("'ros', RancherOS's short name and its command's", () => {
  it("should take 'ros' for RancherOS", () => {
    const pair = askReal("ros vs snappy for edge/iot boxes");
    expect([pair.intent, [...pair.systems].sort()]).toEqual(["compare", ["rancheros", "snappy"]]);
    expect(askReal("ros usable for iot / embedded gear?").systems).toEqual(["rancheros"]);
  });

  it("should still read 'the ros config command' on RancherOS as a command the sources never describe", () => {
    const answer = askReal("how use ros config command in rancheros for set hostname");
    expect(answer.intent).toBe("no_match");
    expect(answer.text).toMatch(/ros config/);
  });
});

describe("likening what was just said, and hurry", () => {
  it("should compare what was said with the thing or system it is likened to", () => {
    for (const [first, question, systems] of [
      ["whats geard", "is that basically fleet?", ["atomic", "coreos"]],
      ["what's geard", "is that like fleet?", ["atomic", "coreos"]],
      ["how do snappy updates work", "is that like coreos?", ["coreos", "snappy"]],
    ] as const) {
      const { answer } = askAfter(first, question);
      expect([question, answer.intent, [...answer.systems].sort()]).toEqual([
        question,
        "compare",
        systems,
      ]);
    }
    // "for it like Cockpit" is what the asker wants, not a likening of what was said.
    const wish = askAfter(
      "What package manager does Photon use?",
      "is there a web GUI for it like Cockpit?",
    );
    expect(wish.answer.intent).not.toBe("compare");
  });

  it("should read a shouted NOW as hurry, not as asking how things stand today", () => {
    const answer = askReal("need gcc + python on a coreos host to debug NOW how");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/toolbox/);
  });
});

describe("asking what a system is, in the middle of a conversation", () => {
  it("should give the system's overview, not the last question asked again of it", () => {
    for (const question of ["what is photon?", "tell me about photon"]) {
      const { answer } = askAfter("whats geard", question);
      expect([question, answer.intent, answer.systems]).toEqual([question, "answer", ["photon"]]);
      expect(answer.topics).not.toEqual(["clustering"]);
    }
    // "and photon?", "photon?" still ask the last question of it.
    expect(askAfter("what init does coreos use", "and photon?").answer.topics).toEqual(["init"]);
    expect(
      askAfter("how do i log into a fresh coreos box", "same question for atomic").answer.systems,
    ).toEqual(["atomic"]);
  });
});

describe("question words run together", () => {
  it("should not read 'in it' as 'init', though phrases of such words still count", () => {
    const answer = askReal("dcos whats in it");
    expect([answer.intent, answer.systems]).toEqual(["answer", ["dcos"]]);
    expect(answer.topics).not.toContain("init");
    expect(answer.facts[0]?.text).toMatch(/Mesos/);
    expect(askReal("what init does coreos use").topics).toEqual(["init"]);
    expectFirstFact(/April 2014/, "when did red hat kick off project atomic?");
  });
});

describe("questions passed on, and what follows them", () => {
  it("should read 'user asks if …' as the question when only a tag question follows it", () => {
    expectBeyondSources(
      "user asks if coreos container linux is still maintained, they run it in prod. is it?",
      "customer asked whether rancheros is still supported, they have it on two racks. is it?",
    );
  });

  it("should not take a word after a question of today's status for a unit the facts count", () => {
    // "users" is a unit CoreOS's facts count ("500 users"), not what "still maintained" asks.
    expectBeyondSources(
      "is coreos still maintained? user runs it in prod",
      "is rancheros still supported? users depend on it",
    );
  });

  it("should answer the default username of CoreOS, which its sources give", () => {
    const answer = askReal("whats the default username when i ssh into a coreos box");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/"core" user/);
  });
});

describe("the asker's own fallback, and rare topic words the facts write", () => {
  it("should not ask about what follows 'my own' or 'our own': it is the asker's fallback", () => {
    const overlay = askReal(
      "does coreos ship an overlay network, or should we build our own vxlan mesh?",
    );
    expect(overlay.intent).toBe("answer");
    expect(overlay.facts[0]?.text).toMatch(/flannel/);
    const balancer = askReal("does rancher do load balancing or do we need our own f5?");
    expect(balancer.intent).toBe("answer");
    expect(balancer.facts[0]?.text).toMatch(/load balancing/);
  });

  it("should answer from a fact that writes a rare topic word, though the system has no fact on that topic", () => {
    for (const question of ["does dcos run on aws?", "does dcos work outside aws?"]) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("answer");
      expect(answer.facts[0]?.text, question).toMatch(/community edition for AWS/);
    }
    // "big" is a common word of the size topic: DCOS's sources still say nothing on its size.
    expectBeyondSources("how big is a dcos install?");
  });

  it("should lead with why RancherOS runs two Dockers when asked why it runs Docker twice", () => {
    expectFirstFact(/keeps working/, "why does rancher run docker twice lol");
  });
});

describe("skeptics' jabs and asides", () => {
  it("should compare what was said with a system it is called younger, older, stronger or weaker than", () => {
    const younger = askAfter(
      "when did photon come out",
      "so it's a year younger than atomic or what",
    ).answer;
    expect(younger.intent).toBe("compare");
    expect([...younger.systems].sort()).toEqual(["atomic", "photon"]);
    const stronger = askAfter(
      "what does snappy use for security",
      "is that weaker than what coreos does?",
    ).answer;
    expect(stronger.intent).toBe("compare");
    expect([...stronger.systems].sort()).toEqual(["coreos", "snappy"]);
  });

  it("should read what a thing is 'basically' or 'just' as the asker's yardstick, not as what is asked", () => {
    expectFirstFact(
      /fleet.*systemd/,
      "so fleet is basically systemd with a galaxy-brained scheduler?",
    );
    expectFirstFact(/rpm-ostree/, "so rpm-ostree is just yum larping as git?");
    expect(askReal("so rpm-ostree is just yum larping as git?").intent).toBe("answer");
    expect(askReal("so fleet is basically systemd with a galaxy-brained scheduler?").intent).toBe(
      "answer",
    );
  });

  it("should offer help when asked what it can do, whatever it is said to do instead", () => {
    expect(askReal("what can you even do besides parrot vendor slides?").intent).toBe("help");
  });

  it("should read 'how many ways' as asking for the ways the facts list, not for a figure", () => {
    const answer = askReal("coreos vs atomic: how many ways can you deploy each one");
    expect(answer.intent).toBe("compare");
    expect(answer.topics).toContain("deployment");
  });
});

describe("exploits and what became of a thing", () => {
  it("should say the sources give no way to break out of a container", () => {
    expectBeyondSources(
      "how do i escape from the atomic toolbox to the host",
      "can a container break out of rancheros's user docker?",
      "any known exploits for photon?",
    );
  });

  it("should read 'what happened to it later' after a tool as later history", () => {
    const { answer } = askAfter(
      "what does geard do",
      "what happened to it later, did openshift keep it",
    );
    expect(answer.intent).toBe("no_match");
    expect(answer.text).toMatch(/after 2015/);
  });
});

describe("a jab after 'or just'", () => {
  it("should weigh the words of a jab as little as a scene's", () => {
    expectFirstFact(/IMA/, "is IMA really used on coreos or just compiled in?");
  });
});

describe("one system's thing, and what another has", () => {
  it("should compare the two when asked what the other has, or its equivalent", () => {
    for (const [question, systems] of [
      ["photon has lightwave, what does atomic have?", ["atomic", "photon"]],
      ["coreos has fleet, what's the rancheros counterpart?", ["coreos", "rancheros"]],
    ] as const) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("compare");
      expect([...answer.systems].sort(), question).toEqual(systems);
    }
  });
});

describe("fixes today, exact setups and bugs", () => {
  it("should say the sources cannot know whether a thing still gets fixes", () => {
    expectBeyondSources(
      "is photon still getting security patches",
      "does rancheros still get fixes?",
    );
  });

  it("should say the sources give no exact setup", () => {
    const { answer } = askAfter(
      "does atomic ship cockpit",
      "can it talk to our ldap? whats the exact setup",
    );
    expect(answer.intent).toBe("no_match");
    expect(answer.text).toMatch(/step-by-step instructions/);
  });

  it("should answer whether fleet is buggy from what its reviewer found", () => {
    const { answer } = askAfter("what is fleet", "is it buggy?");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/nearly flawlessly/);
  });
});

describe("likening to an everyday thing", () => {
  it("should not compare with a system that only shares a part of the word likened to", () => {
    // "store" is a word of CoreOS's key-value store; "app store" is Snappy's own.
    const answer = answersAbout(
      "how do snappy updates work",
      "is that like the app store on a phone?",
      ["snappy"],
    );
    expect(answer.facts[0]?.system).toBe("snappy");
  });
});

describe("'what about' another system's thing", () => {
  it("should say the system in play's sources are silent on it, not repeat its last answer", () => {
    const { answer } = askAfter("tell me about photon security", "what about apparmor?");
    expect(answer.intent).toBe("no_match");
    expect(answer.text).toMatch(/anything about AppArmor/);
  });
});

describe("a follow-up's own rare word", () => {
  it("should lead with what the follow-up's own rare word finds, the earlier words only coming along", () => {
    const { answer } = askAfter("does dcos have a free edition?", "and can it run cassandra?");
    expect(answer.facts[0]?.text).toMatch(/Cassandra/);
  });
});

describe("questions of cue words only", () => {
  it("should compare every system when asked which to pick, whatever scene follows", () => {
    const answer = askReal("which of these container oses should we pick? greenfield rollout");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toHaveLength(6);
  });

  it("should read chat spellings of 'should'", () => {
    expect(askReal("which one shld we use").intent).toBe("compare");
  });
});

describe("asking for a way, and the host in play", () => {
  it("should read 'is there a supported way' and 'any way to' as asking how it is done", () => {
    expectFirstFact(
      /toolbox/,
      "we need python on a coreos box, is there a supported way?",
      "our devs need perl on coreos hosts - any way to get it?",
    );
  });

  it("should read 'this host' as the system in play when asking which distros it can be based on", () => {
    answersAbout("where does atomic come from", "which distros can this host be based on?", [
      "atomic",
    ]);
  });
});

describe("the words of a yardstick name no system", () => {
  it("should answer about the thing asked, not the system a yardstick's word belongs to", () => {
    // "swap" is a word of RancherOS's console facts.
    const answer = askReal(
      "rpm-ostree explained like im a network guy, is it like swapping flash images?",
    );
    expect(answer.systems).toEqual(["atomic"]);
  });
});

describe("a system put into the comparison just made", () => {
  it("should add a system named 'in that comparison' to the systems compared", () => {
    const { answer } = askAfter(
      "compare rancheros and photon on kernels",
      "and dcos, in that comparison?",
    );
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toEqual(["rancheros", "photon", "dcos"]);
  });
});

describe("sources named by their authors or sites", () => {
  it("should lead with the named source's fact", () => {
    const answer = askReal("infoq: does atomic have an installer?");
    expect(answer.facts[0]?.sources).toContain("infoq-2014");
  });

  it("should still say a cited source cannot know how things stand today", () => {
    expectBeyondSources("per hayden is coreos still maintained today?");
  });
});

describe("a scene of costs and timescales asks no price", () => {
  it("should answer a question whose scene speaks of costs", () => {
    answersAbout("what is photon", "how big is the photon image? storage costs add up for us", [
      "photon",
    ]);
    expectFirstFact(/251/, "how big is the photon image? storage costs add up for us");
  });

  it("should still say the sources do not give a price asked for in a few words", () => {
    expectBeyondSources("tectonic subscription price, ballpark?", "what does photon cost per host");
  });

  it("should read '2yr' as a span of time, not the name of a thing the sources lack", () => {
    const answer = askReal(
      "is atomic production ready? don't want to bet a 2yr contract on an experiment",
    );
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/production ready/);
  });

  it("should answer of the system when the asker's own setup says 'right now'", () => {
    expectFirstFact(
      /Kickstart/,
      "we do everything with kickstart right now; can atomic keep doing that?",
    );
  });
});

describe("more of what the sources cannot know", () => {
  it("should say the sources do not know of later patches, paid tiers, exact commands or Ubuntu Pro", () => {
    expectBeyondSources(
      "does coreos still get cve patches",
      "is there a paid tier of fleet for coreos",
      "what's the exact cli to pin a deployment on atomic",
      "is snappy covered by ubuntu pro?",
    );
  });

  it("should still answer whether dcos has a paid tier from its editions", () => {
    const answer = askReal("is dcos free, or is there a paid tier?");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/free-of-charge community edition/);
  });
});

describe("a comparison whose subject is left unsaid", () => {
  it("should set the system in play against the systems named after 'smaller than'", () => {
    const { answer } = askAfter("how big is photon?", "smaller than coreos and rancheros?");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toEqual(["photon", "coreos", "rancheros"]);
  });

  it("should keep the system in play beside those named by 'how about X and Y?'", () => {
    const { answer } = askAfter("what init does photon use", "how about coreos and rancheros?");
    expect(answer.systems).toEqual(["photon", "coreos", "rancheros"]);
  });
});

describe("chat spellings", () => {
  it("should read 'gimme' as asking, not as a word the sources lack", () => {
    const answer = askReal("gimme a tldr of all the container OSes");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toHaveLength(6);
  });
});

describe("Kubernetes' own concepts", () => {
  it("should say the sources do not explain pods, though Atomic ships Kubernetes", () => {
    expectBeyondSources("whats a kubernetes pod", "kubernetes pods vs deployments?");
    const answer = askReal("does atomic ship kubernetes?");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/Kubernetes/);
  });
});

describe("a fact's terms say what the fact says", () => {
  it("should not read a git question as Atomic's 'git for the OS'", () => {
    expectBeyondSources("how do i undo a pushed git commit");
  });

  it("should lead with how CoreOS updates itself for askers planning maintenance windows", () => {
    expectFirstFact(
      /reboots happen automatically/,
      "we schedule maintenance windows. will coreos update itself without one?",
    );
  });
});

describe("the bot's list and sources, asked of it", () => {
  it("should give help for 'which OSes are on your list' and 'what sources does this bot use'", () => {
    expectIntent(
      "help",
      "what do you know? which OSes are on your list",
      "new here - what is this bot and what sources does it draw on? need to cite it in a report",
    );
  });
});

describe("a comparison set against what was just said", () => {
  it("should keep the system in play when the question opens with 'vs'", () => {
    const { answer } = askAfter("how big is photon?", "and vs coreos and snappy?");
    expect(answer.systems).toEqual(["photon", "coreos", "snappy"]);
  });
});

describe("where the asker came across a thing", () => {
  it("should answer 'X?? saw it in a datasheet' about X", () => {
    const answer = askReal("tdnf?? saw it in a datasheet today");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["photon"]);
  });
});

describe("a node going offline", () => {
  it("should lead with containers moving to another node", () => {
    expectFirstFact(
      /migrated to another node/,
      "coreos node goes offline - what becomes of its containers?",
    );
  });
});

describe("complaints asked for", () => {
  it("should answer 'any complaints about fleet?' about fleet, not say it does not know", () => {
    const answer = askReal("any complaints about fleet?");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["coreos"]);
  });
});

describe("compliance, removal and other runtimes the sources never cover", () => {
  it("should say the sources do not cover uninstalling, GDPR, Section 508 or Apptainer", () => {
    expectBeyondSources(
      "how do i uninstall rancheros from a box",
      "is photon gdpr compliant?",
      "is snappy's store section 508 accessible?",
      "apptainer on coreos, does it work?",
    );
  });
});

describe("a pointer in the clause that tells who passed a thing on", () => {
  it("should not read 'them' in 'someone mentioned them' as pointing at the last answer", () => {
    const { answer } = askAfter(
      "how big is the photon image? storage costs add up for us",
      "sidekick units on coreos? someone in the ops channel mentioned them",
    );
    expect(answer.facts[0]?.text).toMatch(/sidekick/);
  });
});

describe("what a compound's last word is", () => {
  it("should say the sources know no 'kubernetes pod', even with a system in play", () => {
    const { answer } = askAfter("what init does rancheros use", "whats a kubernetes pod");
    expect(answer.intent).toBe("no_match");
  });
});

describe("config to be written, checksums, an edition's price and named adopters", () => {
  it("should say the sources give no config to write, no checksums and no enterprise price", () => {
    expectBeyondSources(
      "write us a cloud-config that sets up etcd on coreos",
      "can you give me a working unit file for a redis container on coreos",
      "sha256 of the rancheros iso?",
      "how much was the photon enterprise support",
      "price of the enterprise edition of dcos?",
      "how much was dcos back then",
    );
  });

  it("should say the sources name no companies that ran a system", () => {
    expectBeyondSources("which companies ran rancheros in prod?", "which companies ran photon");
  });

  it("should still answer what dcos's editions were when its price is asked", () => {
    const answer = askReal("how much does dcos cost?");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/free-of-charge community edition/);
  });
});

describe("what each of them did", () => {
  it("should compare every system when 'each' or 'all' comes before what they did", () => {
    for (const question of ["what kernel did each ship back then?", "do all run systemd?"]) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("compare");
      expect(answer.systems, question).toHaveLength(6);
    }
  });
});

describe("whether a system is a container OS", () => {
  it("should lead with what the sources say of it as a container OS", () => {
    for (const question of [
      "is snappy truly a container os, or just ubuntu with apps?",
      "is rancheros actually a container os at all?",
    ]) {
      expect(askReal(question).facts[0]?.text, question).toMatch(/container OS/);
    }
  });
});

describe("'which of these' with a scene after it", () => {
  it("should compare every system, not those the scene's words belong to", () => {
    const answer = askReal(
      "which of these container oses is smallest? we push images over slow satellite links",
    );
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toHaveLength(6);
  });
});

describe("which of a kind a tool has", () => {
  it("should answer for the tool's system, not define the kind's first word", () => {
    for (const question of [
      "what login protocols does lightwave speak? ldap? saml?",
      "what auth methods does lightwave handle, ldap? kerberos?",
    ]) {
      const answer = askReal(question);
      expect(answer.systems, question).toEqual(["photon"]);
      expect(answer.facts[0]?.text, question).toMatch(/Lightwave/);
    }
  });
});

describe("what a source said then", () => {
  it("should read 'right now' in what a source said as the source's own time", () => {
    const answer = askReal("which did hayden say was more usable right now, coreos or atomic?");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toEqual(["coreos", "atomic"]);
  });

  it("should still say the sources cannot know today's status when only citing a source", () => {
    expectBeyondSources("per hayden, is coreos still maintained today?");
  });
});

describe("what comes out of the box, a finished product, and what is still shipped", () => {
  it("should lead with CoreOS's bundled tools for what comes out of the box", () => {
    expect(askReal("which tools does coreos give you out of the box?").facts[0]?.text).toMatch(
      /etcd/,
    );
  });

  it("should lead with Photon being a technology preview when asked if it is finished", () => {
    expect(askReal("was photon finished back then?").facts[0]?.text).toMatch(/technology preview/);
  });

  it("should say the sources cannot know what is still shipped, renamed or dropped later", () => {
    expectBeyondSources(
      "does atomic still ship cockpit?",
      "did canonical rebrand snappy core?",
      "did ubuntu keep the name snappy",
      "why did coreos end up dropping fleet",
    );
  });
});

describe("a package to install with yum or apt", () => {
  it("should answer whether the package manager can, whatever the package", () => {
    for (const question of [
      "can i yum install wireguard on an atomic host?",
      "ops wants to yum install nvidia drivers on the atomic boxes, ok?",
    ]) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("answer");
      expect(answer.facts[0]?.text, question).toMatch(/yum/);
    }
  });

  it("should still say the sources do not list what Photon's own tdnf can install", () => {
    expectBeyondSources("can i tdnf install powershell on photon");
  });
});

describe("things of a kind, named by example", () => {
  it("should lead with the fact that names them ('such as udev, DHCP and the console')", () => {
    expect(
      askReal("which system services are run as containers on rancheros").facts[0]?.text,
    ).toMatch(/udev/);
  });
});

describe("a question about the bot, then what the asker hopes it can do", () => {
  it("should give help when the first clause asks what the bot does and no system is named", () => {
    expectIntent(
      "help",
      "what can you do? can you help me choose an os for our ci runners?",
      "what is this bot for, could it help us choose a host os?",
    );
  });

  it("should still compare when the first clause only sets the systems it knows", () => {
    expectIntent("compare", "among all the container oses you know about, which ones use systemd?");
  });
});

describe("contributor agreements, final releases, config yaml and 'ootb'", () => {
  it("should say the sources cannot know a CLA or give a cloud-config to paste", () => {
    expectBeyondSources(
      "coreos cla for contributors?",
      "can you paste a cloud-config yaml for coreos that adds an ssh key?",
    );
  });

  it("should read 'ootb' as out of the box", () => {
    expect(askReal("what tools does coreos ship ootb?").facts[0]?.text).toMatch(/etcd/);
  });
});

describe("'and the rest of them?' after one system's answer", () => {
  it("should compare the systems whose sources speak to the topic, not one silent on it", () => {
    const { answer } = askAfter("what kernel does photon ship?", "and the rest of them?");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).not.toContain("dcos");
    expect(answer.systems).toHaveLength(5);
  });
});

describe("why CoreOS updates itself", () => {
  it("should lead with the update philosophy when asked why, and with the A/B updates otherwise", () => {
    expect(askReal("why does coreos do auto updates at all?").facts[0]?.text).toMatch(/philosophy/);
    expect(askReal("how do coreos auto updates work").facts[0]?.text).toMatch(/A\/B/);
  });
});

describe("what a named thing runs or manages", () => {
  it("should lead with the fact that names them by example", () => {
    for (const question of [
      "what does system-docker really run on rancheros",
      "what does the system-docker daemon manage",
    ]) {
      expect(askReal(question).facts[0]?.text, question).toMatch(/udev/);
    }
  });
});

describe("reported speech, and 'a container os' as a plain noun", () => {
  it("should keep today's status beyond the sources when someone else said something", () => {
    expectBeyondSources("per hayden, is coreos still maintained today? my boss said it's dead");
  });

  it("should not read 'isn't this a container os' as asking whether it is one", () => {
    const answer = askReal("docker: command not found on ubuntu core. isn't this a container os");
    expect(answer.facts[0]?.text).toMatch(/Docker/);
  });
});

describe("how to switch a setting off or on", () => {
  it("should say the sources give no steps to disable or switch a setting", () => {
    expectBeyondSources(
      "how do i disable automatic reboots on coreos?",
      "how do we switch the console on rancheros?",
    );
  });

  it("should still answer how a system updates or installs, and a known bug", () => {
    expectIntent(
      "answer",
      "how do i update coreos",
      "how do i install coreos",
      "docker says permission denied on snappy, how do we fix that?",
    );
  });
});

describe("'more' after a question the sources cannot answer", () => {
  it("should go on with what was still to show, not say that was all on the topic", () => {
    const engine = realEngine();
    let { context } = engine.ask("why does coreos do auto updates at all?");
    context = engine.ask("how do i disable automatic reboots on coreos?", context).context;
    const more = engine.ask("more", context).answer;
    expect(more.text).not.toMatch(/That was all/);
    expect(more.facts[0]?.topic).toBe("updates");
  });
});

describe("a ranking question with the asker's scene after it", () => {
  it("should rank every system though the scene has words the sources lack", () => {
    const answer = askReal(
      "smallest container os? want something tiny for the old signage players",
    );
    expect(answer.intent).toBe("compare");
    expect(answer.topics).toContain("size");
  });
});

describe("a number that names a place, not a version", () => {
  it("should answer a rollback question about the display in 'lobby 2'", () => {
    const answer = askReal("can i roll back a coreos update that bricked the lobby 2 display");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/rollback|roll back/i);
  });

  it("should still say a product's later version is beyond the sources", () => {
    expectBeyondSources("does coreos run on openshift 4?");
  });
});

describe("ranking the systems named by the newest thing each has", () => {
  it("should compare the systems when asked which of them has the latest kernel", () => {
    const answer = askReal("which has the latest kernel, photon or rancheros?");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toEqual(["photon", "rancheros"]);
  });

  it("should still say today's kernel, and timings, are beyond the sources", () => {
    expectBeyondSources(
      "whats the latest kernel for photon",
      "which one boots faster, coreos or rancheros?",
    );
  });
});

describe("which one won, and contractions", () => {
  it("should say the sources cannot tell which tool won in the end", () => {
    expectBeyondSources("so which one won out, fleet or kubernetes?");
  });

  it("should not read 'won't' as 'won'", () => {
    const answer = askReal("if the new one won't boot can i go back on coreos?");
    expect(answer.intent).toBe("answer");
  });
});

describe("one system asked about 'like' another", () => {
  it("should set the system asked about beside its yardstick, the one asked about first", () => {
    for (const [question, systems] of [
      ["does photon use xfs like atomic does?", ["photon", "atomic"]],
      ["does snappy get rollbacks like coreos?", ["snappy", "coreos"]],
    ] as const) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("compare");
      expect(answer.systems, question).toEqual(systems);
    }
  });

  it("should answer of the one system when the yardstick is an alternative or a claim", () => {
    for (const question of [
      "does photon have a package manager, or is it like coreos?",
      "photon ships no package manager like coreos, right?",
    ]) {
      expect(askReal(question).systems, question).toEqual(["photon"]);
    }
  });
});

describe("numbers and short names that are no product's version", () => {
  it("should read '(2 sentences)' as how long the reply should be", () => {
    expectIntent("answer", "what is etcd on coreos? (2 sentences)");
  });

  it("should know 'oauth2' where the facts write 'OAuth 2.0'", () => {
    expectIntent("answer", "can lightwave do oauth2 logins for photon?");
  });

  it("should read 'L2' as a support level, not an unknown product", () => {
    expectIntent("answer", "coreos has no python, so how do our l2 people debug on a node?");
  });

  it("should still say a later release is beyond the sources", () => {
    expectBeyondSources("what changed in coreos 800?", "does photon run on an h100?");
  });
});

describe("desktops, lost passwords and cloud image ids", () => {
  it("should say the sources give no steps to reset a lost root password", () => {
    expectBeyondSources("locked out of my photon box, how do i reset root?");
  });

  it("should read what comes before a lone 'how' as what is asked", () => {
    expectBeyondSources(
      "coreos: auto login into a desktop session on the lobby screen, how",
      "atomic auto-login on boot to a desktop, how?",
    );
  });

  it("should say the sources name no image ids or regions", () => {
    expectBeyondSources("the ami id for photon in us east?");
  });

  it("should still answer why yum fails on atomic, asked after what happened", () => {
    expectIntent("answer", "tried yum install on fedora atomic and it failed, why");
  });
});

describe("a premise exclaimed beside the question", () => {
  it("should answer the question asked of 'no python on coreos??', not repeat the premise", () => {
    expectFirstFact(
      /toolbox/,
      "no python, no perl on coreos?? how are we supposed to troubleshoot stuff on a host",
      "no compilers on coreos?? how do people get python then",
    );
  });

  it("should still answer the premise when it is all that is asked", () => {
    expectFirstFact(/no package manager/i, "no package manager on coreos?");
  });
});

describe("every system again, later in a conversation", () => {
  it("should rank only the systems whose sources speak to the topic", () => {
    const { answer } = askAfter(
      "which container os has the tiniest image?",
      "and the largest one?",
    );
    expect(answer.intent).toBe("compare");
    expect(answer.systems).not.toContain("dcos");
    expect(answer.systems).toHaveLength(5);
  });

  it("should still show all six when every system is compared outright", () => {
    expect(askReal("compare all on size").systems).toHaveLength(6);
  });
});

describe("'like that' after one system's answer", () => {
  it("should set the system named beside the one just answered", () => {
    const { answer } = askAfter("how does snappy update apps?", "does coreos update like that?");
    expect(answer.intent).toBe("compare");
    expect([...answer.systems].sort()).toEqual(["coreos", "snappy"]);
  });
});

describe("a line on each system, and what the lines are for", () => {
  it("should give every system its line whatever the poster or deck they are for", () => {
    const answer = askReal("a one-liner on each container os for a conference poster");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toHaveLength(6);
  });

  it("should still read 'for' in an earlier sentence as part of what is asked", () => {
    expectIntent(
      "answer",
      "I'm filling in a form for the platform team on how mature each option is. Was atomic production ready?",
    );
  });
});

describe("'everybody else' and 'the rest' asked with a verb", () => {
  it("should ask the rest what was just asked, on the topic in play", () => {
    for (const question of ["and what does everybody else use?", "what do the rest run?"]) {
      const { answer } = askAfter("what filesystem does photon use?", question);
      expect(answer.intent, question).toBe("compare");
      expect(answer.topics, question).toEqual(["filesystem"]);
      expect(answer.systems.length, question).toBeGreaterThanOrEqual(5);
    }
  });
});

describe("community channels and 'still a thing'", () => {
  it("should say the sources name no chat channels or forums", () => {
    expectBeyondSources("is there a rancheros slack channel?");
  });

  it("should read 'maintained still' as asking how a system stands today", () => {
    expectBeyondSources("is photon even maintained still?", "is rancheros supported still?");
  });
});

describe("switching a behaviour off, and single-board computers", () => {
  it("should say the sources give no steps to turn off what was just described", () => {
    const { answer } = askAfter("how does coreos update itself?", "can we turn that off?");
    expect(answer.intent).toBe("no_match");
  });

  it("should say the sources name no boards like the Raspberry Pi", () => {
    expectBeyondSources("will snappy boot on my pi?");
  });

  it("should still answer whether cockpit needs selinux off", () => {
    expectIntent(
      "answer",
      "does cockpit on atomic need selinux turned off, or can it stay enforcing?",
    );
  });
});

describe("near misses of this session's rules", () => {
  it("should still say today's releases are beyond the sources when systems are ranked", () => {
    expectBeyondSources(
      "which one has the latest release, coreos or rancheros?",
      "which has the newest features, snappy or photon?",
    );
    const { answer } = askAfter(
      "what kernel does photon ship?",
      "which of the others has the latest kernel now?",
    );
    expect(answer.intent).toBe("no_match");
  });

  it("should answer claims heard on a forum and questions about resetting the root filesystem", () => {
    expectIntent(
      "answer",
      "i read on a forum that coreos has no package manager, is that true?",
      "does an atomic rollback reset the root filesystem?",
    );
  });

  it("should keep a release line's number as a version", () => {
    expectBeyondSources("does coreos use the linux 4.9 line?");
  });

  it("should keep all six systems when all six are named", () => {
    const { answer } = askAfter(
      "what kernel does photon ship?",
      "compare coreos, atomic, rancheros, snappy, photon and dcos on it",
    );
    expect(answer.systems).toHaveLength(6);
  });

  it("should not read what a choice is for as an aside", () => {
    expectBeyondSources("which of them all is best for a jenkins build farm?");
  });

  it("should not read 'i like it' as asking for the like", () => {
    const { answer } = askAfter(
      "how does snappy update apps?",
      "i like it. does coreos have rollbacks?",
    );
    expect(answer.systems).toEqual(["coreos"]);
  });

  it("should rank every container os when asked for the smallest after a comparison of two", () => {
    const { answer } = askAfter(
      "compare coreos and atomic on networking",
      "which is the smallest container os?",
    );
    expect(answer.systems).toHaveLength(6);
  });
});

describe("cloud scaling, firmware and contributors", () => {
  it("should say the sources name no autoscaling, spot instances, UEFI or top contributors", () => {
    expectBeyondSources(
      "can dcos scale itself out on aws spot instances?",
      "does rancheros boot on uefi machines?",
      "who are the top contributors to atomic?",
    );
  });
});

describe("'what about now?' and popularity", () => {
  it("should say how a system stands now is beyond the sources", () => {
    const { answer } = askAfter("what kernel does coreos ship?", "what about now?");
    expect(answer.intent).toBe("no_match");
  });

  it("should say which system is more popular is beyond the sources", () => {
    const { answer } = askAfter("compare atomic and coreos", "which is more popular?");
    expect(answer.intent).toBe("no_match");
  });
});

describe("downloads, scaling steps and production users", () => {
  it("should say the sources give no download places or scaling steps", () => {
    expectBeyondSources("where can i download photon?", "how do we scale marathon apps on dcos?");
  });

  it("should say the sources name no production users", () => {
    const { answer } = askAfter("what's geard", "who is using it in production?");
    expect(answer.intent).toBe("no_match");
  });
});

describe("the asker's scene around a choice", () => {
  it("should not read a head office in the scene as a question about the company", () => {
    expectFirstFact(
      /base|fedora|rhel|centos/i,
      "which distros can atomic be built on? hq is a debian shop",
    );
  });

  it("should compare the systems offered after a sentence about the asker's setup", () => {
    const answer = askReal("we're all vsphere at hq and centos in the depots. atomic or photon?");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toEqual(["atomic", "photon"]);
  });

  it("should compare two systems' tools set side by side, whoever the answer is for", () => {
    const answer = askReal("cockpit vs fleetctl, which one suits the helpdesk?");
    expect(answer.intent).toBe("compare");
    expect([...answer.systems].sort()).toEqual(["atomic", "coreos"]);
  });

  it("should read past who passed a claim on to the claim itself", () => {
    expectFirstFact(
      /chromeos/i,
      "a vendor rep told me coreos is basically chromebook software, true?",
    );
  });
});

describe("offline use, pasted configs and whether a thing died", () => {
  it("should say the sources give no offline use or exact configs", () => {
    expectBeyondSources(
      "does rancheros work totally offline?",
      "paste me a cloud-config for coreos that sets up etcd",
    );
  });

  it("should still answer whether containers die with a node that goes down", () => {
    const question = "my container was on a coreos node that rebooted, did it die?";
    expectIntent("answer", question);
    expectFirstFact(/migrated/, question);
  });
});

describe("everyday words for what the facts say", () => {
  it("should read 'span more than one machine' and 'docs' as the facts' words", () => {
    expectFirstFact(/geard/i, "does geard span more than one machine?");
    expectFirstFact(/documentation/i, "how good are the coreos docs?");
  });
});

describe("'still a thing', repositories, bills and data sources", () => {
  it("should say whether a system is still a thing is beyond the sources", () => {
    expectBeyondSources("is coreos still a thing?");
  });

  it("should offer the fact about the thing asked, not the limit's nearby words, first", () => {
    const answer = askReal("is fleet still maintained?");
    expect(answer.intent).toBe("no_match");
    expect(answer.facts[0]?.text).toMatch(/fleet/);
  });

  it("should say the sources give no repositories, ways to contribute, bills or data sources", () => {
    expectBeyondSources(
      "where's the repo for geard?",
      "how do i contribute to snappy?",
      "what would the monthly aws bill be for a coreos cluster?",
      "which cloud-init datasources does rancheros support?",
    );
  });
});

describe("question words typed fast, late years and what became of a name", () => {
  it("should read 'wich' as 'which'", () => {
    expectFirstFact(/xfs/, "wich one used xfs");
  });

  it("should answer of late 2014 from the sources, and say what a system has been up to since is beyond them", () => {
    expectFirstFact(/popular/, "was coreos popular by late 2014?");
    expectBeyondSources(
      "what has rancheros been up to?",
      "when did canonical drop the name snappy?",
    );
  });

  it("should read 'lately' as today, but not 'late 2014'", () => {
    expectBeyondSources("has coreos changed lately?");
    expectFirstFact(/rkt/, "what was the big news on coreos in december 2014?");
  });

  it("should answer that a system is developed on github", () => {
    const question = "is there a github repo for project atomic?";
    expectIntent("answer", question);
    expectFirstFact(/GitHub/, question);
  });

  it("should not compare with the system in play what is set beside another thing", () => {
    const { answer } = askAfter(
      "tell me about atomic",
      "does coreos have something comparable to yum?",
    );
    expect(answer.systems).toEqual(["coreos"]);
  });
});

describe("'comparable' and 'next to' set systems side by side", () => {
  it("should compare the system named with the one in play", () => {
    const { answer } = askAfter(
      "what's snappy's update model?",
      "does photon have anything comparable?",
    );
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toEqual(["snappy", "photon"]);
  });

  it("should compare when a system's name follows 'next to'", () => {
    const { answer } = askAfter("what kernel does coreos ship?", "put it next to atomic");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toEqual(["coreos", "atomic"]);
  });

  it("should not compare things set next to something that is no system", () => {
    expectIntent("answer", "can we run classic apps next to containers on snappy?");
  });
});

describe("questions passed on with a request to look into them", () => {
  it("should ask what someone 'wants to know', not the request to check", () => {
    expectBeyondSources(
      "my boss wants to know whether coreos is still maintained, can you find out?",
    );
    expectFirstFact(/20 MB/, "the team wants to know if rancheros is tiny, can you check?");
  });

  it("should read downsides as the known problems", () => {
    expectFirstFact(/setenforce/, "what are the downsides of cockpit on atomic?");
  });
});

describe("'the odd one out'", () => {
  it("should compare the systems listed when one is asked to be the odd one out", () => {
    const answer = askReal(
      "kernels across coreos / atomic / rancheros / photon / snappy: is atomic the odd one out?",
    );
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toHaveLength(5);
  });
});

describe("asked what it answers from", () => {
  it("should list every article it answers from, with its link", () => {
    const answer = askReal("which articles do you use?");
    expect(answer.intent).toBe("help");
    expect(answer.citations.map((c) => c.id)).toEqual(realKb().sources.map((s) => s.id));
    expect(answer.citations.every((c) => c.url.startsWith("https://"))).toBe(true);
  });
});

describe("power cuts, amounts of bandwidth, backups and the form of answer asked", () => {
  it("should read a machine that loses power as one that fails", () => {
    const question = "what happens to the containers when a coreos node loses power?";
    expectIntent("answer", question);
    expectFirstFact(/migrat/, question);
  });

  it("should read a link's speed as an amount, no product's name", () => {
    const question =
      "snappy updates over our 4mbit link - does it pull the whole app down every time?";
    expectIntent("answer", question);
    expectFirstFact(/only the changes|download/i, question);
  });

  it("should say the sources give no commands to back something up", () => {
    const { answer } = askAfter("what is etcd", "how do i back it up - exact commands");
    expect(answer.intent).toBe("no_match");
    // Not the sources asked whether they back a claim up.
    expectIntent(
      "answer",
      "someone suggested rancheros for embedded boxes. do the sources back that up?",
      "coreos is based on chromeos, any source to back it up?",
    );
  });

  it("should read a few words on the answer's form after a comma as asked", () => {
    expectBeyondSources("how do i install docker on snappy, the actual command to type");
    // A figure the sources give, asked for as it is.
    expectFirstFact(/20 ?MB/, "how big is rancheros, the actual number");
  });

  it("should compare every system on who makes each", () => {
    const answer = askReal("who make each of these?");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toHaveLength(6);
  });

  it("should offer help when asked what questions it answers", () => {
    expectIntent("help", "on what kind of questions you answer?");
    // Not a question on what a system can handle, nor AIDE, the file-integrity checker.
    expectIntent("compare", "which os would you pick to handle iot stuff");
    expectBeyondSources("can i run aide on rancheros");
  });
});

describe("a short yes-or-no question about what the clause before names", () => {
  it("should ask what the clause before names when a short question follows without a '?'", () => {
    expectBeyondSources("vmware photon on hyper-v, does it work");
    // The clause before is asked, and answered where the sources can.
    expectFirstFact(/20 ?MB/, "rancheros image size, is it small");
  });

  it("should read 'exactly?' after a request as asking it, in French too", () => {
    const { answer } = askAfter(
      "is docker a framework on snappy?",
      "ok the command to install it, exactement ?",
    );
    expect(answer.intent).toBe("no_match");
  });
});

describe("later owners and names, and a private store", () => {
  it("should say the sources cannot know later renames or owners", () => {
    expectBeyondSources(
      "did mesosphere rename dcos?",
      "is dcos now called something else?",
      "which one would red hat push now that they own coreos",
    );
    // A team that owns its systems, and units renamed, are no company's later history.
    expectIntent(
      "answer",
      "our platform team now owns the coreos cluster, how do updates work?",
      "i renamed coreos units and fleet lost them, why",
    );
  });

  it("should say the sources do not cover running a private snap store", () => {
    expectBeyondSources("how do i run a private store for snappy apps?");
  });
});

describe("the asker's own products and follow-ups set against what was said", () => {
  it("should say the sources know nothing of a product the asker's system is to work with", () => {
    expectBeyondSources("will snappy core work with our wenco dispatch server software");
    // A product the facts know is answered.
    expectIntent("answer", "does coreos work with our kubernetes cluster?");
  });

  it("should read 'it' as the system in play when it is set against another", () => {
    const { answer } = askAfter("what is dcos", "so it's better than coreos for my hadoop stuff?");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toEqual(["dcos", "coreos"]);
    expect(answer.facts[0]?.text).toMatch(/Hadoop/);
    // Not "it" beside another system, with nothing set against it: the sources write SELinux
    // of Atomic, not of Photon.
    const selinux = askAfter(
      "tell me about atomic",
      "does photon have selinux too, or does it skip it?",
    );
    expect(selinux.answer.intent).toBe("no_match");
  });

  it("should keep a follow-up's new question about another system its own after 'compared to'", () => {
    const { answer } = askAfter(
      "how does atomic update",
      "compared to coreos, how does rancheros update?",
    );
    expect(answer.systems).toEqual(["coreos", "rancheros"]);
  });
});

describe("custom images and 'why not?'", () => {
  it("should lead with the image builder for a custom Atomic image", () => {
    expectFirstFact(
      /rpm-ostree-toolbox/,
      "how would i make a custom atomic image with our monitoring agent baked in",
    );
  });

  it("should read 'why not?' as asking the reasons behind the last answer, on its topic", () => {
    const { answer } = askAfter("is project atomic production ready", "why not?");
    expect(answer.topics).toEqual(["maturity"]);
  });
});

describe("counts, measures after 'how', and what the bot advises on", () => {
  it("should read a count before a machine as a count, no version", () => {
    expectIntent("compare", "rancheros or coreos for a tiny 2 node setup with nobody onsite");
    // A release of a product the facts name is still one ("centos 7 server").
    expectBeyondSources("how do i harden ssh on a centos 7 server?");
  });

  it("should read 'how much' after a clause as asking what the clause names", () => {
    expectBeyondSources("rhel atomic host subscription, how much $");
  });

  it("should lead with the base distributions for the distros Atomic sits on top of", () => {
    expectFirstFact(/RHEL, Fedora or CentOS/, "atomic host - what distros can it sit on top of");
    // Who sits on a committee is no base distribution.
    expectBeyondSources("who sits on project atomic's steering committee?");
  });

  it("should say the sources give no confinement modes or monthly volumes", () => {
    expectBeyondSources("ubuntu core snap confinement strict vs classic?");
    const { answer } = askAfter("snappy delta updates?", "how many MB a month would that be?");
    expect(answer.intent).toBe("no_match");
  });

  it("should offer help when asked what matters it advises on, not which os it would advise", () => {
    expectIntent("help", "could you kindly set out what matters you are able to advise on?");
    expectIntent("compare", "which os would you advise for iot stuff?");
  });
});

describe("review of this session's second batch", () => {
  it("should keep saying the sources don't say when asked 'why?' after that reply", () => {
    const { answer } = askAfter("how much does coreos cost today?", "why not?");
    expect(answer.intent).toBe("no_match");
  });

  it("should read 'it' before another system's name as the system in play", () => {
    const { answer } = askAfter("tell me about photon", "does it do lightwave like coreos does?");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/Lightwave/);
  });

  it("should set what was said against the systems after 'compared to', unless it asks of another", () => {
    const { answer } = askAfter("what kernel does atomic ship?", "compared to coreos and photon?");
    expect(answer.systems).toEqual(["atomic", "coreos", "photon"]);
  });

  it("should read a backup asked for, later renames and owners, and a dead machine", () => {
    expectBeyondSources(
      "coreos etcd data, what's the best way to back it up?",
      "did red hat rename coreos?",
      "who now owns coreos?",
      "how to update coreos manually, the actual command i need to run",
    );
    expectFirstFact(/migrat/, "if a coreos machine is dead do containers move?");
    expectIntent("answer", "is coreos dead simple to set up?");
  });

  it("should not read chat's 'probs' as problems: it is 'probably' too", () => {
    // Read as "problems", it answered with Cockpit's and Docker's known problems.
    const answer = askReal("what's probs the best pick for a vmware shop?");
    expect(answer.facts.map((f) => f.text).join(" ")).not.toMatch(/setenforce|permission denied/);
  });

  it("should name the asker's own thing without the words after it", () => {
    const { text } = askReal("does dcos work with our kafka cluster yet?");
    expect(text).toMatch(/anything about kafka cluster\./);
  });
});

describe("the asker's own practice", () => {
  it("should read 'as we currently do' as the asker's practice, not how a system stands today", () => {
    expectFirstFact(/yum/, "can we use yum on atomic, as we currently do on our rhel servers?");
    // Still a status question when asked of the system.
    expectBeyondSources("is coreos currently maintained?");
    // And "how do i backup etcd" still asks for a backup.
    expectBeyondSources("how do i backup etcd on coreos?");
  });
});

describe("counts beside names, 'a number of' and built-in things", () => {
  it("should read a count of machines or questions after a system's name as no version", () => {
    expectIntent("answer", "coreos 3 nodes, what happens when one dies?");
    expectIntent("answer", "rancheros, 2 questions: what init and what size?");
    // A release is still one, whatever the punctuation or the noun after it.
    expectBeyondSources(
      "is coreos 2 better than atomic",
      "coreos, 1235 - which docker?",
      "fedora atomic 25 host: is docker built in?",
      "we're on coreos 1122 stable hosts - what docker version?",
      // A figure one fact gives of something else (OAuth 2.0) is no etcd release.
      "which of them has etcd 2.0?",
    );
  });

  it("should read 'a number of' as some, no figure asked", () => {
    expectIntent(
      "answer",
      "we already run ubuntu on a number of servers. is snappy aimed at firms like ours?",
    );
    // "the number of" still asks one.
    expectFirstFact(
      /two Docker daemons|System Docker/,
      "what's the number of docker daemons on rancheros?",
    );
  });

  it("should read 'baked in' as built in", () => {
    expectFirstFact(/Kubernetes/, "does atomic come with kubernetes baked in or do i add it");
  });
});

describe("the things a system runs, French question words and the scene's systems", () => {
  it("should lead with the named things when asked which of a kind of thing a system runs", () => {
    expectFirstFact(/udev/, "Which of the system services on RancherOS run as containers?");
    // Not what asks for the system that includes a thing.
    expectFirstFact(/Kubernetes/, "what includes kubernetes?");
  });

  it("should read French question words as the English ones", () => {
    const { intent, systems } = askReal("geard vs fleet c'est quoi la différence");
    expect(intent).toBe("compare");
    expect(systems).toEqual(["atomic", "coreos"]);
    expectFirstFact(/ext4/, "quel système de fichiers pour coreos?");
  });

  it("should not let the scene's words choose which systems a ranking covers", () => {
    const { intent, systems } = askReal(
      "which of these container os's is the smallest? thinking about the crappy internet again",
    );
    expect(intent).toBe("compare");
    expect(systems).toHaveLength(6);
    // Alternatives set side by side in a later clause still name the systems.
    expect(askReal("which is smaller? the one with etcd or the one with marathon").systems).toEqual(
      ["coreos", "dcos"],
    );
  });
});

describe("'more than that', 'answer to' and 'flip back'", () => {
  it("should read 'or more than that?' as asked of the thing, not a ranking of the systems", () => {
    const { intent, systems } = askReal(
      "what can fleetctl actually do? list/start/stop stuff across the whole cluster or more than that?",
    );
    expect(intent).toBe("answer");
    expect(systems).toEqual(["coreos"]);
    // "smaller than that", "more than that" of another system still set it against the one just
    // said.
    const { answer } = askAfter("how big is coreos", "is rancheros smaller than that?");
    expect(answer.intent).toBe("compare");
    const more = askAfter("docker 1.5 on coreos", "does rancheros have more than that?");
    expect(more.answer.intent).toBe("compare");
  });

  it("should read 'answer to' as 'response to'", () => {
    expectFirstFact(/response to the interest in CoreOS/, "was atomic red hat's answer to coreos?");
    // Not "react to", which is how a system behaves.
    expectFirstFact(/migrat/i, "how does coreos react to a node going down");
  });

  it("should read 'flip back to the old version' as a rollback", () => {
    expectFirstFact(
      /roll|revert|previous/i,
      "atomic: if an os upgrade bricks a box at 6am, can we flip back to the old version",
    );
  });
});

describe("'ud' and 'rest of them'", () => {
  it("should read chat's 'ud' as 'you'd'", () => {
    const { answer } = askAfter("wat is geard", "example of what ud actually use it for?");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["atomic"]);
  });

  it("should read 'rest of them?' without 'the' as the other systems", () => {
    const { answer } = askAfter("what fs does atomic use", "rest of them?");
    expect(answer.intent).toBe("compare");
    expect(answer.systems.length).toBeGreaterThan(2);
  });
});

describe("policies and profiles of the asker's own", () => {
  it("should say the sources give no SELinux policy module of the asker's", () => {
    const { answer } = askAfter(
      "does atomic use selinux",
      "cool, can u give me the selinux policy module so our gate ocr container can write to /mnt/nas",
    );
    expect(answer.intent).toBe("no_match");
    // What the sources say of profiles and policies still answers.
    expectIntent(
      "answer",
      "does snappy use an apparmor profile for each app?",
      "does snappy give each app a custom apparmor profile?",
      "can I set a custom policy for coreos reboots?",
    );
  });
});

describe("machines falling over and the reason for a size", () => {
  it("should read a machine that 'falls over' as one that fails", () => {
    expectFirstFact(
      /migrated/,
      "coreos machine fell over during the night - what happened to the containers it was running?",
    );
  });

  it("should give the reason when a follow-up asks why a size is what it is", () => {
    const { answer } = askAfter("rancheros size?", "why's it so small");
    expect(answer.facts[0]?.id).toBe("rancheros-size-stripped-lightweight");
    // Asked again with the size's own word, the figure still leads.
    expect(askAfter("rancheros size?", "and atomic?").answer.facts[0]?.text).toMatch(/MB/);
  });
});

describe("how one is supposed to do without a tool", () => {
  it("should lead with the way to get the tool, not that it is missing", () => {
    expectFirstFact(
      /toolbox/,
      "coreos has no perl - how are we supposed to run our perl tooling on a host then?",
    );
  });
});

describe("where a system comes from and what a thing is for", () => {
  it("should read 'built off', 'from scratch' and 'roots in' as asking where it comes from", () => {
    expectFirstFact(
      /ChromeOS/,
      "is coreos built off another OS or did they start from scratch?",
      "coreos has roots in which OS",
    );
  });

  it("should lead with what a thing is used for when asked what it is for", () => {
    expectFirstFact(/service discovery|handy for/, "what would i use etcd for");
    const { answer } = askAfter("what is etcd in coreos", "ok but what would we use it for?");
    expect(answer.facts[0]?.text).toMatch(/service discovery|handy for/);
    // What a system uses for a thing is still that thing.
    expectFirstFact(/systemd/, "what does coreos use for init");
  });
});

describe("sites, discounts, every option and what things became", () => {
  it("should say the sources cannot know these", () => {
    expectBeyondSources(
      "is the coreos website still up?",
      "any nonprofit discount on dcos enterprise?",
      "list every flag of the fleetctl command",
      "did rancheros ever turn into something bigger?",
    );
  });

  it("should still answer what a thing was meant to turn into", () => {
    expectIntent("answer", "what is geard supposed to turn into?");
  });
});

describe("what another system uses instead", () => {
  it("should ask the last question again of the system named", () => {
    const { answer } = askAfter("does snappy use apparmor", "what does atomic use instead");
    expect(answer.systems).toEqual(["atomic"]);
    expect(answer.facts[0]?.text).toMatch(/SELinux/);
  });
});

describe("the reasoning behind a design, and the distributions Atomic is built from", () => {
  it("should read 'reasoning', 'justification' and 'thinking behind' as asking why", () => {
    expectFirstFact(
      /frequent, reliable updates/,
      "what's the justification for coreos auto updating",
      "coreos: what's the reasoning behind forcing updates",
    );
  });

  it("should lead with Atomic's releases for each Red Hat distribution", () => {
    expectFirstFact(
      /Fedora, RHEL and CentOS/,
      "atomic host can be built on which red hat linux variants?",
    );
  });
});

describe("the review's guards: everyday words the limits and cues must not take", () => {
  it("should answer what the sources say of services still up, all the options and GA", () => {
    expectIntent(
      "answer",
      "are the services still up during a rolling coreos update",
      "did dcos ever become GA",
    );
    expectIntent("compare", "of all the options which one is smallest");
  });

  it("should answer what a system is used for from what characterises it, not one tool", () => {
    expect(askReal("what is coreos used for").facts[0]?.text).not.toMatch(/etcd/);
  });

  it("should not carry a limit over to what another system uses instead", () => {
    expect(
      askAfter("is fleet still maintained?", "what does atomic use instead?").answer.intent,
    ).toBe("answer");
  });
});

describe("two rare words of one fact, in a long scene", () => {
  it("should answer what happens when a node dies, however much scene surrounds it", () => {
    const question =
      "if one of the coreos vms dies mid-backup what happens to the containers it was running? the colo is a 3 hour drive";
    expectIntent("answer", question);
    expectFirstFact(/migrated/, question);
    // A question beyond the sources stays beyond them.
    expectBeyondSources("what happens to coreos containers now that the project was discontinued?");
  });
});

describe("an example of a configuration", () => {
  it("should say the sources give no example configuration, whatever names it", () => {
    expectBeyondSources(
      "sample marathon json for a web app on dcos?",
      "give me an example fleet unit file for nginx",
    );
    // An example of what a thing is used for is still answered.
    expectIntent("answer", "what's an example of a cloud-config use on coreos");
  });
});

describe("the second review's guards", () => {
  it("should keep a limit asked in a condition or an indirect question", () => {
    expectBeyondSources(
      "curious if coreos is still maintained",
      "is coreos ok when memory is tight, like 512mb boxes?",
      "when is the end of life of coreos",
    );
  });

  it("should not answer of one system from two words of another system's fact", () => {
    expectIntent(
      "no_match",
      "picture this: black friday, 2am, a photon box in rack 4 has died. what happens to the containers on it?",
    );
  });

  it("should not read 'discount' as a price when it means setting aside", () => {
    expectIntent(
      "answer",
      "should we discount atomic since hayden said it's not production ready?",
    );
    expectBeyondSources("is there a discount for startups on tectonic");
  });

  it("should still find the facts that use the word 'reasoning'", () => {
    expectFirstFact(/makes sense/, "what's the reasoning for rancheros init?");
  });
});

describe("the third review's guards: examples the sources describe", () => {
  it("should answer 'for example', a configuration's use and its documentation", () => {
    expectIntent(
      "answer",
      "is there example lb config documentation for coreos on amazon?",
      "give me an example cloud-config use case on coreos",
      "example unit in fleet: is a unit a container?",
      "why does coreos need so much boilerplate, sidekick unit files etc",
    );
    // A configuration asked for, written out, is still beyond the sources.
    expectBeyondSources("sample fleet unit for a global service");
  });
});

describe("dates, chemicals and measures are no product names", () => {
  it("should answer a question whose scene names a day, a gas or a measure", () => {
    expectIntent(
      "answer",
      "what happens to the containers if a coreos node dies on march 3 during our audit",
      "our h2s sensor container runs on atomic; after a bad update can we roll back the os?",
      "we have 40ha of orchards and 2u boxes - how does coreos do its os updates?",
    );
    // A product with a number is still beyond the sources.
    expectBeyondSources("does coreos run k3s well?");
  });
});

describe("pasted configuration and versions of today", () => {
  it("should say the sources cannot give these", () => {
    expectBeyondSources(
      "atomic kickstart for our lab, just paste it",
      "fleet unit for our api, copy paste pls",
      "(photon) which docker version is it on today",
      "what version is coreos at now?",
    );
  });

  it("should answer questions with 'paste', 'version' and 'now' in another sense", () => {
    // Guards, from the review: the asker's own version, and pasting as a way of working.
    expectIntent(
      "answer",
      "the version we run now is 647 - does coreos 647 ship docker 1.5?",
      "can i just paste ssh keys into the cloud-config on coreos?",
    );
  });
});

describe("what runs inside a thing, and a question passed on", () => {
  it("should lead with the fact that names what runs inside it", () => {
    const { answer } = askAfter("what is system docker on rancheros?", "what runs inside it?");
    expect(answer.facts[0]?.text).toMatch(/udev/);
  });

  it("should not let who passes the question on choose the facts", () => {
    expectFirstFact(
      /SELinux/,
      "the central ops group asked if coreos has selinux on",
      "our centralised platform team keeps asking whether coreos ships selinux",
    );
  });

  // A guard: "now" before "version" goes on talking.
  it("should answer what version a source gave without taking 'now' from before it", () => {
    expectIntent("answer", "ok now what version of docker does photon ship?");
  });
});

describe("a follow-up that asks the system's topic in its own words", () => {
  it("should answer it of the system, not the earlier question's thing again", () => {
    expect(
      askAfter("how large is the rancheros download?", "why is it that small?").answer.facts[0]?.id,
    ).toBe("rancheros-size-stripped-lightweight");
    expect(
      askAfter("rancheros disk footprint?", "how come it is so small").answer.facts[0]?.id,
    ).toBe("rancheros-size-stripped-lightweight");
    // A guard: asked of the system's tools, not why, the earlier "gui" still helps.
    expect(
      askAfter("does coreos have a gui?", "what management tools does it have?").answer.facts[0]
        ?.text,
    ).toMatch(/GUI|fleet/);
  });

  it("should still ask about the thing of the system the earlier question named", () => {
    // A guard: "it" is geard, the thing asked about.
    expect(
      askAfter("what's geard on atomic", "does it work across several hosts?").answer.facts[0]
        ?.text,
    ).toMatch(/geard/);
  });
});

describe("whether a thing is dead", () => {
  it("should say the sources cannot know it", () => {
    expectBeyondSources(
      "is fleet from coreos dead?",
      "is geard dead",
      "is rkt from the coreos team dead?",
    );
  });

  it("should still answer of the asker's own things, cases and a quiet channel", () => {
    // Guards: "dead" of the asker's things, of what happens in a case, and of a busy place.
    expectIntent(
      "answer",
      "if the coreos node is dead what happens to its containers?",
      "is prod dead? coreos is rebooting for updates, is that expected?",
      "is docker dead on rancheros if system docker dies?",
      "the coreos irc channel is pretty dead, how many people are in it?",
    );
  });
});

describe("a configuration asked for, written out", () => {
  it("should say the sources give none, however it is asked for", () => {
    expectBeyondSources(
      "give me a marathon json for our redis service on dcos",
      "fleet unit for a global nginx service, example please",
      "vagrantfile for two atomic hosts - example?",
    );
  });

  it("should still answer what a configuration is and does", () => {
    // Guards: an overview or an example of what it does is what the sources describe.
    expectIntent(
      "answer",
      "give me a cloud-config overview for coreos",
      "give me an example of what cloud-config does on coreos",
      "json files on atomic, what are they for? example?",
    );
  });
});

describe("a halfway house, a replacement for yum and the hours of an outage", () => {
  it("should answer what the sources say, in the asker's words", () => {
    // A halfway house is somewhere to pass through: Rosland's "transitional OS".
    expectFirstFact(/transitional OS/, "is snappy more of a halfway house than a container os?");
    expectIntent("answer", "yum replacement on atomic?");
    expectFirstFact(/replaces yum/, "yum replacement on atomic?");
    expectIntent("answer", "on hour 9 of this outage - how does rancheros update its kernel?");
    // A successor of a system is still beyond the sources.
    expectBeyondSources("is there a replacement for coreos these days?");
  });
});

describe("what kind of questions the bot takes", () => {
  it("should tell what it can answer, whatever system is named as an example", () => {
    expectIntent("help", "what kinds of questions can you handle, only atomic or everything?");
    // A guard: what a tool lets you do is asked of the tool.
    expectIntent("answer", "what sort of things can you do with fleet?");
  });

  it("should tell what it can answer in a conversation about a system too", () => {
    const { answer } = askAfter("coreos clustering?", "what kind of questions do u take about it?");
    expect(answer.intent).toBe("help");
  });
});

describe("resetting a user's password", () => {
  it("should say the sources give no steps for it", () => {
    expectBeyondSources("forgot it - how do we reset the user password on atomic");
    // A guard: whether the user has a password is in the sources.
    expectIntent("answer", "does the core user on coreos have a password?");
  });
});

describe("the review of the pasted, dead, version and help rules: guards", () => {
  it("should answer a configuration explained, compared or asked about, and 'copy paste please'", () => {
    expectIntent(
      "answer",
      "can you give me a unit file explanation? what's a unit in fleet?",
      "does geard use json files to link containers? example please",
      "copy paste please what hayden said about selinux on atomic",
    );
  });

  it("should answer an outage's 'is X dead on …' and a sentence that starts with 'now'", () => {
    expectIntent(
      "answer",
      "is fleet dead on node 2? what does fleet use etcd for",
      "is selinux dead on our atomic hosts? we ran setenforce 0 for cockpit",
    );
    expectIntent(
      "compare",
      "what docker version did rancheros ship in the table? now compare with photon",
    );
  });

  it("should answer what one can do with a tool, and a date the asker sets", () => {
    expectIntent(
      "answer",
      "what sort of things can you check with cockpit on atomic?",
      "updates are frozen from dec 18, what update strategies does coreos have?",
    );
  });

  it("should keep a successor of a system beyond the sources, whatever it says of yum", () => {
    expectBeyondSources("what's the replacement for atomic host? we want something without yum");
  });

  // Guards from the third review: Atomic's yum words must not answer what replaces other things.
  it("should not answer what replaces another tool with Atomic's yum fact", () => {
    for (const question of [
      "is fleet a replacement for systemd?",
      "is geard a replacement for fleet?",
    ])
      expect(askReal(question).facts[0]?.id, question).not.toBe(
        "atomic-packages-rpm-ostree-replaces-yum",
      );
  });
});

describe("installing on one's own premises", () => {
  it("should lead with PXE and KVM when the asker says 'on prem'", () => {
    expectFirstFact(/PXE/, "how do we install coreos on prem?");
  });
});

describe("what the asker sets aside with 'besides'", () => {
  it("should not let what is set aside lead", () => {
    expectFirstFact(/rkt/, "can coreos run anything besides docker containers?");
  });

  // Guard: a fact that lists what is set aside among the rest still answers "what else".
  it("should still lead with a fact that lists it with the rest", () => {
    expectFirstFact(/Kerberos/, "does lightwave do anything besides ldap on photon");
  });
});

describe("which one boots faster", () => {
  it("should compare with what the sources say of boot speed when a system asked has it", () => {
    for (const question of [
      "rancheros or photon, which one boots quicker?",
      "is photon quicker to boot than atomic?",
    ]) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("compare");
      expect(answer.facts[0]?.text, question).toMatch(/boot extremely quickly/);
    }
    // The table's cell for Photon says it short, not "see below".
    const cells = askReal("photon vs coreos, which boots faster?").table?.rows[0]?.cells;
    expect(cells?.[0]).toBe("boots quickly on VMware");
  });

  // Guard: of systems whose facts say nothing of boot speed, it is still a figure they lack.
  it("should say the sources give no figures when none of the systems asked has one", () => {
    expectBeyondSources(
      "does rancheros boot faster than coreos?",
      "atomic or snappy, which boots fastest?",
    );
  });
});

describe("the asker's own things, counted", () => {
  it("should read 'most of our servers are rhel 7' as the asker's setup, not a version asked", () => {
    expectIntent("compare", "atomic or coreos? most of our servers are rhel 7 already");
    expectIntent("answer", "is photon a good fit? half our hosts are esxi 6 still");
  });

  // Guard: the same version asked in the clause that asks is still beyond the sources.
  it("should still say the sources cannot know a version asked of a system", () => {
    expectBeyondSources("all our laptops run windows 10. does snappy run on windows 10?");
  });
});

describe("what a system is built off", () => {
  it("should lead with its base distribution", () => {
    expectFirstFact(/Fedora/, "what distro is atomic host built atop");
  });
});

describe("a figure asked of no system in particular", () => {
  it("should say the sources give no figures for the fastest boot of all", () => {
    expectBeyondSources("which container os boots fastest?");
  });

  // Guards from the second review: what one system's facts say still answers a question of none.
  it("should still answer from the one fact that says it", () => {
    expectIntent("answer", "which os saves bandwidth on updates?");
    expectFirstFact(/popular/, "which container os is the most popular?");
  });
});

describe("the second review's near misses: guards", () => {
  it("should keep what the asker's people need as what is asked", () => {
    expectBeyondSources("all our users want docker 1.9, which os has it?");
  });

  it("should read 'runs on top of' as what runs on it, not what it is based on", () => {
    expect(askReal("what runs on top of coreos?").facts[0]?.text).not.toMatch(/ChromeOS/);
  });

  it("should answer of the newest image the asker already runs", () => {
    expectIntent("answer", "we're on the newest atomic ami, does selinux work?");
  });
});

describe("a follow-up that only sets something aside", () => {
  it("should stay on the system in play, not give up", () => {
    const answer = askAfter("what does coreos use for clustering?", "excluding etcd?");
    expect(answer.answer.intent).toBe("answer");
    expect(answer.answer.systems).toEqual(["coreos"]);
  });
});

describe("what the bot answers, with a system as the example of a limit", () => {
  it("should tell what it can answer", () => {
    expectIntent(
      "help",
      "what can you answer? just atomic stuff or other things too?",
      "what do you know about, only photon or more?",
    );
  });

  // Guard: "only … or others" about a thing the facts name asks about the thing.
  it("should still answer whose a thing is", () => {
    expectIntent("answer", "is etcd only for coreos or others too?");
  });
});

describe("a place in a list, numbered", () => {
  it("should read 'process #1' and 'truck 3' as no version", () => {
    expectIntent("answer", "the thing rancheros runs as process #1, what is it?");
    expectIntent("compare", "is rancheros smaller than coreos? the box in truck 3 is nearly full");
  });

  // Guard: a product's number is still a version the sources lack.
  it("should still refuse a later release of a product", () => {
    expectBeyondSources("does photon run on esxi 8?");
  });
});

describe("the third review's near misses: guards", () => {
  it("should read a ticket's or a step's '#' number as no figure asked", () => {
    expectIntent(
      "answer",
      "ticket #812: does coreos have selinux?",
      "step #3 of our runbook says set a root password on atomic, is it blank by default?",
    );
    expectFirstFact(/3\.19\.3/, "is coreos release #647 the one with kernel 3.19.3?");
  });

  it("should answer a thing asked of after a question about the bot", () => {
    expectIntent(
      "answer",
      "what can you tell me: is fleet just coreos or other systems too?",
      "what can you do? only atomic or more? also does atomic use selinux?",
    );
  });

  it("should keep the asker's counted scene theirs when the question does not point back at it", () => {
    expectIntent("answer", "each of our customers wants rhel 7, can atomic be based on rhel?");
  });
});

describe("a comparison of systems no one named", () => {
  it("should lead with the system whose facts say what is asked", () => {
    expectFirstFact(/xfs/, "which of them uses xfs?");
    expectFirstFact(/boot extremely quickly/, "which boots faster?");
    expectFirstFact(/4\.0\.0/, "which one has the newest kernel?");
  });

  // Guard: a topic's everyday word orders nothing; the systems keep their order.
  it("should keep the usual order when only the topic is asked", () => {
    expect(askReal("compare all on updates").facts[0]?.system).toBe("coreos");
  });

  // Guards from the review: everyday words ("minimal", "production ready") find several systems'
  // facts, so no system leads by them.
  it("should keep the usual order when no system's facts clearly say it more", () => {
    expect(askReal("which of them is production ready?").facts[0]?.system).toBe("coreos");
    // A measurement ranks them instead: the most minimal is the smallest.
    expect(askReal("which of them is the most minimal?").facts[0]?.system).toBe("rancheros");
  });

  // Guard: systems the asker names keep the order they were named in.
  it("should keep the order the asker named them in", () => {
    expect(askReal("coreos vs atomic, which uses xfs?").facts[0]?.system).toBe("coreos");
  });
});

describe("what the bot answers, asked in a thread", () => {
  it("should tell what it can answer after an answer about a system", () => {
    const { answer } = askAfter(
      "the thing rancheros runs as process #1, what is it?",
      "what can you answer? just atomic stuff or other things too?",
    );
    expect(answer.intent).toBe("help");
  });
});

describe("a request after the asker's scene", () => {
  it("should read 'give me …' as what is asked, and the asker's sentence before it as scene", () => {
    for (const question of [
      "we need to choose before the audit. give me all of them side by side",
      "gimme all six in a line each, i'm on my phone",
    ]) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("compare");
      expect(answer.systems, question).toHaveLength(6);
    }
  });

  // Guard: the words before a request's comma name what is requested.
  it("should keep what the words before the request name", () => {
    expectBeyondSources("exact fleetctl syntax to start a unit, give me the command line");
  });
});

describe("the asker's own scene after a lead-in", () => {
  it("should read the scene after 'long story but' as the asker's", () => {
    const answer = askReal(
      "long story but we're moving everything onto the esxi box at HQ. photon or coreos?",
    );
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toEqual(["photon", "coreos"]);
  });

  it("should not ask of a system what the asker says they did with another", () => {
    const answer = askReal("we moved off coreos last year. does atomic have etcd?");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["atomic"]);
  });

  // Guard: the system of the asker's scene, asked about, is still asked about.
  it("should still refuse what is asked of the system in the asker's scene", () => {
    expectBeyondSources("we run coreos in prod, is it still maintained?");
  });
});

describe("numbers that count or quote", () => {
  it("should read a number before a machine as a count, not a release", () => {
    expectIntent(
      "compare",
      "coreos or rancheros for a modest 5 box cluster?",
      "atomic or photon on a spare 2 server rack?",
    );
  });

  it("should read a size a system's facts quote, its unit dropped, as that size", () => {
    expectIntent("compare", "coreos is 164mb and rancheros 20 right? which is smaller?");
  });

  // Guards: a product's number before a machine, and a number no size of it, are releases.
  it("should still refuse releases the sources never give", () => {
    expectBeyondSources("does photon run on an esxi 8 host?", "is photon 3 any smaller?");
  });
});

describe("figures of speed", () => {
  it("should refuse how much faster or slower one is, which the sources never measure", () => {
    expectBeyondSources(
      "how much faster does atomic update than coreos?",
      "how much slower is snappy than ubuntu at running docker?",
    );
  });
});

describe("what the sources say, asked of the systems", () => {
  it("should answer a question the sources are asked to settle, not describe them", () => {
    expectIntent("compare", "which of them do your sources say are production ready?");
  });

  // Guard: the bot's own sources asked about are help.
  it("should still describe its sources when asked about them", () => {
    expectIntent("help", "how current are your sources?");
  });
});

describe("a clause pointed back at", () => {
  // Guard from the review: "that" after a sentence about another system is the thing, asked of
  // the system the question names, not a comparison led by the other.
  it("should answer of the system the question names", () => {
    const answer = askReal("cloud-config works great on coreos. does that even work on photon?");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["photon"]);
  });
});

describe("the asker's setup before a choice of systems", () => {
  it("should compare the systems offered after the asker tells what they run", () => {
    for (const [question, systems] of [
      ["we run centos 7. atomic or coreos?", ["atomic", "coreos"]],
      ["currently we run ubuntu. rancheros or snappy?", ["rancheros", "snappy"]],
    ] as const) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("compare");
      expect(answer.systems, question).toEqual(systems);
    }
  });

  it("should read a file's name as the asker's file, no product", () => {
    expectIntent("compare", "the cron job is named cleanup2.sh. photon or atomic?");
  });

  // Guard: a claim about a system, set before its tag question, is still what is asked.
  it("should still answer a claim about the system named first", () => {
    expect(askReal("i think rancheros uses systemd, same as coreos. right?").systems).toEqual([
      "rancheros",
    ]);
  });
});

describe("a list asked for", () => {
  it("should compare every system of a list that goes on in the words it started with", () => {
    const answer = askReal("show me the rancheros size, the snappy size and the photon size");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toEqual(["rancheros", "snappy", "photon"]);
  });
});

describe("the asker's setup said with when", () => {
  it("should read 'right now it's …' as the asker's own setup", () => {
    expectIntent("compare", "right now it's all centos 7 and a cron job. atomic or coreos?");
  });
});

describe("what the sources say, asked by what they say", () => {
  it("should answer what the sources say of the systems, not describe the sources", () => {
    expectIntent("compare", "what does your source say is the smallest?");
  });
});

describe("a price asked again", () => {
  it("should answer what the sources say of a system's price when asked of it after it", () => {
    const { answer } = askAfter("tell me about mesosphere dcos", "how much does it cost?");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/free/);
  });

  // Guard: of a system whose sources give no price, it is still beyond them.
  it("should still say the sources do not know another system's price", () => {
    expect(askAfter("tell me about coreos", "how much does it cost?").answer.intent).toBe(
      "no_match",
    );
  });
});

describe("settings and what changed since", () => {
  it("should refuse the name of a setting", () => {
    expectBeyondSources("what's the name of the setting that picks the update strategy on coreos?");
  });

  // Guards from the last review: what a system uses instead, and a part still in it, are what
  // the sources tell.
  it("should still answer what a system uses now instead and whether a part is still in it", () => {
    for (const question of [
      "so atomic uses rpm-ostree now instead of yum?",
      "is yum still part of atomic host?",
    ])
      expect(askReal(question).intent, question).toBe("answer");
  });

  // Guards from the review: names the sources give, and an upgrade path, are answered.
  it("should still answer the exact name of a thing the sources name, and an upgrade path", () => {
    expectFirstFact(/rpm-ostree/, "what's the exact name of atomic's update tool?");
    expectIntent("answer", "what's the upgrade path of atomic?");
  });
});

describe("a list asked for, and what is set aside", () => {
  // Guards from the review: a system set aside, or a sentence of its own, lists nothing.
  it("should answer the one system asked when another is set aside or told of", () => {
    for (const question of [
      "what's the photon kernel, not the coreos kernel",
      "how does atomic handle rollback, coreos has a/b rollback",
    ])
      expect(askReal(question).intent, question).toBe("answer");
  });
});

describe("questions about the bot's sources", () => {
  // Guard from the review: asked of the sources themselves, it is help.
  it("should describe its sources when asked what they say of themselves", () => {
    expectIntent("help", "do your sources say when they were written?");
  });
});

describe("a price asked of no system", () => {
  // Guards from the reviews: "it" with no system, with several, or with the price of something
  // more ("for enterprise"), is no price the sources give.
  it("should still say the sources do not give a price asked of no system", () => {
    expect(
      askAfter("what is mesosphere dcos?", "how much does it cost for enterprise?").answer.intent,
    ).toBe("no_match");
    expectBeyondSources("how much does it cost?");
    expect(
      askAfter("which os has the newest kernel?", "how much does it cost?").answer.intent,
    ).toBe("no_match");
  });
});

describe("what the asker's scene holds, and what a short question asks of it", () => {
  it("should read a processor architecture in the scene as hardware, not a product asked", () => {
    expectIntent(
      "compare",
      "so the setup: each store has a small x86 box and power gets cut a lot. between coreos and rancheros which copes better with a bad update?",
    );
  });

  it("should ask for what the clause before names when only the answer's form follows", () => {
    expectBeyondSources("set up a reboot window for coreos updates, whats the command");
  });
});

describe("what the sources tell of a system's parts", () => {
  // Guards from the review: what the sources say was left out, an example asked for, a shell
  // command, and options of which the sources name one, are answered.
  it("should still answer what was left out, an example, a shell command and a choice", () => {
    for (const question of [
      "did they remove yum from atomic host?",
      "show me an example of what rancheros is good for",
      "what shell command updates an atomic host?",
      "aws or azure — which does the free dcos edition target?",
    ])
      expect(askReal(question).intent, question).toBe("answer");
  });
});

describe("people counted, and things the asker says are all somewhere", () => {
  it("should read a number before a word for people as a head count, not a release", () => {
    expectIntent(
      "compare",
      "for our lean 3 person team, atomic or coreos?",
      "a busy 5 man crew here: coreos or rancheros?",
    );
  });

  it("should read 'all' after the asker's own things as theirs, not every system", () => {
    const { answer } = askAfter(
      "how do i log into atomic",
      "can i use ldap for that? our staff accounts are all in one directory",
    );
    expect(answer.systems).toEqual(["atomic"]);
    // Guards: "they" and the systems' own parts ("the kernels") are still the systems.
    expectIntent("compare", "are they all production ready?", "the kernels are all on 3.x?");
  });
});

describe("what the asker plans, and what the sources cannot say", () => {
  it("should read a plan after 'eventually' or 'at some point' as the asker's own", () => {
    for (const question of [
      "what does photon offer for identity? eventually we want logins through ldap",
      "does coreos ship etcd? at some point we'll need a shared config store",
    ])
      expect(askReal(question).intent, question).toBe("answer");
    // Guard: what became of a system later is still beyond the sources.
    expectBeyondSources("did atomic eventually get its own etcd?");
  });

  it("should say the sources cannot tell whether something is still so today", () => {
    expect(
      askAfter("is snappy production ready?", "and is that still the case now?").answer.intent,
    ).toBe("no_match");
    expect(askAfter("does coreos have a gui?", "is that how it is now?").answer.intent).toBe(
      "no_match",
    );
    // Guard from the review: "now" of another system asks the same of it.
    expect(
      askAfter("does coreos have a package manager?", "is that the case now for atomic too?").answer
        .intent,
    ).toBe("answer");
  });

  // Guards from the review: a time before "it" tells of the system, not the asker's scene; a
  // release before a word for a role is still a release.
  it("should still say the sources cannot tell what happened later or of a later release", () => {
    expect(
      askAfter("tell me about rancheros", "last year it got acquired, does that change anything?")
        .answer.intent,
    ).toBe("no_match");
    expectBeyondSources("is there an esxi 8 admin guide for photon?");
  });

  it("should not give facts for capped downloads, insecure registries or a vendor's phone", () => {
    expectBeyondSources(
      "how do i cap the download rate of coreos updates on a slow link?",
      "does rancheros allow an insecure registry?",
      "who do i call at night when rancheros breaks?",
    );
    // Guard from the review: what the facts say of download size still answers.
    expectIntent("answer", "does snappy's delta update help with download speed on a slow link?");
  });
});

describe("open source and security asked of the system in play", () => {
  it("should answer 'is it open source?' from the facts of the system in play", () => {
    const { answer } = askAfter("what is vmware photon?", "is it open source?");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/open-source/);
    // Guard: a system whose facts never say stays unanswered.
    expect(askAfter("who makes rancheros?", "is it open source?").answer.intent).toBe("no_match");
  });

  it("should read 'insecure' as a security question about what was just said", () => {
    const { answer } = askAfter("atomic root login?", "is that insecure?");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.topic).toBe("security");
  });
});

describe("where CoreOS's update design comes from", () => {
  it("should lead with the two images copied from ChromeOS", () => {
    expectFirstFact(/ChromeOS/, "what was the coreos update design inspired by?");
  });
});

describe("how long, and what a vendor dropped a system for", () => {
  it("should choose between the two systems just asked about by which took longer", () => {
    const engine = realEngine();
    const first = engine.ask("how old is rancheros?").context;
    const second = engine.ask("and photon?", first).context;
    const { answer } = engine.ask("which one took longer to get going?", second);
    expect(answer.intent).toBe("compare");
    expect([...answer.systems].sort()).toEqual(["photon", "rancheros"]);
  });

  it("should say the sources cannot tell how long support lasts or whether it ended", () => {
    expectBeyondSources(
      "is atomic no longer supported?",
      "how much longer will photon get updates?",
      "does snappy take longer to boot than coreos?",
      "did vmware drop photon for something else?",
    );
    // Guards from the review: the asker's own move, and "drop" for a release, are answered.
    expectIntent("compare", "should we drop coreos for rancheros?");
    expectIntent("answer", "when did vmware drop photon");
    // Guard: what a system no longer has, the sources tell.
    expectIntent("answer", "does atomic no longer use yum?");
  });
});

describe("who else uses a thing just asked about", () => {
  it("should lead with the projects that use etcd when asked who else uses it", () => {
    const { answer } = askAfter("what is etcd on coreos for?", "is anyone else using it?");
    expect(answer.facts[0]?.text).toMatch(/Kubernetes/);
  });
});

describe("later fates, and the people a setup counts", () => {
  it("should say the sources cannot tell what a system later became or whether it was stopped", () => {
    expect(askAfter("what is snappy?", "what did it later become?").answer.intent).toBe("no_match");
    expectBeyondSources("has vmware stopped making photon?");
  });

  it("should read a count of people after a system's name as no release", () => {
    expectIntent("answer", "does dcos 2 person setup work on aws?");
  });
});

describe("specific vulnerabilities, node limits and versions of a name written in camel case", () => {
  it("should say the sources name no specific CVE or node limit", () => {
    expectBeyondSources(
      "any known cves in atomic we should patch?",
      "is there a cve for rancheros i should worry about?",
      "does the free dcos edition have a node limit?",
    );
    // Guards from the review: how a system deals with CVEs in general, its facts say.
    expectIntent(
      "answer",
      "how does coreos deal with cves?",
      "how does a cve in coreos get patched?",
      "does auto-update protect coreos against known cves?",
    );
  });

  it("should read a version of vSphere as one the sources never give", () => {
    expectBeyondSources("which vsphere version does photon need?");
    // Guard: whether Photon runs on vSphere, they say.
    expectIntent("answer", "does photon run on vsphere?");
  });
});

describe("the asker's own plans and questions, from the whole session's review", () => {
  // Guards: "stop making", "later become", "they drop … for" and "any longer" of the asker's own
  // doings; a size the asker's notes give is still the systems'; "man" after a release.
  it("should answer what the asker plans or asks to stop, not read it as a system's fate", () => {
    expectIntent(
      "answer",
      "how do I stop making fleet reschedule units when a node reboots?",
      "if we later become a bigger shop, does coreos scale?",
      "does atomic use yum any longer?",
    );
    expectIntent("compare", "why would they drop snappy for coreos?");
    expectIntent("compare", "my notes say the sizes are all under 300mb, true?");
    expectBeyondSources("do the coreos 766 man pages cover fleetctl?");
  });
});

describe("remarks asked of a heading, timers and rough numbers", () => {
  it("should ask 'any gotchas?' of what the clause before names", () => {
    // Hyper-V is not in the sources; bare metal is.
    expectBeyondSources("photon on hyper-v, any gotchas?");
    expectIntent("answer", "atomic on bare metal, any gotchas?");
    // Guards from the review: what the clause sets aside, or a story of leaving it, is not asked.
    expectIntent(
      "answer",
      "coreos on bare metal (not hyper-v), any gotchas?",
      "rancheros on bare metal after leaving hyper-v, any gotchas?",
    );
  });

  it("should say the sources name no systemd timer", () => {
    expectBeyondSources("which systemd timer triggers coreos update checks?");
  });

  it("should read a number with -ish as that number, roughly", () => {
    expectIntent("answer", "which kernel did photon ship, 2015ish?");
    // Guards from the review: a later year is still beyond the sources; a count still counts.
    expectBeyondSources("what did rancheros look like in 2018ish?");
    expect(
      askAfter("compare rancheros and coreos", "we have 5ish of them, which is smallest?").answer
        .intent,
    ).toBe("compare");
  });
});

describe("a vulnerability's id", () => {
  it("should say the sources give no CVE by id, even one from their own years", () => {
    expectBeyondSources("is coreos vulnerable to CVE-2014-0160?");
  });
});

describe("readings from the session's first blind sets", () => {
  it("should find a verb's facts under both stems ('deploy' and 'deployment')", () => {
    // "deploy" stems to "deploi", and is also the stem of "deployment": both are its facts.
    expectFirstFact(/public cloud|PXE|fleetctl/i, "what are my options to deploy coreos?");
  });

  it("should read updates 'rolled out' as delivered, not rolled back", () => {
    expectFirstFact(/automatic/i, "how are coreos os updates rolled out?");
  });

  it("should let the other words choose among tools, as 'tools' names no kind of answer", () => {
    expectFirstFact(/etcd/, "which tools does coreos come bundled with?");
    // Guard from the review: another word naming management makes it the kind asked.
    expectFirstFact(/Cockpit/, "what tools does atomic have for management");
  });

  it("should count 'n of us' as people, not a version", () => {
    expectIntent("compare", "we are a tiny team, 2 of us: coreos or rancheros?");
  });

  it("should read 'at the moment' and 'yrs' as the limits they ask", () => {
    expectBeyondSources(
      "which kernel is rancheros on at the moment?",
      "does photon get 5 yrs of security updates?",
      "does cockpit show the firewall rules on atomic?",
    );
  });

  it("should answer isolation asked as one container interfering with another", () => {
    expectFirstFact(/sVirt|SELinux/, "can a container on atomic end up interfering with another?");
    // Guard from the review: one thing interfering with a named other is that clash.
    expectFirstFact(/setenforce/, "will selinux interfere with cockpit on atomic");
  });

  it("should compare two systems asked to choose between, with reasons", () => {
    expectIntent("compare", "photon or coreos, which suits vsphere better and why?");
  });

  it("should not count when the asker's story happened as something asked", () => {
    expectFirstFact(
      /another node|migrat/i,
      "one coreos machine fell over mid-afternoon on a summer friday. what happens to the containers that were on it?",
    );
  });
});

describe("the asker's own practice as a yardstick", () => {
  it("should rank by what is asked, not by the practice it is likened to", () => {
    expectFirstFact(
      /kickstart/i,
      "can i set up atomic by kickstart like we do the rhel and centos desktops",
      "can fedora atomic be kickstarted like our rhel boxes?",
    );
    // Guard: a likeness asked about is the question ("is it like rhel?").
    expectFirstFact(/RHEL, Fedora or CentOS/, "is atomic host like rhel?");
  });
});

describe("readings from the session's second blind sets", () => {
  it("should read a likeness the asker offers as no name asked of the system", () => {
    // Zookeeper is DCOS's: "is it basically zookeeper" likens etcd to it, asks nothing of CoreOS.
    expectFirstFact(/etcd/, "whats etcd for on coreos? is it basically zookeeper");
    // "is that just marketing": the jab after the question, no words of it.
    expectIntent(
      "answer",
      "is photon supposed to boot quickly on our ESX hosts or is that just marketing fluff?",
    );
  });

  it("should ask what a few words naming a system before the question name", () => {
    expectBeyondSources(
      "atomic default iptables rules, what is open out of the box?",
      "rancheros heartbleed cve, was it affected?",
    );
    // Guards: a purpose or the asker's own scene before the question is not asked; and from the
    // review, neither is what is set aside nor the asker's tooling named without a system.
    expectIntent(
      "compare",
      "for a small lab, which container os should we pick?",
      "24/7 shop, coreos or atomic?",
    );
    expectIntent(
      "answer",
      "iptables aside, how big is coreos?",
      "helm charts, does atomic ship kubernetes?",
      "gpu aside, does rancheros use systemd?",
    );
  });

  it("should answer whether there is paid support from the facts that say so", () => {
    // "have paid" is a price paid; "have paid support" asks whether there is any.
    expectIntent("answer", "does coreos have paid support?");
    expectFirstFact(/Tectonic/, "does coreos have paid support?");
  });

  it("should compare every system when the asker counts them all, names as examples", () => {
    const answer = askReal("which vendors are behind them? red hat, vmware... for all six please");
    expect(answer.intent).toBe("compare");
    expect(answer.systems).toHaveLength(6);
  });
});

describe("readings from the session's third blind sets", () => {
  it("should read 'keep docker current' as up to date, not how a system stands today", () => {
    expectIntent("answer", "will rancheros keep its docker engine current?");
    expectFirstFact(/latest/i, "will rancheros keep its docker engine current?");
    // Guard: today's version is still beyond the sources.
    expectBeyondSources("what is the current version of rancheros?");
  });

  it("should read 'if we ever get' as the asker's plans", () => {
    expectIntent("compare", "coreos or atomic, which is better if we ever get to fifty hosts?");
    // Guard: what a system ever became is still later history.
    expectBeyondSources("did rancheros ever get bought?");
  });

  it("should say the sources name no Docker restart policy or image pruning", () => {
    expectBeyondSources(
      "restart policy for my containers: always or unless-stopped?",
      "how do i prune dangling docker images?",
    );
  });
});

describe("how fleet keeps track", () => {
  it("should answer with etcd, fleet's manifest", () => {
    expectFirstFact(/etcd as its manifest/, "how does fleet keep track of the units it runs?");
  });
});

describe("keeping a system current, from the third review", () => {
  it("should answer with its updates, or say the sources have none, not with a date", () => {
    // "up to date" had asked a date: Photon's April 2015 release led "keep photon current".
    expectFirstFact(/rpm-ostree/, "how does atomic keep the host current?");
    const photon = askReal("how hard is it to keep photon current");
    expect(photon.intent).toBe("no_match");
    expect(photon.text).toMatch(/nothing on updates/);
  });
});

describe("both builds' misses from the session's reviews", () => {
  it("should take 'that helped' as thanks", () => {
    expect(askAfter("how big is rancheros?", "thank you, that helped").answer.intent).toBe("help");
  });

  it("should read 'size-wise' as size and 'the most current kernel' as the newest then", () => {
    expectIntent("compare", "size-wise, which is smallest?");
    expectFirstFact(/4\.0\.0/, "which of them has the most current kernel?");
  });
});

describe("every system counted, examples after", () => {
  it("should compare all six when the count ends its clause or examples follow it", () => {
    for (const question of [
      "kernel for all six? e.g. atomic runs 4.0.0",
      "which package manager do all six use? coreos, atomic...",
    ]) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("compare");
      expect(answer.systems, question).toHaveLength(6);
    }
  });
});

describe("'it' after a thing asked about", () => {
  it("should read 'it' as the thing the earlier question named alone", () => {
    expect(askAfter("what's tectonic", "who's behind it").answer.facts[0]?.text).toMatch(/Google/);
    expect(
      askAfter("what's geard", "where does it come from, who made it").answer.facts[0]?.text,
    ).toMatch(/OpenShift/);
    expect(
      askAfter("tell me about fleet", "what does it use to keep track of stuff?").answer.facts[0]
        ?.text,
    ).toMatch(/etcd as its manifest/);
  });

  it("guard: should keep 'it' as the system when the earlier question named one, chose, or asked beyond the sources", () => {
    const cassandra = askAfter("dcos free edition?", "and can it run cassandra?").answer;
    expect(cassandra.systems).toEqual(["dcos"]);
    expect(cassandra.facts[0]?.text).toMatch(/Cassandra/);
    const ldap = askAfter("is photon tuned for vsphere?", "does it do ldap?").answer;
    expect(ldap.facts[0]?.text).toMatch(/Lightwave|LDAP/);
    expect(askAfter("what is etcd?", "which of the OSes shipped with it?").answer.intent).toBe(
      "answer",
    );
    expect(askAfter("what's tectonic", "what happened to it later").answer.intent).toBe("no_match");
  });
});

describe("a question word stressed", () => {
  it("should read 'what the heck is X' as 'what is X'", () => {
    expectFirstFact(/geard/i, "@containeros what the heck is geard");
    expectIntent("answer", "how the hell does rancheros run system services?");
  });
});

describe("knowledge wording", () => {
  it("should reach fleetctl's reliability from fleet, and geard's generic fact no longer from openshift", () => {
    expectFirstFact(/flawlessly/, "was fleet reliable in testing?");
    const gotchas = askAfter(
      "tell me about fleet",
      "got it. what was annoying about it in practice though, any gotchas people hit?",
    ).answer;
    expect(gotchas.facts[0]?.text).toMatch(/flawlessly/);
    expectFirstFact(/OpenShift/, "is geard going to end up in openshift?");
  });
});

describe("readings of blind sets -463 and on", () => {
  it("should read problems asked of a tool as remarks on it, not what it is", () => {
    expectFirstFact(/setenforce 0/, "any problems with cockpit?");
  });

  it("should not read 'is fleet' as a name the facts use", () => {
    expectFirstFact(/flawlessly/, "is fleet buggy?");
  });

  it("should reach CoreOS's investor from 'invested in'", () => {
    expectFirstFact(/Google Ventures/, "who has invested in the coreos company?");
  });
});

describe("the nearest fact to a tool asked beyond the sources", () => {
  it("should offer the tool's own fact, not the limit's nearby words' facts", () => {
    for (const [question, tool] of [
      ["did geard get abandoned?", /geard/i],
      ["is lightwave still being developed?", /Lightwave/],
      ["is rkt still under active development today?", /rkt/],
    ] as const) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("no_match");
      expect(answer.facts[0]?.text, question).toMatch(tool);
    }
  });
});

describe("readings of blind sets -471 and on", () => {
  it("should take 'is it only coreos or can it do other os's too' about the bot as help", () => {
    expectIntent(
      "help",
      "what does this bot do exactly, is it only coreos or can it do other container os's too?",
    );
  });

  it("should read 'eventually' in the asker's plan as theirs, not later history", () => {
    expectIntent(
      "compare",
      "coreos vs dcos if we want to run the booking api and a cassandra cluster eventually",
    );
    expectBeyondSources("we want to know if coreos was eventually acquired");
  });

  it("should read 'the archive' as a thing, 'archived' as what became of one", () => {
    expectIntent(
      "compare",
      "dcos vs atomic if we wanted to run a cassandra cluster for the archive index",
    );
    expectBeyondSources("is rkt archived?");
  });

  it("should read 'afterwards' in a way asked as a step", () => {
    expectIntent("answer", "how does one become root afterwards on a coreos box?");
    expectFirstFact(/sudo/, "how does one become root afterwards on a coreos box?");
    expectBeyondSources("what happened to coreos afterwards?");
  });

  it("should read chat's 'w' as 'with' and 'hands-off' as one word", () => {
    expectFirstFact(/AppArmor/, "how does snappy keep apps from messing w each other");
    expectFirstFact(/hands-off/, "is coreos hands-off?");
    expect(
      askAfter("what's fleet", "how do i actually hand it my containers").answer.facts[0]?.text,
    ).not.toMatch(/hands-off/);
  });

  it("should keep 'it' of a thing on the thing's system", () => {
    const rkt = askAfter("what's rkt", "why does it exist?").answer;
    expect(rkt.systems).toEqual(["coreos"]);
    expect(rkt.facts[0]?.text).toMatch(/manifesto/);
    expect(askAfter("what's rpm-ostree", "is it safe?").answer.systems).toEqual(["atomic"]);
  });

  it("should not read a short question as 'what is X' when a pair of its words is the facts'", () => {
    expectFirstFact(/JSON/, "can geard work across hosts?");
  });
});

describe("readings of blind sets -479 and on, and the second review's mends", () => {
  it("should not count a turn's opening talk ('cool', 'ok') as a word asked", () => {
    expectIntent("answer", "cool what does coreos use etcd for");
    expect(
      askAfter("does coreos have etcd", "cool what would i actually use it for").answer.intent,
    ).toBe("answer");
  });

  it("should set the systems a thing was found in side by side on its topic", () => {
    const answer = askAfter("what is kubernetes", "which OSes use it?").answer;
    expect(answer.intent).toBe("compare");
    expect(answer.facts[0]?.text).toMatch(/Kubernetes/);
  });

  it("should read poor wifi as the asker's link, not wifi asked about", () => {
    expectIntent("compare", "snappy vs rancheros for app updates, which is nicer on slow wifi");
    expectBeyondSources("how do i set up wifi on snappy?");
  });

  it("should read 'eachother' as 'each other'", () => {
    expectFirstFact(/AppArmor/, "what keeps snappy apps from messing with eachother");
  });

  it("should keep later history asked after 'if' or by speculation beyond the sources", () => {
    expectBeyondSources("we need to figure out if atomic eventually became a product");
    expectBeyondSources("how would coreos fare eventually against kubernetes?");
  });

  it("should not answer 'closest to' with Atomic's Fedora base whatever is named", () => {
    expect(askReal("which one is closest to ubuntu?").facts[0]?.text ?? "").not.toMatch(
      /Fedora 20/,
    );
  });
});

describe("another system's tool named in a follow-up", () => {
  it("should move to the system whose facts alone name the tool", () => {
    const ldap = askAfter("what is geard", "does lightwave do ldap?").answer;
    expect(ldap.systems).toEqual(["photon"]);
    expect(ldap.facts[0]?.text).toMatch(/Lightwave/);
    expect(askAfter("what is geard", "is lightwave still being developed?").answer.systems).toEqual(
      ["photon"],
    );
  });

  it("guard: should stay on the system in play when its words are as precise", () => {
    expect(
      askAfter("what's snappy", "is app isolation enforced by anything?").answer.systems,
    ).toEqual(["snappy"]);
  });
});

describe("a generic how-to", () => {
  it("should say it cannot answer a way asked of no system and no tool of one", () => {
    expectIntent("no_match", "how do i add a worker to a docker swarm?");
    expectIntent("no_match", "how can we see the logs of a container that crashed?");
  });

  it("guard: should answer a way asked of a tool, or in a conversation about a system", () => {
    expectFirstFact(/fleetctl/, "how do i use fleetctl to list machines");
    const back = askAfter(
      "how does atomic update?",
      "how do i go back if the new tree is broken?",
    ).answer;
    expect(back.intent).toBe("answer");
    expect(back.systems).toEqual(["atomic"]);
  });
});

describe("a step asked yes or no", () => {
  it("should read 'afterwards' in 'can i … afterwards?' as a step, not later history", () => {
    expectIntent("answer", "can i roll back coreos afterwards?");
    expect(
      askAfter("how do updates work on atomic?", "does it need a reboot afterwards?").answer.intent,
    ).toBe("answer");
    expectBeyondSources("did coreos get renamed afterwards?");
  });
});

describe("the asker's own scene naming no system", () => {
  it("should let the question's own words, not the scene's, say which system", () => {
    const rkt = askReal("explain rkt pls, my boss keeps reading about it in vendor notes");
    expect(rkt.systems).toEqual(["coreos"]);
    expect(rkt.facts[0]?.text).toMatch(/rkt/);
    expect(
      askReal("explain etcd in plain words pls, my manager keeps seeing it in the vendor slides")
        .systems,
    ).toEqual(["coreos"]);
  });
});

describe("words that describe rather than name", () => {
  it("should answer a describing word another system's facts use when this one's say it otherwise", () => {
    const light = askReal("is photon lightweight?");
    expect(light.intent).toBe("answer");
    expect(light.systems).toEqual(["photon"]);
    expect(light.facts[0]?.topic).toBe("size");
    expectFirstFact(/not a pure container OS/, "is snappy some kind of hybrid?");
  });

  it("guard: should still refuse a name, as written, that only other systems' facts use", () => {
    expectIntent("no_match", "is there a gui for managing rancheros hosts?");
  });
});

describe("numbers that are no release", () => {
  it("should read a zero-padded host number or a numbered race as no version", () => {
    const cockpit = "whats cockpit on atomic? something listens on 9090 on atomic-02";
    expectIntent("answer", cockpit);
    expectFirstFact(/Cockpit/, cockpit);
    expectIntent(
      "answer",
      "a coreos node rebooted for an update during race 3 at the track. what happens to its containers?",
    );
  });
});

describe("the asker's own thing in a limit's check", () => {
  it("should not hold a comparison to the words of the asker's own cluster on a known platform", () => {
    const boots = askReal("photon vs rancheros, which boots faster on our vmware cluster");
    expect(boots.intent).toBe("compare");
    expect(boots.systems).toEqual(["photon", "rancheros"]);
  });
});

describe("'version of' a thing", () => {
  it("should read 'which version of docker' as the docker version the facts pair", () => {
    expectFirstFact(/Docker 1\.6\.0/, "which version of docker does rancheros ship?");
  });

  it("guard: should leave a name written with a slash whole", () => {
    const dcos = askReal("what version of DC/OS is current?");
    expect(dcos.intent).toBe("no_match");
    expect(dcos.systems).toEqual(["dcos"]);
  });
});

describe("process 1", () => {
  it("should read 'process 1' as PID 1, no release", () => {
    expectIntent("answer", "what runs as process 1 on photon?");
    expectFirstFact(/systemd/, "what runs as process 1 on photon?");
  });
});

describe("a summary asked 'at a glance'", () => {
  it("should read 'at a glance' as a summary of the systems named", () => {
    const glance = askReal("all of them at a glance");
    expect(glance.intent).toBe("compare");
    expect(glance.systems).toHaveLength(6);
  });
});

describe("the first review's mends", () => {
  it("should keep a two-word name whole after 'version of'", () => {
    const core = askReal("what version of ubuntu core");
    expect(core.intent).toBe("answer");
    expect(core.systems).toEqual(["snappy"]);
  });

  it("should say only Snappy's sources call it something in between", () => {
    expectBeyondSources("is coreos a hybrid", "is photon a hybrid os");
    expectFirstFact(/not a pure container OS/, "is snappy a hybrid");
  });

  it("should still find no timings for boots on the asker's own hardware", () => {
    expectBeyondSources(
      "which boots quicker on our hardware",
      "on our kvm hosts which boots quicker",
    );
  });
});

describe("'the whole lot' after 'it'", () => {
  it("should read 'it', a verb and 'the whole lot' as all it handles, not every system", () => {
    const lot = askAfter(
      "how does snappy update apps?",
      "does it fetch the whole lot again each time?",
    ).answer;
    expect(lot.intent).toBe("answer");
    expect(lot.systems).toEqual(["snappy"]);
  });

  it("guard: should still compare every system when 'it' is no subject of the lot", () => {
    const table = askReal("i know it's a lot to ask but compare the whole table");
    expect(table.intent).toBe("compare");
    expect(table.systems).toHaveLength(6);
  });
});

describe("the second review's mends", () => {
  it("should pair 'version of docker' before any little word", () => {
    expectFirstFact(/Docker 1\.5\.0/, "what version of docker will i get on coreos");
  });

  it("should answer 'hybrid' from Snappy's facts whatever else is asked", () => {
    expectIntent("answer", "is snappy a hybrid of apps and containers");
  });

  it("guard: should answer a configuration asked of a system's own tool", () => {
    expectFirstFact(/toolbox/, "config for the toolbox container", "toolbox shell on coreos");
    expectIntent("no_match", "who is photon in bed with");
  });
});

describe("chat's who's without its apostrophe", () => {
  it("should read 'whos the ceo' as a question asked, not the asker's scene", () => {
    expectBeyondSources("who makes dcos? whos the ceo");
  });
});

describe("undoing a bad update on Atomic", () => {
  it("should lead with reverting to a previous rpm-ostree version", () => {
    expectFirstFact(
      /reverted fairly easily to any previous rpm-ostree version/,
      "how do i go back to the old version on atomic after a bad update",
      "an rpm-ostree upgrade broke our atomic box, can we undo it?",
    );
  });
});

describe("the third review's mend", () => {
  it("guard: should keep 'flip back' in a conversation about another system on that system", () => {
    for (const [before, system] of [
      ["tell me about coreos", "coreos"],
      ["how does snappy update", "snappy"],
    ]) {
      const back = askAfter(before as string, "can we flip back to the old version").answer;
      expect(back.systems, before).toEqual([system]);
    }
  });
});

describe("readings from the census, cobbler, magician and coastguard sets", () => {
  it("should read an inline numbered list's numbers as no releases", () => {
    const kernels = askReal("for 1. photon 2. snappy: what kernel does each one have?");
    expect(kernels.intent).toBe("compare");
    expect(kernels.systems).toEqual(["photon", "snappy"]);
    expect(askReal("atomic and dcos, side by side please: 1) updates 2) clustering").intent).toBe(
      "compare",
    );
  });

  it("guard: should still read a lone numbered release", () => {
    expectBeyondSources("is there a rancheros 2. release?");
  });

  it("should read 'still … now' as asking how things stand today", () => {
    expectBeyondSources(
      "does atomic still default to xfs now?",
      "are snappy apps still confined by apparmor now",
    );
  });

  it("guard: should answer 'now that' as a reason and the asker's own 'still … now'", () => {
    expectIntent(
      "answer",
      "can atomic still use docker now that kubernetes is built in?",
      "we still run coreos now, how does it update?",
    );
  });

  it("should read 'how much $$' as the price asked", () => {
    expectBeyondSources("how much $$ is the enterprise edition of dcos?");
    const after = askAfter(
      "is there a free edition of dcos?",
      "and the paid one, how much $$",
    ).answer;
    expect(after.intent).toBe("no_match");
  });

  it("should read 'we also want … later on' as the asker's plan", () => {
    const plan = askReal("photon or atomic, if we also want kubernetes on them later on?");
    expect(plan.intent).toBe("compare");
    expect(plan.systems).toEqual(["photon", "atomic"]);
  });

  it("should read 'at hq' as the asker's own place", () => {
    expect(askReal("coreos vs atomic for the bare metal racks at hq").intent).toBe("compare");
  });
});

describe("readings from the prison, snowboard, plumbing and laboratory sets", () => {
  it("should read a component 'removed later' as what became of it", () => {
    expectBeyondSources("was etcd removed later from coreos?");
  });

  it("should read a number after another count as a count, not a release", () => {
    const size = askReal("2 shops, 1 warehouse: is rancheros small enough?");
    expect(size.intent).toBe("answer");
    expect(size.facts[0]?.text).toMatch(/20 MB/);
  });

  it("guard: should still say the sources give no passwords when one is asked", () => {
    expectBeyondSources("what is the default root password on photon?");
  });
});

describe("the review of 5171bc0 against 4995abf", () => {
  it("guard: should answer the asker's own 'still' and 'now' as their state, not today's", () => {
    expectIntent(
      "answer",
      "for now still evaluating - what init does rancheros use?",
      "still confused, now explain what fleet actually does",
      "right now still on fedora 20, can i build atomic host from it?",
    );
  });

  it("guard: should read chat's 'still … now' with its subject first as asking about today", () => {
    expectBeyondSources("atomic cockpit still need setenforce 0 now?");
  });

  it("guard: should answer what a system lacks, 'removed' in its own time", () => {
    expectIntent(
      "answer",
      "which tools have been removed from coreos? no compilers, python?",
      "yum got removed on atomic?",
    );
  });

  it("guard: should read '$' before a size as a joke, not a price", () => {
    expectIntent("answer", "how much $$ smaller is rancheros lol");
    expectFirstFact(/20 MB|22 MB/, "how much $$ smaller is rancheros lol");
  });

  it("guard: should lead with what a system bundles 'aside from' a named part", () => {
    expectFirstFact(/Marathon/, "what does dcos bundle aside from mesos?");
  });
});

describe("readings from the sheep farm, swimming pool, arcade and golf club sets", () => {
  it("should read a request for what to ask with chat's words or a second question as help", () => {
    expectIntent(
      "help",
      "hey, new in this channel. what kind of questions i can ask you? only coreos or other stuff too?",
      "yo whats on ur menu, what kinda questions can i feed u",
      "new to all this container os business, what kinda stuff can i ask ya?",
    );
  });

  it("should read 'how do you …' about containers in a conversation as a follow-up, not help", () => {
    const after = askAfter(
      "tell me about atomic",
      "how do you describe the containers, some config file?",
    );
    expect(after.answer.intent).toBe("answer");
    expect(after.answer.systems).toEqual(["atomic"]);
  });

  it("guard: should still give help when the bot is asked what it can do in a conversation", () => {
    expect(askAfter("what's geard", "what container stuff can you answer?").answer.intent).toBe(
      "help",
    );
  });

  it("should read what a named system does 'now' as asking how it stands today", () => {
    expectBeyondSources(
      "does photon ship tdnf now instead of yum?",
      "is atomic production ready now?",
    );
  });

  it("guard: should answer 'now that' as a reason", () => {
    expectIntent("answer", "does coreos run docker now that rkt exists?");
  });
});

describe("undoing a bad update on Snappy", () => {
  it("should lead with Snappy's rollbacks when the old version is asked for", () => {
    expectFirstFact(
      /roll back both system and application updates/,
      "does snappy keep the old version around if an update goes bad?",
    );
  });
});

describe("the review of 812f8ab against 587f2a5", () => {
  it("guard: should answer 'now' that is no question of today", () => {
    expectIntent(
      "answer",
      "does coreos reboot every now and then for updates?",
      "is atomic fine for now if we only need selinux?",
      "will coreos reboot now if i apply the update?",
      "when a node fails, does coreos now migrate the containers to another node?",
      "does coreos run rkt only now or does it still bother with docker",
    );
    expectIntent("compare", "does coreos use fleet? now tell me about atomic");
  });

  it("guard: should give help when the bot's own doings are asked in a conversation", () => {
    for (const question of ["how do you work?", "how do you keep the info up to date?"])
      expect(askAfter("tell me about coreos", question).answer.intent, question).toBe("help");
  });

  it("guard: should not read 'in ur opinion' with what to ask of two systems as help", () => {
    expectIntent(
      "compare",
      "what sort of questions should we ask when choosing between coreos and atomic, in ur opinion?",
    );
  });
});

describe("readings from the garden centre, pet shop, food truck and ski lift sets", () => {
  it("should read a tradeoff between two named systems as a comparison, whatever the scene", () => {
    const weighed = askReal(
      "torn between atomic and dcos for the warehouse cluster. the warehouse has 4 nuc-ish boxes running the scanners + the label printer. whats the tradeoff",
    );
    expect(weighed.intent).toBe("compare");
    expect(weighed.systems).toEqual(["atomic", "dcos"]);
  });

  it("should read 'grow out of' as where a system comes from", () => {
    expectIntent("answer", "which project did coreos grow out of?");
    expectFirstFact(/ChromeOS/, "which project did coreos grow out of?");
  });

  it("should read 'without paying' as asking for what is free", () => {
    expectIntent("answer", "is there any way to run dcos without paying?");
    expectFirstFact(/free-of-charge/, "is there any way to run dcos without paying?");
  });
});

describe("the review of 979fe83 against 0d6cb63", () => {
  it("guard: should not open a comparison for the tradeoffs of one system", () => {
    for (const question of ["tradeoffs of using atomic", "dcos tradeoffs"])
      expect(askReal(question).intent, question).not.toBe("compare");
  });

  it("guard: should answer 'without paying attention' as no question of price", () => {
    expectIntent("answer", "can coreos update itself without paying attention to it");
  });
});

describe("readings from the tea room, falconry, catering and sign-maker sets", () => {
  it("should read French 'c'est quoi' at the end as asking what the thing named is", () => {
    expectIntent("answer", "photon, c'est quoi ?");
    expectIntent("answer", "fleet c'est quoi exactement?");
  });

  it("should read 'release' before a system as the verb, and lead a 'when' with the dated fact", () => {
    expectIntent("answer", "when did red hat release atomic?");
    expectFirstFact(/April 2014/, "when did red hat release atomic?");
  });

  it("should not count 'practically' or 'concretely' as words the sources lack", () => {
    expectIntent("answer", "what would we use etcd for, practically?");
  });

  it("should read the update server the asker would host as asked, not as the asker's own", () => {
    expectBeyondSources("how do we host our own update server for coreos?");
  });

  it("guard: should still read a thing the asker would need as theirs", () => {
    expectIntent("answer", "do i need my own load balancer with rancheros?");
  });

  it("should read venture money as a question about the company", () => {
    expectBeyondSources("how much vc money did rancher raise");
  });

  it("should read the newest of a thing 'now' as asking how it stands today", () => {
    expectBeyondSources("whats the newest etcd in coreos now");
  });

  it("guard: should still rank the systems by the newest kernel the sources give", () => {
    expectIntent("compare", "which has the newest kernel, coreos or atomic?");
  });
});

describe("readings from the riding school, fishmonger, pizza and kennel sets", () => {
  it("should read 'ops' as a word of the domain and the person asked for as no subject", () => {
    const weighed = askReal("which is easier for an ops person, cockpit or fleetctl?");
    expect(weighed.intent).toBe("compare");
    expect([...weighed.systems].sort()).toEqual(["atomic", "coreos"]);
  });

  it("should compare all six when only the scene's words reach the facts", () => {
    expectIntent(
      "compare",
      "give me pros and cons of all six, my ceo pings me every 20 minutes about it",
    );
  });

  it("should set a system against both systems just asked about", () => {
    const { answer } = askAfter(
      ["how small is photon", "and coreos?"],
      "is snappy bigger than both of them?",
    );
    expect(answer.intent).toBe("compare");
    expect([...answer.systems].sort()).toEqual(["coreos", "photon", "snappy"]);
  });
});

describe("the review of 48129fc against 34e82fd", () => {
  it("guard: should not lead a 'when' with a dated fact the question's words do not all reach", () => {
    expectBeyondSources(
      "when did coreos start supporting rackspace?",
      "when did red hat release cockpit",
      "when did red hat release atomic for centos?",
    );
  });

  it("should read 'release it' as the verb, of the system in play", () => {
    const { answer } = askAfter("is atomic production ready?", "and when did red hat release it?");
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/April 2014/);
  });

  it("guard: should answer venture money of the system whose facts name its investor", () => {
    expectIntent("answer", "did coreos get vc money?", "who put venture money into coreos?");
    expectFirstFact(/Google Ventures/, "did coreos get vc money?");
  });

  it("guard: should read 'both' elsewhere in the question as no 'both of them'", () => {
    const { answer } = askAfter(
      ["how big is snappy?", "how big is atomic?"],
      "is rancheros smaller than coreos? both sources agree?",
    );
    expect([...answer.systems].sort()).toEqual(["coreos", "rancheros"]);
  });

  it("guard: should not read 'asking now' as a question of today", () => {
    expectIntent("compare", "in the inovex table, which had the newest kernel? asking now");
  });
});

describe("readings from the gymnastics, taxidermy, thatching and clock-repair sets", () => {
  it("should read 'archive' before a thing as a noun, not as what became of a system", () => {
    expectIntent("answer", "what is snappy? the photo archive box needs replacing");
  });

  it("guard: should still read a system archived as what became of it", () => {
    expectBeyondSources("did red hat archive atomic later?");
  });
});

describe("readings from the violin-maker, scaffolding, barista and orienteering sets", () => {
  it("should read 'process no.1' as PID 1", () => {
    expectIntent("answer", "is docker process no.1 on rancheros?");
    expectFirstFact(/PID 1/, "is docker process no.1 on rancheros?");
  });

  it("should not read a regional scene as a question about cloud regions", () => {
    expectIntent("answer", "is rancheros good for the regional depots? how big is it");
  });

  it("guard: should still refuse which cloud regions a system runs in", () => {
    expectBeyondSources("which regions is dcos community edition available in?");
  });
});

describe("the review of 34e82fd against bc6c116", () => {
  it("guard: should refuse venture money of a system whose facts name no investor, and funding amounts", () => {
    expectBeyondSources(
      "photon venture money?",
      "vc money amount for coreos?",
      "what money did mesosphere raise?",
    );
  });

  it("guard: should still read 'still' before a verb and its adverb as a question of today", () => {
    expectBeyondSources(
      "does snappy still update automatically?",
      "does coreos still patch security holes automatically?",
    );
  });

  it("guard: should still refuse cloud regions asked in a word of their own", () => {
    expectBeyondSources("how many regions is coreos on?");
  });

  it("should read 'them both' and 'they both' as the two systems just asked about", () => {
    for (const question of [
      "is rancheros smaller than them both?",
      "are they both bigger than rancheros?",
    ]) {
      const { answer } = askAfter(["how big is snappy?", "how big is coreos?"], question);
      expect([...answer.systems].sort(), question).toEqual(["coreos", "rancheros", "snappy"]);
    }
  });

  it("should read 'them both' as the last two systems asked about, not every one before", () => {
    const { answer } = askAfter(
      ["when did red hat release atomic?", "how big is snappy?", "and coreos?"],
      "is rancheros smaller than them both?",
    );
    expect([...answer.systems].sort()).toEqual(["coreos", "rancheros", "snappy"]);
  });
});

describe("readings from the lifeguard, glazier, coin-dealer and curling sets", () => {
  it("should read a long word one letter from a limit's word as that word", () => {
    expectBeyondSources("is rancheros still mantained?", "is atomic still maintaned");
  });

  it("guard: should not read a short misspelling as a limit's word", () => {
    expectIntent("compare", "compre photon and snappy for me dude");
  });
});

describe("a reading from the sixth round, after its scoring", () => {
  it("should read 'which containers' a system runs as its container runtimes", () => {
    expectIntent("answer", "which containers does photon run?");
    expectFirstFact(
      /rocket|Garden/i,
      "which containers does photon run?",
      "what containers can photon run?",
    );
  });
});

describe("readings from the badminton, rickshaw, milliner and cheesemonger sets", () => {
  it("should answer who ships a tool named first with each system whose facts hold it", () => {
    for (const question of [
      "what's flannel and who ships it?",
      "flannel - which of these os's ship it?",
      "whats flannel and which os ships it",
    ]) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("answer");
      expect([...answer.systems].sort(), question).toEqual(["atomic", "coreos"]);
      expect(
        answer.facts
          .slice(0, 2)
          .map((fact) => fact.system)
          .sort(),
        question,
      ).toEqual(["atomic", "coreos"]);
    }
  });

  it("guard: should still set every system side by side on 'which of these ship flannel?'", () => {
    expectIntent(
      "compare",
      "which of these ship flannel?",
      "selinux vs apparmor, which uses which?",
    );
  });

  it("should read 'both' and 'they each' as the two systems just asked about in turn", () => {
    for (const question of ["docker versions for both?", "which kernel do they each have?"]) {
      const { answer } = askAfter(["rancheros size?", "and coreos?"], question);
      expect(answer.intent, question).toBe("compare");
      expect([...answer.systems].sort(), question).toEqual(["coreos", "rancheros"]);
    }
  });

  it("should read who an explanation is for to the end of its clause", () => {
    expectIntent("answer", "explain rpm-ostree to me like i'm a java dev who only knows maven");
  });

  it("should read 'every week' as how often the asker works, not a fact's few weeks", () => {
    expectFirstFact(
      /A\/B|automatically/,
      "does coreos update itself or do i have to babysit it every week?",
    );
  });

  it("should refuse a cloud name only another system's terms hold", () => {
    expectBeyondSources("can i run photon on ec2?", "is there an official photon ami for ec2");
    expectIntent("answer", "can i run coreos on ec2?", "can i run dcos on ec2?");
  });
});

describe("readings from the laser-tag and perfumery sets, and mends from the first review", () => {
  it("should read 'ppl' and 'or marketing?' as talk, not words the sources lack", () => {
    expectIntent(
      "answer",
      "ppl keep confusing dcos w what",
      "on rancheros literally everything is a container, even the system stuff. true or marketing?",
    );
  });

  it("should set systems side by side first on the topic the question's words reach well", () => {
    const answer = askReal("is snappy a pure container os like coreos?");
    expect(answer.intent).toBe("compare");
    expect(answer.facts[0]?.topic).toBe("use-cases");
    expect(askReal("coreos vs atomic for a bank").facts[0]?.topic, "guard").toBe("size");
  });

  it("should rank each cell of a comparison by a topic's word as rare as a tool's name", () => {
    expectFirstFact(/LDAP/, "coreos vs photon: ldap?");
    expectFirstFact(/python/, "coreos vs atomic python");
  });

  it("should not answer 'which ones don't ship it?' with those that do", () => {
    expectIntent(
      "compare",
      "flannel - which ones don't ship it?",
      "flannel: which of these lack it?",
    );
  });

  it("should compare the two systems just asked about on what 'both' asks, topic and all", () => {
    const { answer } = askAfter(["rancheros", "photon"], "both run docker as pid 1?");
    expect(answer.intent).toBe("compare");
    expect([...answer.systems].sort()).toEqual(["photon", "rancheros"]);
  });

  it("should not refuse for the last system a tool named before 'who has it'", () => {
    const { answer } = askAfter(["tell me about snappy"], "what's IMA and who has it?");
    expect(answer.intent).toBe("answer");
    expect([...answer.systems].sort()).toEqual(["atomic", "coreos"]);
  });

  it("should not carry a refused name to a follow-up that names another", () => {
    const { answer } = askAfter(["coreos on ec2?", "atomic on ec2?"], "what about both on GCE");
    expect(answer.intent).toBe("compare");
    expect(answer.text).not.toMatch(/EC2/);
  });
});

describe("mends from the second review, and readings from the canoe-hire and mill sets", () => {
  it("should read whom an explanation is for to the end of its clause, names and all", () => {
    expectFirstFact(/fleet/, "explain fleet like i'm a windows admin who has never used linux");
    expect(askReal("explain rancheros like i'm a dev who uses coreos").systems).toEqual([
      "rancheros",
    ]);
    expectFirstFact(
      /production/,
      "explain atomic like i'm a dev who wonders if it's production ready",
    );
  });

  it("guard: should keep the audience's words when nothing else is asked", () => {
    const answer = askReal("explain like i'm a newbie who can't tell atomic and coreos apart");
    expect([...answer.systems].sort()).toEqual(["atomic", "coreos"]);
  });

  it("should read 'both ec2 and gce' as two names, not two systems in play", () => {
    expect(askAfter("atomic", "can i run it on both ec2 and gce?").answer.intent).toBe("no_match");
  });

  it("should read 'that's all we have' as the asker's, not every system", () => {
    const { answer } = askAfter(
      "how do you deploy atomic",
      "can i run it on virtualbox? thats all we have on the office pc",
    );
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["atomic"]);
  });

  it("should not read a system's name after a word as a typo of another name", () => {
    expect(askReal("if we ran coreos would updates work").systems).toEqual(["coreos"]);
  });

  it("should read the unit after 'how many' as the kind of figure asked", () => {
    expectFirstFact(/151\/333 MB/, "how many megs is an atomic host install roughly");
    expectFirstFact(/164 MB/, "how many megabytes is a coreos image roughly?");
  });
});

describe("mends from the third review", () => {
  it("should explain the thing named whatever the audience needs, and their need alone when nothing else is named", () => {
    expectIntent("answer", "explain coreos like i'm an sre who cares about uptime");
    expectFirstFact(/etcd/, "explain like i'm a dba who needs etcd explained");
    expectIntent("no_match", "explain like i'm a java dev who only knows maven");
  });

  it("should read 'and both?' after two systems as those two", () => {
    const { answer } = askAfter(["what filesystem does coreos use", "and atomic?"], "and both?");
    expect(answer.intent).toBe("compare");
    expect([...answer.systems].sort()).toEqual(["atomic", "coreos"]);
  });
});

describe("a reading from the guitar-workshop and chiropractic sets", () => {
  it("should read where the asker came across a thing as no subject", () => {
    const answer = askReal("who makes flannel? saw it in some kubernetes guide");
    expect(answer.systems).toEqual(["coreos"]);
    expect(askReal("saw it in the atomic docs, what is cockpit?").systems, "guard").toEqual([
      "atomic",
    ]);
  });
});

describe("mends from the fourth review", () => {
  it("should stop where the asker came across a thing at a dash or a question", () => {
    expectFirstFact(/rpm-ostree/, "read about it on hn - what's rpm-ostree exactly");
  });
});

describe("readings from the cooperage, saffron, escape-room and clock-repair sets", () => {
  it("should read 'meant by' as asking what a thing is, and 'by system' before a compound as the compound", () => {
    const answer = askReal("what is meant by system docker?");
    expect(answer.intent).toBe("answer");
    expect(answer.systems).toEqual(["rancheros"]);
    expect(askReal("kernel version by system").systems, "guard").toHaveLength(6);
  });

  it("should answer cloud-config for the system whose article names it", () => {
    expect(askReal("cloud-config").systems).toEqual(["coreos"]);
  });

  it("should not read 'number crunching' as asking for a figure", () => {
    expectIntent("answer", "can dcos handle number crunching jobs, not just containers?");
  });

  it("should read what follows 'the way' as the asker's yardstick", () => {
    expectIntent("answer", "does coreos update itself the same way my phone does?");
    expectFirstFact(
      /automatically/,
      "does coreos look after its own updates the way the browser on a phone does?",
    );
  });

  it("should set side by side every system a source covers when the asker counts them", () => {
    const answer = askReal("how do the five in the inovex table deal with updates?");
    expect(answer.intent).toBe("compare");
    expect([...answer.systems].sort()).toEqual(INOVEX_FIVE);
    expect(
      askReal("which kernel was core os on in the inovex table, the six four seven release").intent,
      "guard: a system named",
    ).toBe("answer");
  });

  it("should give help when a later clause asks what the bot knows and nothing reaches a fact", () => {
    expectIntent(
      "help",
      "first time poking you - what riddles can you actually solve? what do you know about?",
    );
  });

  it("should tell what the sources cannot know: Ignition, GPIO pins, a renamed company", () => {
    expect(askReal("how do i write an ignition config for coreos?").text).toMatch(/after 2015/);
    expect(askReal("can snaps on snappy read gpio pins?").text).toMatch(/hardware/);
    expectBeyondSources("did mesosphere change its company name at some point?");
  });

  it("should reach the facts through everyday words: by mistake, stays alive, wake up, chunky, flavour", () => {
    const survives = askReal(
      "if i delete every container on rancheros by mistake does the host stay alive?",
    );
    expect(survives.confidence).toBeGreaterThan(0.8);
    expect(survives.facts[0]?.text).toMatch(/keeps working/);
    expectFirstFact(/boot/, "does photon wake up quickly?");
    expectFirstFact(/20 MB/, "how chunky is the rancheros image?");
    expectFirstFact(/rocket/, "which flavour of container does photon accept?");
  });
});

describe("what a system has in place of what it lacks", () => {
  it("should lead with what stands in place of a thing the system was just said to lack", () => {
    for (const [first, question] of [
      ["does coreos ship selinux?", "so what has it got instead?"],
      ["coreos selinux", "ok, what security bits does it ship then?"],
    ] as const)
      expect(askAfter(first, question).answer.facts[0]?.text, question).toMatch(/seccomp/);
    expect(
      askAfter("does coreos do ldap logins?", "what does it use instead?").answer.facts[0]?.text,
    ).toMatch(/ssh/);
  });

  it("guard: should keep the earlier question for the same question of another, a yardstick or a need", () => {
    const filesystem = askAfter("what filesystem does coreos use", "what about atomic then");
    expect(filesystem.answer.facts[0]?.text).toMatch(/xfs/);
    const setenforce = askAfter(
      ["what is cockpit", "does it work with selinux"],
      "so what do i have to do to use it then",
    );
    expect(setenforce.answer.facts[0]?.text).toMatch(/setenforce/);
    const rkt = askAfter("whats rkt", "why did they build it instead of just using docker");
    expect(rkt.answer.facts[0]?.text).toMatch(/manifesto/);
  });
});

describe("mends from the first review, and readings from the mosaic-workshop set", () => {
  it("should not read a choice among the systems or another system as what the one in play has instead", () => {
    for (const question of ["which os has it then?", "what should i use instead of coreos then?"])
      expect(
        askAfter("does coreos ship selinux?", question).answer.facts[0]?.text,
        question,
      ).not.toMatch(/seccomp/);
    expect(
      askAfter("does coreos ship selinux?", "what's it got in its place?").answer.facts[0]?.text,
    ).toMatch(/seccomp/);
  });

  it("should keep 'thought for' as the asker's own words, not a synonym of a focus", () => {
    expectFirstFact(/vSphere/, "what was photon thought for?");
  });

  it("should read a lone word set before an aside and a question as the question's subject", () => {
    expect(
      askReal(
        "Lightwave. read about it somewhere. Is that a product, and which system does it come with?",
      ),
    ).toMatchObject({ intent: "answer", systems: ["photon"] });
  });

  it("should read 'such as what, for example?' as asking examples of what was just said", () => {
    answersAbout("is dcos only for containers?", "such as what, for example?", ["dcos"]);
  });
});

describe("the two just asked about", () => {
  it("should read 'those two' after two systems asked in turn as those two", () => {
    const { answer } = askAfter(
      ["what package manager does photon have?", "and rancheros?"],
      "which of those two is easier to keep updated?",
    );
    expect(answer.intent).toBe("compare");
    expect([...answer.systems].sort()).toEqual(["photon", "rancheros"]);
    const later = askAfter(
      ["does coreos ship selinux?", "what package manager does photon have?", "and rancheros?"],
      "which of those two is easier to keep updated?",
    ).answer;
    expect([...later.systems].sort(), "only the last two of a longer thread").toEqual([
      "photon",
      "rancheros",
    ]);
    expect(
      askAfter("rancheros docker?", "what are the two docker daemons?").answer.systems,
      "guard: two things of one system",
    ).toEqual(["rancheros"]);
  });
});

describe("readings from the ceramics, mosaic, piano-tuning and maple-syrup sets", () => {
  it("should reach GUI, isolation and read-only facts through everyday words", () => {
    expectFirstFact(/Cockpit/, "is there a screen with buttons for managing atomic hosts?");
    expectFirstFact(
      /no GUI/,
      "does coreos have anything with buttons and a mouse or only commands?",
    );
    expectFirstFact(
      /read-only/,
      "atomic: is the system area sealed so nobody can scribble over it?",
    );
    const snoop = askReal("on snappy can one app snoop on another app's files?");
    expect(snoop.confidence).toBeGreaterThan(0.8);
    expect(snoop.facts[0]?.text).toMatch(/AppArmor/);
  });
});

describe("a polite preamble", () => {
  it("should read 'pardon/forgive my ignorance' as how the question is put, not its subject", () => {
    expectFirstFact(/etcd/, "forgive my ignorance, but what exactly is etcd?");
  });
});

describe("readings from the calligraphy, chimney-sweep, thatching and funicular sets", () => {
  it("should read 'afterwards' after someone's own doing as a step, not later history", () => {
    const answer = askReal(
      "is docker in snappy out of the box, or something we install afterwards?",
    );
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/does not ship with Docker by default/);
    expectBeyondSources("what happened to snappy afterwards?");
  });

  it("should read 'people mention' as talk, not an unknown word of the question", () => {
    expectFirstFact(
      /toolbox/,
      "that toolbox thing folks mention when debugging coreos hosts, what is it?",
    );
    expectFirstFact(/toolbox/, "the toolbox container people mention, what is it?");
  });

  it("should reach the migration fact through everyday words for being moved", () => {
    expectFirstFact(
      /migrated to another node/,
      "on coreos do the jobs pack up and start elsewhere on their own?",
    );
  });

  it("should reach what Hayden found lacking through 'still missing'", () => {
    const { answer } = askAfter(
      ["what does etcd do on coreos?", "does it update load balancers by itself?"],
      "what did the reviewer find still missing there?",
    );
    expect(answer.facts[0]?.text).toMatch(/left a little to be desired/);
  });

  it("should answer 'which of kvm or virtualbox is better for it?' of the system in play", () => {
    const { answer } = askAfter(
      "how do i try project atomic?",
      "which of virtualbox or kvm suits it better?",
    );
    expect(answer).toMatchObject({ intent: "answer", systems: ["atomic"] });
    expect(answer.facts[0]?.text).toMatch(/KVM|VirtualBox/);
    expect(
      askAfter("how do i try project atomic?", "which one is the smallest?").answer.intent,
      "guard: a choice among the systems",
    ).toBe("compare");
  });

  it("should say the sources name no operators, device makers or failure rates", () => {
    expectBeyondSources(
      "which airlines or bus operators run coreos?",
      "which tablet makers ship devices with snappy?",
      "what failure rate do rancheros hosts have in the field?",
    );
    expectIntent("answer", "can i run coreos in production?");
  });

  it("should reach read-only, embedded, rollback and geard facts through everyday words", () => {
    expectFirstFact(/read-only/, "can my team fiddle with the os files on an atomic host?");
    expectFirstFact(/embedded systems and IoT/, "would rancheros suit handheld gadgets?");
    expectFirstFact(/fallback/, "does coreos hold a spare copy of the os somewhere?");
    expectFirstFact(/geard/, "on atomic, can containers be glued together?");
  });

  it("should read a system named as what a question might be about as help, not a subject", () => {
    expectIntent(
      "help",
      "how does this bot work? can i just write a question about atomic or whatever, or is there a syntax?",
    );
    expectIntent("answer", "i have a question about atomic updates");
  });
});

describe("readings from the ramen, llama-trekking, gliding and board-game sets", () => {
  it("should read 'belong to' and a friend who passed a name on as how the question is put", () => {
    expect(askReal("rpm-ostree and geard belong to which one?")).toMatchObject({
      intent: "answer",
      systems: ["atomic"],
    });
    expectFirstFact(/geard/, "geard - my friend keeps bringing it up, what is it");
  });

  it("should read the asker's own phone numbers as their data, not a support line", () => {
    const answer = askReal(
      "is selinux on in atomic? our shop app stores client phone numbers so security matters",
    );
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/SELinux is enabled by default/);
    expectBeyondSources("what's the support phone number for rancheros?");
  });

  it("should read charities or clubs running a system as its adopters, beyond the sources", () => {
    expectBeyondSources("any small charities running rancheros?");
  });

  it("should read 'or more like a …' as a hedge, not a comparison of the systems", () => {
    const answer = askReal(
      "the red hat container thing in 2014: ready for the big time or more like a beta?",
    );
    expect(answer).toMatchObject({ intent: "answer", systems: ["atomic"] });
  });

  it("should read 'them' after 'the … files' as those files, not every system", () => {
    const answer = askReal(
      "ubuntu's tiny edition: are the app files locked so nobody can scribble on them?",
    );
    expect(answer.intent).toBe("answer");
    expect(answer.facts[0]?.text).toMatch(/read-only/);
  });

  it("should say when the article asked about is silent, before what the others say", () => {
    const answer = askReal("did the infoq article mention rancheros?");
    expect(answer.text).toMatch(
      /^"Red Hat Releases Project Atomic" \(InfoQ, [^)]*\) doesn't say anything about RancherOS; my other sources do:/,
    );
    expect(askReal("did hayden mention etcd?").text).not.toMatch(/doesn't say/);
  });

  it("should weigh two things of the system in play against each other without 'it'", () => {
    const { answer } = askAfter(
      "how can i install project atomic?",
      "which is better, virtualbox or kvm?",
    );
    expect(answer).toMatchObject({ intent: "answer", systems: ["atomic"] });
  });

  it("should read a phone the asker looks from as theirs, and a phone app as beyond the sources", () => {
    const seen = askReal("does atomic have a browser dashboard i can open from my phone?");
    expect(seen.intent).toBe("answer");
    expect(seen.facts[0]?.text).toMatch(/Cockpit/);
    expectBeyondSources(
      "is there a phone app for the atomic dashboard?",
      "can i run coreos on my phone?",
    );
  });

  it("should reach maturity and origin facts through 'sneak peek' and 'modelled after'", () => {
    expectFirstFact(/technology preview/, "was photon a finished product in 2015 or a sneak peek?");
    expectFirstFact(/ChromeOS/, "what blueprint was coreos modelled after?");
  });
});

describe("readings from the creamery, record-shop, busker and food-truck sets", () => {
  it("should find what a system uses in place of a thing its facts never name", () => {
    const { answer } = askAfter("is selinux part of snappy?", "ok, what does it use instead?");
    expect(answer).toMatchObject({ intent: "answer", systems: ["snappy"] });
    expect(answer.facts[0]?.text).toMatch(/AppArmor/);
    const lacking = askAfter("does coreos ship selinux?", "what has it got instead?").answer;
    expect(lacking.facts[0]?.text, "guard: a lacking fact still lends its terms").toMatch(
      /seccomp/,
    );
  });

  it("should reach Atomic's read-only /usr through 'system folders' and 'tamper-proof'", () => {
    expectFirstFact(/read-only/, "does atomic lock its system folders?");
    expectFirstFact(/read-only/, "are atomic's core system files tamper-proof?");
    expectFirstFact(
      /Kickstart/,
      "i found a folder of kickstart files from our old admin, any use on atomic?",
    );
  });

  it("should put a ranked comparison's facts in the ranking's order", () => {
    const smallest = askReal("which of the container oses is the smallest?");
    expect(smallest.intent).toBe("compare");
    expect(smallest.facts[0]?.text).toMatch(/RancherOS 0\.23\.0 has a size of 20 MB/);
    const newest = askReal("which has the newest kernel?");
    expect(newest.facts[0]?.text).toMatch(/4\.0\.0/);
    expect(askReal("which is the most lightweight?").text).toMatch(/lowest first: RancherOS/);
  });
});

describe("readings from the ropewalk, airfield, courier, clockmaker, salt-mine and tram sets", () => {
  it("should answer what an article says of a system from that article's facts", () => {
    const answer = askReal("what does rosland say about rancheros?");
    expect(answer.facts.slice(0, 3).every((f) => f.sources.includes("rosland-2015"))).toBe(true);
    // "write" is how an article is asked about, not Atomic's read-only /usr.
    const written = askReal("what did infoq write about atomic?");
    expect(written.facts[0]?.sources).toContain("infoq-2014");
    expect(written.facts[0]?.text).not.toMatch(/read-only/);
  });

  it("should take how to put a question, or what the bot holds, as asking for help", () => {
    expectIntent(
      "help",
      "how should we phrase our questions?",
      "what OSes do you know, and how should i word my questions?",
      "what kinda things can u solve?",
      "ok what's in your head?",
      "do i type a question about atomic n that, or are there commands?",
      "how do i drive this thing, plain english or some syntax?",
      "how do i use this properly? do i just type stuff about like photon or whatever?",
    );
    expectIntent("answer", "can coreos solve our update problem?");
  });

  it("should read 'no clue' and 'clue:' as how a question is put", () => {
    expectFirstFact(/tdnf/, "tdnf? no clue what that is");
    expect(askReal("clue: the tiniest container os of them all?").intent).toBe("compare");
  });

  it("should rank the systems by a thing named elsewhere in the question", () => {
    const answer = askReal("kernels: which of the five had the newest one?");
    expect(answer.intent).toBe("compare");
    expect(answer.facts[0]?.text).toMatch(/4\.0\.0/);
    expectBeyondSources("which of the five has the latest release?");
  });

  it("should stay on the system in play when a pair of common words is another's term", () => {
    const { answer } = askAfter(
      "what runs as pid 1 on rancheros?",
      "how do kernel updates work when the kernel is no container?",
    );
    expect(answer.systems).toEqual(["rancheros"]);
    expect(answer.facts[0]?.text).toMatch(/kernel and initrd/);
  });

  it("should read 'that one' after a ranking as the one ranked first", () => {
    const { answer } = askAfter(
      "which container os is the smallest?",
      "and how does that one stay so small?",
    );
    expect(answer.systems).toEqual(["rancheros"]);
  });

  it("should set 'those two' beside the system named", () => {
    const { answer } = askAfter(
      ["what init system does rancheros use?", "and photon?"],
      "put those two next to coreos",
    );
    expect(answer.intent).toBe("compare");
    expect([...answer.systems].sort()).toEqual(["coreos", "photon", "rancheros"]);
  });

  it("should read 'any catch' as asking for the gotcha of the thing in play", () => {
    const { answer } = askAfter("what is cockpit on atomic?", "is there a catch with it?");
    expect(answer.facts[0]?.text).toMatch(/setenforce 0/);
  });

  it("should read 'a tiny shop running …' as the asker's own shop, not who runs the systems", () => {
    expect(askReal("compare all six for a small shop running a ticket queue").intent).toBe(
      "compare",
    );
    expectBeyondSources("are any shops running coreos?");
  });

  it("should reach facts through everyday words for size, booting and netbooting", () => {
    expectFirstFact(/111 MB/, "how skinny is snappy?");
    expectFirstFact(
      /boot extremely quickly/,
      "photon: does it come back up fast after we bounce the box?",
    );
    const { answer } = askAfter("how do i deploy coreos?", "can i netboot it instead?");
    expect(answer.facts[0]?.text).toMatch(/PXE/);
  });

  it("should refuse what the sources cannot know: end of support, benchmarks, partitions", () => {
    expectBeyondSources(
      "when did red hat end support for project atomic?",
      "coreos vs photon boot benchmarks - got numbers?",
      "does atomic ship podman now? ship it now or not?",
      "what does coreos do when a network partition splits the cluster?",
    );
  });
});

describe("mends from the review of the ropewalk-to-weather-station readings", () => {
  it("should answer what an article covers, when nothing else is asked, from that article", () => {
    for (const [question, source] of [
      ["what does metral cover?", "metral-2015"],
      ["what did hayden write?", "hayden-2014"],
      ["what does the infoq article say?", "infoq-2014"],
    ] as const) {
      const answer = askReal(question);
      expect(answer.intent, question).toBe("answer");
      expect(answer.facts.length, question).toBeGreaterThan(0);
      expect(
        answer.facts.every((f) => f.sources.includes(source)),
        question,
      ).toBe(true);
      expect(answer.text, question).toMatch(/says, system by system:/);
    }
  });

  it("should keep 'catch up' apart from 'any catch'", () => {
    expectFirstFact(/applies atomic updates/, "how do i catch up on atomic updates?");
  });

  it("should read 'type stuff about …' and 'skinniest' as the asker means them", () => {
    expectIntent("help", "do i just type stuff about like snappy or whatever?");
    const skinniest = askReal("which is the skinniest one?");
    expect(skinniest.intent).toBe("compare");
    expect(skinniest.facts[0]?.text).toMatch(/20 MB/);
  });
});

describe("age rankings from the dates the facts give", () => {
  it("should rank 'the newest' by when the sources date each system, not in file order", () => {
    const newest = askReal("which is the newest os?");
    expect(newest.intent).toBe("compare");
    expect(newest.text).toMatch(/newest first: Mesosphere DCOS \(September 2015\), VMware Photon/);
    expect(newest.facts[0]?.system).toBe("dcos");
    const oldest = askReal("coreos, atomic or photon: which came out first, oldest first?");
    expect(oldest.facts[0]?.system).toBe("coreos");
    expect(askReal("which is the smallest?").text, "guard: a figure still ranks").toMatch(
      /By size and footprint, lowest first/,
    );
  });
});

describe("everyday words for a mix-up, a family tree and a party trick", () => {
  it("should reach the facts through synonyms.yml", () => {
    expectFirstFact(/mistaken for Apache Mesos/, "what is dcos commonly confused with?");
    expectFirstFact(/based on ChromeOS/, "where does coreos sit in the family tree?");
    expectFirstFact(/key differentiator/, "what's the killer feature of dcos?");
  });
});

describe("readings of the cable-car-to-market-stall sets", () => {
  it("should read 'aka' as wording, not a word the sources lack", () => {
    expectFirstFact(/rkt/, "rkt aka rocket - explain it");
  });

  it("should let work that hops to another machine reach the failover fact", () => {
    expectFirstFact(
      /migrated to another node/,
      "our coreos box keeled over; did its jobs hop onto the next machine by themselves?",
    );
  });

  it("should lead an installer question about atomic with its 2014 lack of one", () => {
    expectFirstFact(/no installer yet/, "is there a real installer for project atomic?");
  });

  it("should hear everyday words for small, restarts and a stepping stone", () => {
    const teeny = askReal("how teeny is rancheros?");
    expect(teeny.intent).toBe("answer");
    expect(teeny.facts[0]?.topic).toBe("size");
    expectFirstFact(/boot extremely quickly/, "does photon boot fast after a power cycle?");
    expectFirstFact(/transitional OS/, "is snappy a halfway house for ubuntu teams?");
  });

  it("should keep power draw beyond the sources", () => {
    expectBeyondSources("coreos vs atomic: which has the lower power draw?");
  });

  it("should answer central logins on photon, and still refuse default passwords", () => {
    const logins = "can photon give the whole team one password for every login?";
    expectIntent("answer", logins);
    expectFirstFact(/Lightwave/, logins);
    expectBeyondSources(
      "what is the default password on coreos?",
      "i forgot the password on my snappy box",
    );
  });

  it("should take 'what sorts of things can you tell me about?' as a request for help", () => {
    expectIntent("help", "what sorts of things can you tell me about?");
    expectIntent("answer", "what can you tell me about atomic security?");
  });

  it("should read 'in all of this' as the context, and 'the whole lineup' as every system", () => {
    const zookeeper = askReal("where does zookeeper fit in all of this?");
    expect(zookeeper.intent).toBe("answer");
    expect(zookeeper.systems).toEqual(["dcos"]);
    const lineup = askReal("kernels for the whole lineup please");
    expect(lineup.intent).toBe("compare");
    expect(lineup.systems.length).toBeGreaterThanOrEqual(5);
  });
});

describe("a follow-up's 'it' as the tool the last question asked about on its system", () => {
  it("should read 'it' as fleet or geard, not as their system", () => {
    expect(
      askAfter("what does fleet do on coreos?", "and where does it keep its state?").answer.facts[0]
        ?.text,
    ).toMatch(/etcd as its manifest/);
    expect(
      askAfter("what is geard used for on atomic?", "what example made it click for the reviewer?")
        .answer.facts[0]?.text,
    ).toMatch(/geard/i);
  });

  it("should keep 'it' as the system when the tool was said of it, or the follow-up names its own", () => {
    expect(askAfter("is dcos just mesos?", "so what else can it run?").answer.systems).toEqual([
      "dcos",
    ]);
    expect(
      askAfter("tell me about etcd on coreos", "and fleet, what does it do with etcd?").answer
        .facts[0]?.text,
    ).toMatch(/fleet/);
  });
});

describe("mends from the review of the cable-car-to-market-stall readings", () => {
  it("should still refuse a forgotten or reset password, whichever system", () => {
    expectBeyondSources(
      "forgot my photon password, what now?",
      "lost my photon password",
      "how do i reset password on photon?",
    );
  });

  it("should rank 'the teeny one' and 'the teeniest' by size", () => {
    const teeniest = askReal("which is the teeniest of them?");
    expect(teeniest.intent).toBe("compare");
    expect(teeniest.facts[0]?.text).toMatch(/20 MB/);
    expect(askReal("which is the teeny one?").facts[0]?.topic).toBe("size");
  });

  it("should read 'container types' as the runtimes a system runs, not a filesystem type", () => {
    expect(
      askAfter("is photon from vmware?", "and what container types does it run").answer.facts[0]
        ?.text,
    ).toMatch(/Docker, rocket and Pivotal Garden/);
    expectFirstFact(/ext4/, "coreos root filesystem type?");
  });
});

describe("breaches and what a tool ended up replacing, beyond 2014-2015 sources", () => {
  it("should say the sources don't tell", () => {
    expectBeyondSources(
      "any security breaches at coreos?",
      "did etcd end up replacing something else on coreos later?",
    );
  });
});

describe("mends from the review of the password and size readings", () => {
  it("should answer a question whose asker lost or forgot something other than a password", () => {
    expectIntent(
      "answer",
      "lost my place in the docs - what does coreos use for clustering?",
      "my password on atomic is empty - is that the default?",
    );
    expectBeyondSources("lost my rancheros password, help");
  });
});

describe("readings of the dental-practice-to-pest-control sets", () => {
  it("should name the one system two things set side by side belong to, asked which OS", () => {
    const owner = askReal("user docker vs system docker: which distro has those?");
    expect(owner.intent).toBe("answer");
    expect(owner.systems).toEqual(["rancheros"]);
  });

  it("should go on to the topic's facts not yet shown when asked what else on it", () => {
    const earlier = askReal("does atomic have selinux?");
    const more = askAfter("does atomic have selinux?", "anything else on the security side?");
    expect(more.answer.systems).toEqual(["atomic"]);
    expect(more.answer.facts[0]?.id).not.toBe(earlier.facts[0]?.id);
    expect(earlier.facts.map((f) => f.id)).not.toContain(more.answer.facts[0]?.id);
  });

  it("should count the systems of the conversation in 'of the three'", () => {
    const three = askAfter(
      ["coreos size", "snappy size"],
      "then atomic - which of the three is largest?",
    );
    expect(three.answer.intent).toBe("compare");
    expect([...three.answer.systems].sort()).toEqual(["atomic", "coreos", "snappy"]);
  });

  it("should ask a new topic of the system, not of the kind of thing asked before", () => {
    expect(
      askAfter(["photon", "what hypervisor is it optimised for?"], "when was it released?").answer
        .facts[0]?.text,
    ).toMatch(/April 2015/);
    expectFirstFact(/151\/333 MB/, "atomic size");
    expect(
      askAfter("what filesystem is atomic on?", "and how large is it?").answer.facts[0]?.text,
    ).toMatch(/151\/333 MB/);
  });

  it("should answer 'how?' about what was just asked", () => {
    expect(
      askAfter("are snappy apps kept apart from one another?", "how so?").answer.facts[0]?.text,
    ).toMatch(/AppArmor/);
    expect(askReal("how?").intent).toBe("help");
  });

  it("should read 'which of those' after one system's answer as a choice among its things", () => {
    const base = askAfter(
      "what's project atomic built from?",
      "which of those could be the base os?",
    );
    expect(base.answer.intent).toBe("answer");
    expect(base.answer.systems).toEqual(["atomic"]);
  });

  it("should take 'thingy' and 'spell it out' for filler", () => {
    expectFirstFact(/sVirt/, "svirt thingy - spell it out please");
  });

  it("should say the sources don't tell of people, adopters, hardware and later versions", () => {
    expectBeyondSources(
      "who was the chief executive of coreos?",
      "who is the lead developer on rancheros?",
      "which banks are known to be using atomic?",
      "which version is snappy up to now?",
      "what's the service level agreement for dcos enterprise?",
      "does photon scan its containers for vulnerabilities?",
      "can coreos run on a 32-bit box?",
      "can i put rancheros on a synology nas box?",
      "what ups for a coreos rack?",
      "write me a kubernetes yaml for a coreos cluster",
    );
  });

  it("should find everyday words for the facts", () => {
    expectFirstFact(/etcd/, "coreos - is there a shared notepad the machines all write to?");
    expectFirstFact(/fleet/i, "coreos: can i run every box from one spot?");
    expectFirstFact(/technology preview/, "is photon still half baked?");
    expectFirstFact(
      /made of containers|everything|[Ss]ystem services/,
      "rancheros: is it containers all the way?",
    );
    expectFirstFact(/20 MB|22 MB/, "how much room does rancheros need?");
  });
});

describe("mends from the review of the dental-practice-to-pest-control readings", () => {
  it("should answer 'what else' on a topic after an overview with that topic's facts", () => {
    expect(askAfter("tell me about atomic", "what else security wise").answer.facts[0]?.topic).toBe(
      "security",
    );
  });

  it("should not read a notepad app as etcd, nor refuse what the sources say of vulnerabilities", () => {
    expectBeyondSources("notepad for coreos?");
    expectFirstFact(/vulnerabilities/, "does rancheros leave less to watch for vulnerabilities?");
  });
});

describe("readings of the care-home-to-newsagent sets", () => {
  it("should not read an opening 'and' with the word after it as a pair of the facts", () => {
    expect(
      askAfter("which kernel is coreos using?", "and docker version?").answer.facts[0]?.text,
    ).toMatch(/Docker 1\.5\.0/);
  });

  it("should read past emphasis after a question word", () => {
    expectFirstFact(/VMware/, "who really makes photon?");
    expect(askReal("who truly makes rancheros?").topics).toEqual(["vendor"]);
  });

  it("should take 'wrote' for who made a thing", () => {
    expect(askReal("who wrote fleet?").systems).toEqual(["coreos"]);
  });

  it("should answer help when one sentence asks it and the rest names nothing known", () => {
    expectIntent("help", "what's on your menu? what can i ask you?", "are you a slack bot?");
    expectIntent("no_match", "how do i get our slack bot onto kubernetes, how");
  });

  it("should ask security of 'safe enough' and say the sources don't tell of later fates", () => {
    expect(askReal("how safe is rancheros?").facts[0]?.topic).toBe("security");
    expectBeyondSources(
      "is rancher still going as a company?",
      "who is the boss of the company behind photon?",
      "is there a reseller for dcos in germany?",
      "what became of atomic after it was discontinued?",
    );
  });
});

describe("readings of the plasterer-to-cattery sets", () => {
  it("should give the reason first when asked why a system has so much of its topic", () => {
    expectFirstFact(
      /stripped/,
      "how come rancheros is so tiny?",
      "what is it that makes rancheros that tiny?",
    );
  });

  it("should read an emoji before a question as the end of a sentence", () => {
    expectIntent("help", "cheers in advance \u{1F605} what do you answer?");
  });

  it("should say the sources don't tell of desktops, power bills or how things look now", () => {
    expectBeyondSources(
      "what's the newest centos atomic host version?",
      "is there a desktop edition of rancheros?",
      "how much electricity does photon use?",
      "how does coreos pricing look now?",
    );
  });

  it("should find everyday words for the facts", () => {
    expectFirstFact(/Google/, "where did coreos get its inspiration?");
    expectFirstFact(/git/, "does atomic keep a version history of the os?");
    expectFirstFact(/System Docker/, "rancheros runs two copies of docker?");
    expectFirstFact(/boot/, "photon: is it quick when you switch it on?");
  });

  it("should lead with the way around a missing thing, not with its being missing", () => {
    expect(
      askAfter(
        "is a package manager included with coreos?",
        "then how would we get python on it for our scripts?",
      ).answer.facts[0]?.text,
    ).toMatch(/toolbox/);
    expectFirstFact(/no installer/, "was there any installer for atomic?");
  });

  it("should say the sources don't tell of recent versions, recent years or names kept since", () => {
    expectBeyondSources(
      "what's photon's most recent version number?",
      "were bugs found in atomic in recent years?",
      "is canonical still the name behind snappy?",
    );
  });
});

describe("mends from the review of 69aa1c3 against 3f33a33", () => {
  it("should take the way around a missing thing only when a missing thing is asked", () => {
    expect(askReal("how do i get coreos running?").facts[0]?.text).not.toMatch(/toolbox/);
  });

  it("should not read 'what makes' as words of a fact when it asks why", () => {
    expect(askReal("what makes it so small?").facts[0]?.topic).toBe("size");
  });
});
