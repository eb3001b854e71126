import { describe, expect, it } from "vitest";
import { MIN_CONFIDENCE, resolveQuestion } from "../../../src/core/match/resolve.js";
import { answersAbout, askAfter, askReal, matchReal } from "../../helpers/engine.js";

describe("resolveQuestion: intent", () => {
  it.each([
    ["coreos vs atomic", ["coreos", "atomic"]],
    ["rancheros v photon", ["rancheros", "photon"]],
    ["coreos versus atomic", ["coreos", "atomic"]],
    ["compare coreos and atomic", ["coreos", "atomic"]],
    ["coreos and atomic side by side", ["coreos", "atomic"]],
    ["difference between coreos and atomic", ["coreos", "atomic"]],
    ["coreos or atomic for security", ["coreos", "atomic"]],
    ["which is smaller, coreos or rancheros", ["coreos", "rancheros"]],
    ["coreos rancheros and photon size", ["coreos", "rancheros", "photon"]],
  ])("should compare when asked %j", (question, systems) => {
    const answer = askReal(question);

    expect(answer.intent).toBe("compare");
    expect(answer.systems).toEqual(systems);
  });

  it("should compare every system with facts on the topic when asked to compare all", () => {
    const answer = askReal("compare all on size");

    expect(answer.intent).toBe("compare");
    expect(answer.topics).toEqual(["size"]);
    expect(answer.systems.length).toBeGreaterThanOrEqual(5);
  });

  it("should compare on a comparative with a topic and no system", () => {
    expect(askReal("which is smaller").intent).toBe("compare");
  });

  it("should answer what sets one system apart from the others with its own facts", () => {
    const apart = askReal("what makes dcos different from the other container OSes?");
    expect(apart.intent).toBe("answer");
    expect(apart.systems).toEqual(["dcos"]);
    expect(apart.facts[0]?.text).toMatch(/not limited to container management/);
    expect(askReal("what makes photon special compared to other stuff?").intent).toBe("answer");
    // In a conversation about another system too: "the others" are all of them, not that one.
    const later = askAfter("coreos updates", "what makes dcos different from the other OSes?");
    expect(later.answer.systems).toEqual(["dcos"]);
    // Set against the others on a measure or a topic, it is still a comparison.
    expect(askReal("is coreos smaller than the others?").intent).toBe("compare");
    expect(askReal("how do coreos updates differ from the others?").intent).toBe("compare");
  });

  it("should read 'those hosts' as the asker's own machines, not all the systems", () => {
    expect(askReal("if we move to rkt can those hosts still run our docker images?").intent).toBe(
      "answer",
    );
    expect(askReal("which filesystems do they use?").intent).toBe("compare");
  });

  it("should compare a tool of one system set against another system by name", () => {
    const tool = askReal("rpm-ostree vs coreos a/b");
    expect(tool.intent).toBe("compare");
    expect([...tool.systems].sort()).toEqual(["atomic", "coreos"]);
    // Two things of the one system named, though one word is in another system's fact.
    const inside = askReal("what's system-docker vs regular docker on rancheros?");
    expect(inside.intent).toBe("answer");
    expect(inside.systems).toEqual(["rancheros"]);
  });

  it("should read 'atomic updates' after another system's name as a kind of update", () => {
    const coreos = askReal("does coreos do atomic updates?");
    expect(coreos.intent).toBe("answer");
    expect(coreos.systems).toEqual(["coreos"]);
    // Set against another system, or asked first, it is Project Atomic.
    expect(askReal("atomic updates or coreos updates, which is safer?").systems).toEqual([
      "atomic",
      "coreos",
    ]);
    expect(askReal("how do atomic updates work on atomic host").systems).toEqual(["atomic"]);
    // Another system named elsewhere in the scene leaves Atomic's updates asked.
    expect(askReal("we're on coreos; are atomic updates transactional?").systems).toContain(
      "atomic",
    );
    expect(askReal("we're on coreos; how do rancher upgrades work?").systems).toEqual([
      "rancheros",
    ]);
  });

  it("should set a system named in a follow-up against the last one when asked how it differs", () => {
    const differs = askAfter("photon package manager?", "and how is rancheros different").answer;
    expect(differs.intent).toBe("compare");
    expect(differs.systems).toEqual(["photon", "rancheros"]);
    // Not what makes one stand apart, which its own facts say.
    const apart = askAfter("coreos kernel version?", "what makes dcos different?").answer;
    expect(apart.systems).toEqual(["dcos"]);
    const tighter = askAfter("coreos security?", "and snappy? which one's tighter").answer;
    expect(tighter.intent).toBe("compare");
    expect(tighter.systems).toEqual(["coreos", "snappy"]);
  });

  it("should answer why one system is ahead of another with that system's reason", () => {
    const answer = answersAbout(
      "what docker version does rancheros ship?",
      "why's it newer than the one on coreos?",
      ["rancheros"],
    );
    expect(answer.topics).toContain("docker");
    expect(answer.facts[0]?.text).toMatch(/latest Docker/);
  });

  it.each(["security atomic", "size rancheros", "what does rancheros use as its init system?"])(
    "should answer %j",
    (question) => {
      expect(askReal(question).intent).toBe("answer");
    },
  );

  it.each([
    "",
    "help",
    "what can you do",
    "   ",
    "?",
    // Its own sources and how to ask: what the help text describes.
    "how current is your info?",
    "what sources are your answers based on?",
    "any tips on phrasing questions for you?",
    // What the bot is for, what it can and cannot do.
    "what are your capabilities and limitations?",
    "hello, what is the purpose of this bot?",
    // What to ask it, whatever the subject.
    "what kind of sizing questions can I ask you?",
    "new here. what kinds of questions can I ask you, and how current is your stuff?",
  ])("should help with %j", (question) => {
    expect(askReal(question).intent).toBe("help");
  });

  it("should not read questions to ask someone else as a request for help", () => {
    expect(askReal("what questions should I ask the vendor about updates?").intent).not.toBe(
      "help",
    );
  });

  it("should read 'do your sources cover nomad?' as a question about nomad", () => {
    expect(askReal("does anything in your sources cover nomad").intent).toBe("no_match");
  });

  it.each([
    "reset my VPN password",
    "postgres vacuum tuning",
    "compare apples and oranges",
    "what is the capital of france",
    "asdfghjkl qwerty",
  ])("should not answer %j", (question) => {
    expect(askReal(question).intent).toBe("no_match");
  });
});

describe("resolveQuestion: confidence", () => {
  it.each([
    "atomic habits book summary",
    "what's the size of the moon",
    "kernel panic on my macbook",
    "the docker of the port unloaded the ship",
    "my update to the tax form",
  ])("should be below MIN_CONFIDENCE for %j, which only shares a word with the KB", (question) => {
    const answer = askReal(question);

    expect(answer.confidence).toBeLessThan(MIN_CONFIDENCE);
    expect(answer.intent).toBe("no_match");
    expect(answer.facts).toEqual([]);
  });

  it.each([
    "security atomic",
    "coreos vs atomic",
    "what does rancheros use as its init system?",
    "how big is photon?",
    "fedora atomic rollback",
  ])("should be high for the real question %j", (question) => {
    expect(askReal(question).confidence).toBeGreaterThanOrEqual(0.85);
  });

  it("should not read a name the facts never write as the known word it starts with", () => {
    // "windows" is in a fact ("maintenance windows"), "nano server" in none.
    for (const question of [
      "what's Windows Nano Server good for?",
      "what consensus algorithm does etcd use?",
    ]) {
      expect(askReal(question).intent, question).toBe("no_match");
    }
    for (const question of ["what's etcd for?", "what is cockpit", "what fleet does for us"]) {
      expect(askReal(question).intent, question).toBe("answer");
    }
  });

  it("should not answer with an overview when only other systems' facts know what is asked", () => {
    // "zabbix" is known to neither the facts nor common English; "gateway" is only a CoreOS fact's word.
    const answer = askReal("does rancheros work with our zabbix gateway?");

    expect(answer.intent).toBe("no_match");
    expect(answer.systems).toEqual(["rancheros"]);
    // Reaching no fact at all, a plain question still gets the system's overview.
    expect(askReal("how can i try project atomic on my laptop?").intent).toBe("answer");
  });

  it("should be lower for a misspelt name than for the right one, and still answer", () => {
    const right = askReal("rancheros size");
    const typo = askReal("rancheos size");

    expect(typo.intent).toBe("answer");
    expect(typo.confidence).toBeLessThan(right.confidence);
    expect(typo.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });

  it("should be full for a request for help", () => {
    expect(resolveQuestion(matchReal("help")).confidence).toBe(1);
  });
});
