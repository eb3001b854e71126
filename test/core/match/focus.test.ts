import { describe, expect, it } from "vitest";
import { readClauses, SCENE_SHARE } from "../../../src/core/match/focus.js";
import { tokenise } from "../../../src/core/match/normalise.js";
import { askReal } from "../../helpers/engine.js";

const clauseEmphasis = (text: string) => readClauses(text).emphasis;

/** The weight of `word` where it stands in `text`. */
function weightOf(text: string, word: string): number | undefined {
  const { tokens, emphasis } = readClauses(text);
  return emphasis[tokens.indexOf(word)];
}

describe("readClauses", () => {
  it("should weigh exactly the tokens tokenise makes, versions and dashes included", () => {
    for (const text of [
      "coreos 647.0.0 - kernel 3.19.3?",
      "no python... no gcc, how do i debug?",
      "rancheros: what's pid 1\nand why",
      "",
      "?!,;",
    ]) {
      expect(readClauses(text).tokens, text).toEqual(tokenise(text));
      expect(clauseEmphasis(text), text).toHaveLength(tokenise(text).length);
    }
  });

  it("should weigh the clause that sets the scene less than the one that asks", () => {
    const text = "our hosts have no compilers, how do we troubleshoot them";
    expect(weightOf(text, "compilers")).toBe(SCENE_SHARE);
    expect(weightOf(text, "troubleshoot")).toBe(1);
    // A request that ends with "pls" asks too.
    expect(weightOf("does photon boot faster than coreos, numbers pls", "numbers")).toBe(1);
  });

  it("should mark the lines of pasted output and configuration, not the question after them", () => {
    const pastedWords = (text: string) => {
      const { tokens, pasted } = readClauses(text);
      return tokens.filter((_, i) => pasted[i]);
    };
    expect(
      pastedWords("$ docker version\nServer version: 1.6.0\nis this atomic's docker?"),
    ).toEqual(["docker", "version", "server", "version", "1.6.0"]);
    // Columns of output go on until a line asks.
    expect(
      pastedWords("$ snappy list\nName  Version\ndocker 1.5.0.002 canonical\nwhy won't it start?"),
    ).toEqual(["snappy", "list", "name", "version", "docker", "1.5.0.002", "canonical"]);
    expect(pastedWords("```\nerror: no space left\n```\nwhat now")).toEqual([
      "error",
      "no",
      "space",
      "left",
    ]);
    // Prose is not pasted, nor is a message that is all settings.
    expect(pastedWords("we run coreos in prod\nhow do updates work?")).toEqual([]);
    expect(pastedWords("ID=photon\nVERSION=1.0")).toEqual([]);
  });

  it("should read a question on past a description set between commas", () => {
    const text = "is lightwave, the photon identity piece, still maintained";
    expect(weightOf(text, "identity")).toBe(1);
    expect(weightOf(text, "maintained")).toBe(1);
    // A clause of its own after the question is still a scene.
    expect(weightOf("is coreos ok, we run it in prod", "prod")).toBe(SCENE_SHARE);
  });

  it("should read a clause ending in a question mark, or opening with an asking word, as asking", () => {
    expect(clauseEmphasis("the nodes reboot at night? we lose pods")).toEqual([
      1,
      1,
      1,
      1,
      1,
      SCENE_SHARE,
      SCENE_SHARE,
      SCENE_SHARE,
    ]);
    expect(clauseEmphasis("ok so which one is smallest, we run arm boxes")[0]).toBe(1);
  });

  it("should read a clause whose asking word comes last ('rkt is what, …') as asking", () => {
    const text = "rkt is what, is coming from the coreos people?";
    expect(weightOf(text, "rkt")).toBe(1);
    expect(weightOf("system-docker is doing what exactly, we run rancheros", "docker")).toBe(1);
    // Not a clause that only holds the word somewhere inside.
    expect(weightOf("we know what we run, is coreos small?", "know")).toBe(SCENE_SHARE);
  });

  it("should weigh every word alike when no clause asks, or every clause does", () => {
    expect(new Set(clauseEmphasis("coreos security, selinux"))).toEqual(new Set([1]));
    expect(new Set(clauseEmphasis("how does it update? is it safe?"))).toEqual(new Set([1]));
  });
});

describe("readClauses: a hedge before the asking word", () => {
  it("should read a clause opening with a hedge as the one that asks", () => {
    // The satellite link is the scene, not what the question asks about.
    expect(weightOf("roughly how big is the coreos image, the link is slow", "big")).toBe(1);
    expect(weightOf("roughly how big is the coreos image, the link is slow", "slow")).toBe(
      SCENE_SHARE,
    );
  });
});

describe("readClauses: a condition before the question", () => {
  it("should read 'if … can I …' without a comma as a scene and a question", () => {
    const text = "if a patch breaks the box can i boot the previous one?";
    expect(weightOf(text, "breaks")).toBe(SCENE_SHARE);
    expect(weightOf(text, "previous")).toBe(1);
  });

  it("should leave a clause alone when no question follows its condition", () => {
    expect(new Set(clauseEmphasis("when does it reboot?"))).toEqual(new Set([1]));
  });
});

describe("readClauses: a label before the question", () => {
  it("should read a few words the question points back at as what it asks about", () => {
    expect(weightOf("rpm-ostree, what is it in plain words?", "ostree")).toBe(1);
    expect(weightOf("flannel: what is that for?", "flannel")).toBe(1);
  });

  it("should keep a short scene as a scene when the question does not point back at it", () => {
    expect(weightOf("no python, how do i debug?", "python")).toBe(SCENE_SHARE);
    // A sentence of its own tells what happened: "that" points at the event, not at a label.
    const told = "node rebooted, uptime 4min. is that coreos updating itself?";
    expect(weightOf(told, "uptime")).toBe(SCENE_SHARE);
    expect(weightOf(told, "updating")).toBe(1);
    expect(weightOf("if coreos breaks, can i roll it back?", "breaks")).toBe(SCENE_SHARE);
  });

  it("should read a longer clause as asked when the question points back at all of it", () => {
    const reuse =
      "our admins know kickstart and anaconda inside out; can they reuse that on atomic?";
    expect(weightOf(reuse, "kickstart")).toBe(1);
    // "this bot" is a determiner and its noun, pointing at nothing before it.
    expect(weightOf("for the new folks: what can this bot answer?", "folks")).toBe(SCENE_SHARE);
  });
});

describe("readClauses: a tag question after the statement it asks about", () => {
  it("should read the statement before 'works?' or 'known thing?' as asked, not as a scene", () => {
    expect(new Set(clauseEmphasis("docker swarm mode on rancheros, works?"))).toEqual(new Set([1]));
    expect(weightOf("cockpit keeps fighting selinux on atomic, known thing?", "selinux")).toBe(1);
  });

  it("should read the statement before a short question offering answers as asked", () => {
    expect(weightOf("max etcd value size on coreos, 1mb or 2mb?", "value")).toBe(1);
    expect(weightOf("default ssh user on atomic, root or admin?", "ssh")).toBe(1);
    // A question of its own after it leaves it a scene.
    expect(weightOf("we run 3 nodes, how do we add a 4th?", "nodes")).toBe(SCENE_SHARE);
  });

  it("should read two things set side by side ('X vs Y') as asked", () => {
    expect(weightOf("podman vs docker on coreos - which should we use?", "podman")).toBe(1);
  });

  it("should read what was just learnt before 'so how …?' as its premise, not the question", () => {
    const answer = askReal(
      "coreos has no package manager?? so how do we debug anything on the host",
    );
    expect(answer.facts[0]?.text).toMatch(/toolbox/);
  });

  it("should read a few words after a question and a comma as still asked", () => {
    expect(weightOf("how do i reset the etcd cluster on coreos, exact steps", "exact")).toBe(1);
    expect(
      weightOf("how do i install docker on snappy, the actual command to type", "command"),
    ).toBe(1);
    // Not the asker's own setup said after it.
    expect(weightOf("how big is the coreos image, we're on vsat", "vsat")).toBe(SCENE_SHARE);
    expect(weightOf("does atomic have selinux, rancher shop", "rancher")).toBe(SCENE_SHARE);
  });

  it("should keep a scene a scene before a question with words of its own", () => {
    expect(weightOf("we run swarm, how does coreos cluster?", "swarm")).toBe(SCENE_SHARE);
    expect(weightOf("no gcc, nothing... how do i debug on them?", "gcc")).toBe(SCENE_SHARE);
  });
});

describe("readClauses: the asker's own setup", () => {
  it("should mark the clauses where the asker tells of their own setup, not news passed on", () => {
    const own = (text: string, word: string) => {
      const read = readClauses(text);
      return read.own[read.tokens.indexOf(word)] === true;
    };
    const text = "we pay a lot for our hosts. does coreos update itself?";
    expect(own(text, "pay")).toBe(true);
    expect(own(text, "update")).toBe(false);
    expect(own("i read that vmware sold photon. what kernel does it ship?", "sold")).toBe(false);
    // Nothing asks: no scene to set apart.
    expect(own("we pay a lot for our hosts", "pay")).toBe(false);
  });
});

describe("readClauses: who passed a thing on", () => {
  it("should weigh 'someone in ops mentioned them' as a scene, not as a question", () => {
    const text = "sidekick units on coreos? someone in the ops channel mentioned them";
    expect(weightOf(text, "channel")).toBe(SCENE_SHARE);
    expect(weightOf(text, "sidekick")).toBe(1);
    // What someone said is asked about.
    expect(weightOf("someone said fleet got dropped, what do we use", "dropped")).toBe(1);
  });

  it("should keep the asker's setup theirs when the question points back at it", () => {
    const read = readClauses("our login is all ldap right now. can coreos hook into that");
    expect(read.own[read.tokens.indexOf("now")]).toBe(true);
    expect(read.own[read.tokens.indexOf("coreos")]).toBe(false);
  });
});

describe("readClauses: a question after a condition", () => {
  it("should read 'what happens' after an 'if' clause as the question, the condition as its scene", () => {
    const text = "if a node dies halfway through a job what happens to its containers";
    expect(weightOf(text, "halfway")).toBe(SCENE_SHARE);
    expect(weightOf(text, "containers")).toBe(1);
  });
});
