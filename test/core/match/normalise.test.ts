import { describe, expect, it } from "vitest";
import {
  compactKey,
  MAX_QUESTION_CHARS,
  normaliseQuestion,
  stripSlackMarkup,
  tokenise,
} from "../../../src/core/match/normalise.js";
import { askReal, matchReal } from "../../helpers/engine.js";

const tokensOf = (raw: string) => normaliseQuestion(raw).tokens;

describe("normaliseQuestion", () => {
  it.each([
    ["<@U123> coreos size", ["coreos", "size"]],
    ["<@U123|alice> coreos size", ["coreos", "size"]],
    ["<!here> <!channel> <!subteam^S123|@ops> coreos size", ["coreos", "size"]],
    ["size in <#C1|ops>", ["size", "in", "ops"]],
    ["see <http://x.example/coreos|the CoreOS page>", ["see", "the", "coreos", "page"]],
    ["see <https://coreos.com>", ["see", "https", "coreos.com"]],
    ["coreos &amp; atomic &lt;vs&gt; rancher", ["coreos", "atomic", "vs", "rancher"]],
    [":whale: coreos :+1: size :rocket:", ["coreos", "size"]],
    ["CoReOS SiZe", ["coreos", "size"]],
    ["coreos... size?!?", ["coreos", "size"]],
    ["what's RancherOS's init system?", ["what", "is", "rancheros", "init", "system"]],
    ["wait, so it reboots by itself?", ["so", "it", "reboots", "by", "itself"]],
    ["Hang on what's etcd", ["what", "is", "etcd"]],
    ["waiting for the image download", ["waiting", "for", "the", "image", "download"]],
    ["wait times after failover", ["wait", "times", "after", "failover"]],
    ["kernel 3.19.3?", ["kernel", "3.19.3"]],
    ["kernel three point nineteen point two", ["kernel", "3.19.2"]],
    ["dcos two point oh", ["dcos", "2.0"]],
    ["starting points for two daemons", ["starting", "points", "for", "two", "daemons"]],
    ["Photon\u00a0OS\u200b", ["photon", "os"]],
    ["Córeos", ["coreos"]],
    ["🐳🐳 coreos 🚀", ["coreos"]],
    ["Q3: coreos size?", ["coreos", "size"]],
    ["question 2. coreos size", ["coreos", "size"]],
    ["1.5 docker on coreos?", ["1.5", "docker", "on", "coreos"]],
    ["OPS-3102 [P2][coreos] kernel?", ["coreos", "kernel"]],
    // A vulnerability's id is said to be one ("cve id"), its year and number kept.
    ["CVE-2014-6271 on coreos?", ["cve", "id", "cve", "2014", "6271", "on", "coreos"]],
  ])("should reduce %j to its words", (raw, tokens) => {
    expect(tokensOf(raw)).toEqual(tokens);
  });

  it.each(["", "   \t\n ", "?!...,;:", "<@U123>", "🐳🚀", "\u0000\u0007\u001b\u200f\u202e"])(
    "should find no words in %j",
    (raw) => {
      expect(tokensOf(raw)).toEqual([]);
    },
  );

  it("should not mark a question of ordinary length as cut", () => {
    expect(normaliseQuestion("coreos size").truncated).toBe(false);
    expect(normaliseQuestion("x".repeat(MAX_QUESTION_CHARS)).truncated).toBe(false);
  });

  it("should cut a 10,000-character question to MAX_QUESTION_CHARS and say so", () => {
    const raw = `coreos size ${"padding ".repeat(1250)}rancheros`;
    const { tokens, truncated } = normaliseQuestion(raw);

    expect(raw.length).toBeGreaterThan(10_000);
    expect(truncated).toBe(true);
    expect(tokens.slice(0, 2)).toEqual(["coreos", "size"]);
    expect(tokens).not.toContain("rancheros");
    expect(tokens.join(" ").length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
  });
});

describe("stripSlackMarkup", () => {
  it("should keep a channel's name and a link's label but drop mentions", () => {
    expect(stripSlackMarkup("<@U1> in <#C1|ops> read <http://x|docs>").split(/\s+/)).toEqual([
      "",
      "in",
      "ops",
      "read",
      "docs",
      "",
    ]);
  });

  it("should decode the three entities Slack escapes", () => {
    expect(stripSlackMarkup("a &amp; b &lt; c &gt; d")).toBe("a & b < c > d");
  });

  it("should leave broken entities as text", () => {
    expect(stripSlackMarkup("&amp &lt;; &#xyz;")).toBe("&amp <; &#xyz;");
  });
});

describe("tokenise", () => {
  it("should split on hyphens and slashes but keep version numbers whole", () => {
    expect(tokenise("auto-update ldap/kerberos v1.5.0")).toEqual([
      "auto",
      "update",
      "ldap",
      "kerberos",
      "v1.5.0",
    ]);
  });

  it("should read two names joined by '+' as two words, and a trailing '+' as none", () => {
    expect(tokenise("flannel+etcd, c++, docker 1.5+")).toEqual([
      "flannel",
      "etcd",
      "c",
      "docker",
      "1.5",
    ]);
  });

  it("should drop a possessive 's", () => {
    expect(tokenise("CoreOS's kernel")).toEqual(["coreos", "kernel"]);
  });
});

describe("compactKey", () => {
  it.each(["Core OS", "core-os", "COREOS", "core.os"])("should make %j the key coreos", (name) => {
    expect(compactKey(name)).toBe("coreos");
  });

  it("should join DC/OS into one key", () => {
    expect(compactKey("DC/OS")).toBe("dcos");
  });
});

describe("tokenise: contractions", () => {
  it('should read "i\'m" as "i am", never as a word of its letters (\'ima\')', () => {
    expect(tokenise("I\u2019m a manager")).toEqual(["i", "am", "a", "manager"]);
    expect(matchReal("i'm a manager, what is coreos for").topics).not.toContain("security");
  });

  it('should read chat\'s "im" as "i am" too', () => {
    expect(tokenise("im new here")).toEqual(["i", "am", "new", "here"]);
    expect(matchReal("what is fleet? im a sound engineer").topics).not.toContain("security");
  });

  it("should read whom an explanation is for as no subject of the question", () => {
    // "lighting" is no "lightwave", "tech" no tech preview: the answer is about fleet.
    const answer = askReal("explain fleet like i'm a lighting tech");

    expect(answer.systems).toEqual(["coreos"]);
    expect(answer.facts[0]?.text).toMatch(/fleet/i);
    expect(tokensOf("explain etcd like im a lighting tech, quickly?")).toEqual([
      "explain",
      "etcd",
      "quickly",
    ]);
    expect(tokensOf("explain like im five what is etcd")).toEqual([
      "explain",
      "what",
      "is",
      "etcd",
    ]);
    // Only after a word that asks for an explanation: "looks like i'm …" is no audience.
    expect(askReal("looks like im not sure whether photon has a package manager").intent).toBe(
      "answer",
    );
  });

  it('should read "out of the box" as one word, no box', () => {
    expect(tokenise("on out-of-the-box?")).toEqual(["on", "outofthebox"]);
    // Not the bastion host's "jump box".
    expect(askReal("is selinux enforcing out of the box on coreos?").facts[0]?.text).toMatch(
      /without SELinux/,
    );
  });

  it('should read "dead slow" as "very slow", no system that died', () => {
    expect(tokenise("the link is dead slow")).toEqual(["the", "link", "is", "very", "slow"]);
    expect(askReal("how big is the coreos image, our link is dead slow").intent).toBe("answer");
    expect(askReal("is coreos dead?").intent).toBe("no_match");
  });

  it('should read "is atomic host dead?" as asking after the project, not a machine that died', () => {
    expect(askReal("is atomic host dead?").intent).toBe("no_match");
    expect(askReal("is fedora atomic host dead yet").intent).toBe("no_match");
    // A machine running Atomic that failed is still the asker's outage.
    expect(askReal("if an atomic host is dead what happens to containers").intent).toBe("answer");
    // "dead weight" is a burden, not a project that died.
    expect(askReal("is atomic host dead weight for a small team?").intent).toBe("answer");
  });

  it("should read a write-up as one word, an article, not as writing", () => {
    expect(tokenise("the 2015 write-ups and a write up")).toEqual([
      "the",
      "2015",
      "writeups",
      "and",
      "a",
      "writeup",
    ]);
    expect(matchReal("what did the write-ups say about atomic").topics).not.toContain("filesystem");
  });
});

describe("questions in German", () => {
  it("should read the sharp s as 'ss', not drop it ('groß' is no 'gro')", () => {
    expect(tokenise("Wie groß ist RancherOS?")).toEqual(["wie", "gross", "ist", "rancheros"]);
  });

  it("should find the topic its German words name, and open with it", () => {
    expect(askReal("wie groß ist rancheros?").facts[0]?.topic).toBe("size");
    expect(askReal("welches dateisystem benutzt atomic?").facts[0]?.text).toMatch(/xfs/);
  });
});
