import { describe, expect, it } from "vitest";
import { createEngine } from "../../../src/core/engine.js";
import { readClauses } from "../../../src/core/match/focus.js";
import { LimitIndex } from "../../../src/core/match/limits.js";
import { tokenise } from "../../../src/core/match/normalise.js";
import { realEngine, realKb } from "../../helpers/engine.js";

const index = new LimitIndex(realKb());
const find = (question: string) => index.find(tokenise(question))?.id;
/** The limit a question asks of `system`, whose name stands at token `at` when given. */
const findFor = (question: string, system: string, at?: number) =>
  index.find(tokenise(question), new Set(at === undefined ? [] : [at]), [system])?.id;

describe("LimitIndex", () => {
  it("should find the phrases of limits.yml, whatever their endings", () => {
    expect(find("is coreos still maintained")).toBe("current-status");
    // Asked in the present, whether it is maintained is today's status, "still" or not.
    expect(findFor("is photon maintained?", "photon", 1)).toBe("current-status");
    expect(find("anyone maintaining that thing")).toBe("current-status");
    // The exact settings or a tool's flags are instructions the sources never give.
    expect(find("the exact yaml to set the update group")).toBe("instructions");
    expect(find("fleetctl flags for a rolling restart")).toBe("instructions");
    expect(find("how would i write a cloud-config for static ips")).toBe("instructions");
    expect(find("how can we expose port 80 from a container on photon")).toBe("instructions");
    expect(find("how should i restart etcd on one node")).toBe("instructions");
    // A hyphenated name's version is one the facts never give, as a one-word name's is.
    expect(findFor("which cloud-init version is on photon", "photon", 6)).toBe("unknown-version");
    // What one writes, the sources may say; how to write it, step by step, they do not.
    expect(find("what do you write to run containers on coreos")).toBeUndefined();
    expect(find("who acquires coreos")).toBe("later-history");
    expect(find("who founded coreos and where is their hq")).toBe("company");
    expect(find("what license is lightwave released under")).toBe("license");
    expect(find("did coreos eventually build selinux into systemd")).toBe("later-history");
    expect(find("is rkt still a thing or did it die")).toBe("current-status");
    expect(find("what ever happened to geard")).toBe("later-history");
    expect(find("is rancher still trading under that name")).toBe("later-history");
    expect(find("does coreos still go by that name")).toBe("later-history");
    expect(find("was snappy subsequently adopted on phones")).toBe("later-history");
    // What replaced it came later; what replaces yum is used instead, which the facts may say.
    expect(find("what replaced fleet")).toBe("later-history");
    expect(find("what's the current equivalent of fleet")).toBe("later-history");
    expect(findFor("how do i layer a package on atomic", "atomic", 7)).toBe("not-covered");
    expect(findFor("which value do i set for the update strategy on coreos", "coreos", 9)).toBe(
      "instructions",
    );
    expect(find("how long was each atomic host release supported for")).toBe("measurements");
    // A habit, not RAM.
    expect(find("atomic or photon for a team whose muscle memory is yum?")).toBeUndefined();
    expect(find("how much memory does photon need?")).toBe("measurements");
    expect(find("did they rename the company")).toBe("later-history");
    expect(find("mesosphere renamed itself at some point, what to?")).toBe("later-history");
    // "just X renamed" asks whether it is the same thing under another name, not its history.
    expect(findFor("is dcos just apache mesos renamed?", "dcos", 1)).toBeUndefined();
    // Who uses it the sources never say; who makes it they do.
    expect(findFor("which big companies run dcos in production?", "dcos", 4)).toBe("adopters");
    expect(findFor("which company makes photon?", "photon", 3)).toBeUndefined();
    expect(find("what replaces yum on atomic")).toBeUndefined();
    expect(find("is that docker bug on snappy fixed yet")).toBe("current-status");
    // "Our current servers" are the asker's own: no question of how things stand today.
    expect(find("would rancheros beat our current servers")).toBeUndefined();
    expect(findFor("the current rancheros iso", "rancheros", 2)).toBe("current-status");
    expect(findFor("would rancheros beat our current servers", "rancheros", 1)).toBeUndefined();
    expect(findFor("atomic price per node", "atomic", 0)).toBe("pricing");
    expect(find("is there a newer version out now")).toBe("current-status");
    expect(find("what would vsphere customers have paid for it")).toBe("pricing");
    expect(find("photon docker version now")).toBe("current-status");
    // The users' other languages: Spanish and Portuguese, and German.
    expect(find("ist coreos noch aktuell")).toBe("current-status");
    expect(find("wie viel kostet dcos")).toBe("pricing");
    // A year of the sources beside a word is no model number; a later year is.
    expect(find("watching a project atomic talk (2014-ish) about geard")).toBeUndefined();
    expect(find("we're on rpm-ostree 2019.x, how do i roll back")).toBe("later-years");
    expect(find("how do i get bluetooth working on ubuntu core")).toBe("hardware");
    // Tools and services of later years that no article names are beyond the sources.
    expect(find("any gotchas running github actions self-hosted runners on coreos")).toBe(
      "not-covered",
    );
    expect(find("is there a vscode remote extension that works with rancheros")).toBe(
      "not-covered",
    );
    // Not an everyday word that a later tool's name stems like ("tracee", "traced back").
    expect(find("how are container logs traced back to the right container")).toBeUndefined();
    // The newest "out of all of them" ranks the systems; the newest of a system came later.
    expect(find("is that the newest one out of all of them")).toBeUndefined();
    expect(find("is that the newest one among them")).toBeUndefined();
    expect(find("is there a newest one")).toBe("later-releases");
    expect(find("the latest version of the atomic host")).toBe("later-releases");
  });

  it("should take a year after the newest source, or a version no source names, as beyond them", () => {
    expect(find("rancheros in 2031")).toBe("later-years");
    expect(find("what happened to geard after 2015")).toBe("later-years");
    expect(find("photon os 5.0")).toBe("unknown-version");
    // A number another of the system's facts quotes (OAuth 2.0) is no version of the system.
    expect(index.find(tokenise("when was photon os 2.0 released"), new Set([2, 3]))?.id).toBe(
      "unknown-version",
    );
    // As the facts write it beside a word of the name ("Fedora 22"), or a year of the sources.
    expect(index.find(tokenise("kernel on fedora atomic 22"), new Set([2, 3]))).toBeUndefined();
    expect(index.find(tokenise("project atomic 2014 targets"), new Set([0, 1]))).toBeUndefined();
  });

  it("should let through versions and years the sources mention, and ordinary questions", () => {
    expect(find("coreos 647.0.0 kernel")).toBeUndefined();
    expect(find("what happened in 2014")).toBeUndefined();
    expect(find("atomic security")).toBeUndefined();
    // A place in a list, a chat abbreviation, "in charge of": no version, name or price.
    expect(find("agenda item 3: security posture of coreos hosts")).toBeUndefined();
    expect(find("eli5 how atomic ships os files")).toBeUndefined();
    expect(find("on rancheros, what's in charge of starting udev")).toBeUndefined();
    expect(find("how much does canonical charge to publish a snap")).toBe("pricing");
    // Patch windows are no Windows, a 30-second summary no timing; Windows nodes are.
    expect(find("do i have to plan patch windows for coreos")).toBeUndefined();
    expect(find("give me the 30-second summary of coreos")).toBeUndefined();
    expect(find("can photon run windows nodes")).toBe("hardware");
    // A version of a thing the asked system's facts never number, though others' do.
    expect(findFor("what docker version does mesosphere dcos bundle", "dcos")).toBe(
      "unknown-version",
    );
    expect(findFor("what docker version does rancheros ship", "rancheros")).toBeUndefined();
    expect(findFor("is running k8s on coreos cheaper than eks", "coreos")).toBe("pricing");
  });

  it("should read a phrase's {system} as any name of any system", () => {
    expect(findFor("did red hat buy coreos", "coreos", 4)).toBe("later-history");
    expect(findFor("what happened to project atomic", "atomic", 3)).toBe("later-history");
    // Without a system's name the words alone ask nothing: "what does cloud-config buy us?"
    expect(findFor("what does coreos buy us", "coreos", 2)).toBeUndefined();
    expect(findFor("what happened to the containers on coreos", "coreos", 6)).toBeUndefined();
  });

  it("should leave out system names, so a name between the words does not hide a phrase", () => {
    const tokens = tokenise("latest rancheros release");
    expect(index.find(tokens)).toBeUndefined();
    expect(index.find(tokens, new Set([1]))?.id).toBe("later-releases");
  });

  it("should read v1.5, or a whole number after a system's name, as a version", () => {
    expect(findFor("does rancheros v1.5 run on kvm", "rancheros")).toBe("unknown-version");
    // A release of a thing whose facts give no number for it is a version too.
    expect(findFor("newest etcd release", "coreos")).toBe("unknown-version");
    // "a CentOS version" is an edition the facts write of; "which centos version" a number.
    expect(findFor("is there a centos version of atomic yet?", "atomic", 6)).toBeUndefined();
    expect(findFor("which centos version does atomic use", "atomic")).toBe("unknown-version");
    expect(findFor("what etcd release is current", "coreos")).toBe("unknown-version");
    expect(index.find(tokenise("ubuntu core 24 upgrade"), new Set([0, 1]))?.id).toBe(
      "unknown-version",
    );
    // Shortened versions the sources quote ("1.5.0"), and counts, are not unknown versions.
    expect(find("photon docker 1.5")).toBeUndefined();
    expect(find("coreos with 3 nodes")).toBeUndefined();
  });

  it("should read a number after a name the facts never write with it as a version", () => {
    expect(find("will it boot on an odroid 7")).toBe("unknown-version");
    expect(find("does rhel 12 ship it")).toBe("unknown-version");
    // The facts write "Fedora 22"; "top 5" and "with 3" are counts, not versions.
    expect(find("atomic on fedora 22")).toBeUndefined();
    expect(find("top 5 coreos features")).toBeUndefined();
    expect(find("coreos with 3 nodes")).toBeUndefined();
  });

  it("should read a number beside a product the facts never number so as a version", () => {
    // Atomic's kernel 4.0.0 is no OpenShift 4.
    expect(findFor("can i run openshift 4 on atomic", "atomic", 5)).toBe("unknown-version");
    expect(findFor("atomic kernel 4", "atomic", 0)).toBeUndefined();
  });

  it("should read 'v3' as a version only if a fact writes it whole, not as kernel 3.19's 3", () => {
    expect(findFor("does coreos support the etcd v3 api", "coreos", 2)).toBe("unknown-version");
  });

  it("should read a number claimed for a thing the facts number otherwise as a claim to check", () => {
    const hit = (q: string, system: string, at: number) =>
      index.find(tokenise(q), new Set([at]), [system]);
    // CoreOS's facts give Docker 1.5.0: "docker 1.6" is checked, not beyond the sources.
    expect(hit("coreos 647 came with docker 1.6 iirc", "coreos", 0)?.checks).toEqual({
      name: "Docker",
      number: "1.6",
    });
    expect(hit("atomic base was fedora 19 wasn't it", "atomic", 0)?.checks?.number).toBe("19");
    // Later than any the facts give, a system's own version, or a thing never numbered: beyond.
    const later = hit("coreos docker 20.10", "coreos", 0);
    expect(later?.id).toBe("unknown-version");
    expect(later?.checks).toBeUndefined();
    expect(hit("rancheros 1.5 still runs system-docker", "rancheros", 0)?.checks).toBeUndefined();
    expect(hit("does coreos support the etcd v3 api", "coreos", 2)?.checks).toBeUndefined();
  });

  it("should read the version of a thing the facts name but never number as beyond them", () => {
    expect(find("which zookeeper version comes with dcos")).toBe("unknown-version");
    expect(find("what version of etcd is bundled")).toBe("unknown-version");
    // The facts give Docker's and the kernel's versions; "kernal" may be the kernel, misspelt.
    expect(find("what docker version does rancheros ship")).toBeUndefined();
    expect(find("kernel version on photon")).toBeUndefined();
    expect(find("kernal version on photon")).toBeUndefined();
  });

  it("should hold back default logins only where no fact of the system asked gives them", () => {
    expect(findFor("default root password on photon", "photon")).toBe("credentials");
    expect(findFor("default root password on atomic", "atomic")).toBeUndefined();
  });

  it("should read a figure offered beside one the facts quote ('1.5 or 1.6?') as offered, not asked", () => {
    expect(findFor("did rancheros ship docker 1.5 or 1.6?", "rancheros")).toBeUndefined();
    expect(findFor("was atomic on fedora 19 or fedora 20?", "atomic")).toBeUndefined();
    expect(findFor("did rancheros ship docker 1.9?", "rancheros")).toBe("unknown-version");
    expect(findFor("did rancheros ship docker 1.8 or 1.9?", "rancheros")).toBe("unknown-version");
  });

  it("should find a phrase with the asker's emphasis in it ('still even supported')", () => {
    expect(find("is atomic still even supported")).toBe("current-status");
    expect(find("did vmware ever actually buy rancher")).toBe("later-history");
  });

  it("should read figures set against each other ('x 111 vs y 20') as recalled, not asked", () => {
    const both = ["snappy", "rancheros"];
    const find = (q: string, names: number[]) => index.find(tokenise(q), new Set(names), both)?.id;
    expect(
      find("snappy 111 versus rancheros 20, so rancher wins on size?", [0, 3]),
    ).toBeUndefined();
    expect(find("snappy 3.18.0 vs rancheros 3.19.2: older kernel?", [0, 3])).toBeUndefined();
    // A figure no fact of theirs quotes is still asked; so is a release's own number.
    expect(find("snappy 112 vs rancheros 20", [0, 3])).toBe("unknown-version");
    expect(find("snappy 2 vs rancheros 1", [0, 3])).toBe("unknown-version");
  });

  it("should read an IP address as an address, not a release", () => {
    expect(findFor("ssh core@192.168.1.20 hangs on atomic", "atomic")).toBeUndefined();
    expect(findFor("is atomic on 22.0.0.1 yet", "atomic")).toBeUndefined();
    expect(findFor("is atomic on 22.0.1 yet", "atomic")).toBe("unknown-version");
  });

  it("should read the version of a part of a named thing as that thing's ('selinux policy')", () => {
    expect(realEngine().ask("which selinux policy release is on atomic").answer.intent).toBe(
      "no_match",
    );
    // Docker is numbered for Atomic; a misspelt word after a system's name is no part of it.
    expect(realEngine().ask("which docker engine version does atomic have").answer.intent).toBe(
      "answer",
    );
    expect(realEngine().ask("snapy kernal version").answer.intent).toBe("answer");
  });

  it("should read '4.x' as any 4 the facts quote", () => {
    expect(findFor("is atomic on a 4.x kernel", "atomic", 1)).toBeUndefined();
    expect(findFor("is atomic on a 5.x kernel", "atomic", 1)).toBe("unknown-version");
  });

  it("should read a time of day as no name ('paged at 2am')", () => {
    expect(find("paged at 2am, can coreos roll back an update")).toBeUndefined();
  });

  it("should know a version the facts write after the system's name written as one word", () => {
    // "RancherOS 0.23.0" in the facts; "rancher os" (positions 3 and 4) in the question.
    const tokens = tokenise("which docker does rancher os 0.23 ship");
    expect(index.find(tokens, new Set([3, 4]), ["rancheros"])).toBeUndefined();
    expect(index.find(tokenise("rancher os 0.8 docker"), new Set([0, 1]), ["rancheros"])?.id).toBe(
      "unknown-version",
    );
  });

  it("should read an amount after a word as no version ('moving 40 services')", () => {
    expect(find("moving 40 services onto coreos, any tips")).toBeUndefined();
    expect(find("does photon run on esxi 8")).toBe("unknown-version");
  });

  it("should take a command-line tool no fact names as beyond the sources", () => {
    expect(find("locksmithctl status on coreos")).toBe("unknown-name");
    expect(find("how do i use fleetctl")).toBeUndefined();
  });

  it("should take a name of letters and digits no fact uses as beyond the sources", () => {
    expect(find("does coreos run on the xq900 board")).toBe("unknown-name");
    expect(find("rancheros 3.x roadmap")).toBeDefined();
    // Words the facts use, their short forms ("fedora 22" as "f22"), amounts and ordinals pass.
    expect(find("atomic f22 kernel")).toBeUndefined();
    expect(find("coreos ext4")).toBeUndefined();
    expect(find("rancheros 20mb")).toBeUndefined();
    expect(find("the 2nd article")).toBeUndefined();
    // The asker's own machines, numbered, are no product.
    expect(find("wrote a key on node1, can node3 read it on coreos")).toBeUndefined();
    expect(find("host-02 rebooted overnight on coreos")).toBeUndefined();
  });

  it("should read an asked-only limit in the clause that asks, not in the scene around it", () => {
    const question = "what kernel does photon ship? need it for a driver thing";
    const { tokens, emphasis } = readClauses(question);
    expect(index.find(tokens, new Set(), ["photon"])?.id).toBe("hardware");
    expect(index.find(tokens, new Set(), ["photon"], emphasis)).toBeUndefined();
    const asked = readClauses("which gpu drivers does photon ship?");
    expect(index.find(asked.tokens, new Set(), ["photon"], asked.emphasis)?.id).toBe("hardware");
  });

  it("should still read what came later in a scene: a successor is what such a question is about", () => {
    const { tokens, emphasis } = readClauses("we're moving to flatcar, how do we migrate?");
    expect(index.find(tokens, new Set(), [], emphasis)?.id).toBe("later-products");
  });

  it("should hold back the terms of a vendor's support, though a fact says support exists", () => {
    const terms = realEngine().ask("what response times does tectonic support promise for coreos?");
    expect(terms.answer.intent).toBe("no_match");
    expect(terms.answer.text).toMatch(/response times/);
    expect(realEngine().ask("is there commercial support for coreos?").answer.intent).toBe(
      "answer",
    );
  });

  it("should hold back package layering, which came after the sources, for Atomic too", () => {
    // Its facts say packages can be added to the base system, not how rpm-ostree layers them.
    const { answer } = realEngine().ask("is package layering a thing on project atomic?");
    expect(answer.intent).toBe("no_match");
    expect(answer.text).toMatch(/don't say/);
  });

  it("should not hold back what a fact of the system asked about speaks of", () => {
    // DCOS's free community edition answers "dcos pricing"; nothing on Atomic is about prices.
    expect(findFor("dcos pricing", "dcos", 0)).toBeUndefined();
    expect(findFor("atomic pricing", "atomic", 0)).toBe("pricing");
  });

  it("should find nothing in a knowledge base without limits.yml but the rules read off it", () => {
    const bare = new LimitIndex({ ...realKb(), limits: undefined });
    expect(bare.find(tokenise("is coreos still maintained"))).toBeUndefined();
  });
});

/** The engine over the same limits without one flag, as a team's own limits.yml might have them. */
function engineWithout(flag: "after_foreign_name" | "source_answers") {
  return createEngine({
    ...realKb(),
    limits: realKb().limits?.map(({ [flag]: _, ...limit }) => limit),
  });
}

describe("limits.yml's after_foreign_name", () => {
  it("should tell whose a name is before 'no steps' only where the limit says so", () => {
    const question = "how do i set up apparmor profiles on atomic host";
    const unflagged = engineWithout("after_foreign_name");
    expect(realEngine().ask(question).answer.facts[1]?.system).toBe("snappy");
    expect(unflagged.ask(question).answer.facts[1]?.system).not.toBe("snappy");
  });
});

describe("limits.yml's source_answers", () => {
  it("should let a source answer its own release only where the limit says so", () => {
    const question = "which coreos release number was in the inovex table";
    const unflagged = engineWithout("source_answers");
    expect(realEngine().ask(question).answer.intent).toBe("answer");
    expect(unflagged.ask(question).answer.intent).toBe("no_match");
  });
});

describe("a thing asked 'what is' that no fact names", () => {
  it("should be beyond the sources, whichever system it is asked of", () => {
    for (const question of ["what is nimbus on rancheros", "whats zephyr in atomic?"]) {
      const { answer } = realEngine().ask(question);
      expect(answer.intent).toBe("no_match");
      expect(answer.text).toMatch(/don't say anything about (nimbus|zephyr)/);
    }
    // A thing the facts name, and a question that asks what kind, are answered.
    expect(realEngine().ask("what is toolbox on coreos").answer.intent).toBe("answer");
    expect(realEngine().ask("what kinds of updates does coreos get").answer.intent).toBe("answer");
  });
});

describe("limits.yml: a company's books, its owner today, a repository's settings", () => {
  it("should answer none of them from sources of 2014-2015", () => {
    for (const [question, label] of [
      ["how much revenue did rancher labs make", /company behind it/],
      ["which firm owns rancheros now?", /after 2015/],
      ["photon's tdnf: config file location for repos", /step-by-step/],
      ["can i install snappy offline, air-gapped network", /anything about that/],
    ] as const) {
      const { answer } = realEngine().ask(question);
      expect([question, answer.intent]).toEqual([question, "no_match"]);
      expect(answer.text).toMatch(label);
    }
    // Another sense of the same words is no limit: "profit from" is no revenue figure.
    const reason = realEngine().ask("why did atomic profit from fedora's engineering?").answer;
    expect(reason.intent).toBe("answer");
  });

  it("should ask whether what was said is still up to date of today, though facts say 'current'", () => {
    const engine = realEngine();
    const { context } = engine.ask("how does coreos do updates");
    expect(engine.ask("is that still up to date?", context).answer.intent).toBe("no_match");
    expect(engine.ask("does coreos keep itself current?").answer.intent).toBe("answer");
  });

  it("should read '24/7' before the asker's own operation as how they work, not support hours", () => {
    const engine = realEngine();
    const asked = (q: string) => engine.ask(q).answer.intent;
    expect(
      asked("snappy updates vs coreos updates, which one is less painful for a 24/7 ops team"),
    ).toBe("compare");
    expect(asked("we run a 24x7 shop, does coreos reboot on its own?")).toBe("answer");
    // Support round the clock is still the vendor's, which the sources never describe.
    expect(asked("does rancher offer 24/7 support")).toBe("no_match");
    expect(asked("coreos support contract SLA - 24/7?")).toBe("no_match");
  });

  it("should read an adverb after 'we' or 'i' as the asker's own plans, not what became of a system", () => {
    const engine = realEngine();
    expect(
      engine.ask("dcos vs atomic if we eventually want kubernetes-ish orchestration").answer.intent,
    ).toBe("compare");
    // Asked of the system, it is what became of it.
    expect(engine.ask("did atomic eventually get merged into something else?").answer.intent).toBe(
      "no_match",
    );
    // A verb after "i" still asks what the sources never give: "how do i backup etcd".
    expect(engine.ask("how do i uninstall dcos from a cluster").answer.intent).toBe("no_match");
  });

  it("should refuse how containers and virtual machines compare in general, not compare every system", () => {
    const engine = realEngine();
    for (const question of [
      "explain vm vs container in simple terms, i have to present to the superintendent",
      "explain container vs VM to my manager in 2 sentences pls",
      "difference between a container and a vm?",
    ]) {
      const { answer } = engine.ask(question);
      expect([question, answer.intent]).toEqual([question, "no_match"]);
      expect(answer.text).toMatch(/containers and virtual machines compare in general/);
    }
    // A system's own VM images are its deployment, which the sources describe.
    expect(engine.ask("atomic: vm images vs containers for deployment?").answer.intent).toBe(
      "answer",
    );
  });

  it("should still refuse a vendor's 24/7 support, a later winner and a timing asked (guards)", () => {
    const engine = realEngine();
    for (const question of [
      "does coreos offer 24/7 production support?",
      "does coreos have a 24/7 team?",
      "does red hat give 24/7 site support for atomic host",
      "which did we eventually see win, coreos or atomic?",
      "is rancheros 2 mins to install?",
    ]) {
      expect([question, engine.ask(question).answer.intent]).toEqual([question, "no_match"]);
    }
  });

  it("should keep the containers-and-vms limit to questions about no system (guard)", () => {
    const engine = realEngine();
    const named = engine.ask("container vs vm isolation in atomic, does svirt help?").answer;
    expect([named.intent, named.systems]).toEqual(["answer", ["atomic"]]);
    const { context } = engine.ask("whats photon");
    const pointed = engine.ask("container vs vm on vsphere for it?", context).answer;
    expect([pointed.intent, pointed.systems]).toEqual(["answer", ["photon"]]);
  });

  it("should read the asker's own 24/7 operation and past doings as theirs, a system's timing as a figure (guards)", () => {
    const engine = realEngine();
    const intent = (question: string) => engine.ask(question).answer.intent;
    expect(intent("24/7 ops team here: does rancheros have monitoring?")).toBe("answer");
    expect(intent("being a 24/7 shop, how big is photon?")).toBe("answer");
    expect(intent("we eventually got atomic running, does it use selinux?")).toBe("answer");
    expect(intent("coreos 5 min quickstart")).toBe("answer");
    expect(intent("coreos 30 sec elevator pitch")).toBe("answer");
    const timing = engine.ask("atomic 2 min reboot?").answer;
    expect(timing.intent).toBe("no_match");
    expect(timing.text).toMatch(/any figures on that/);
    expect(timing.text).not.toMatch(/version 2/);
    // The asker's own time is no figure asked: "sat window closes in 10 min".
    expect(intent("compare all six in one line each pls, sat window closes in 10 min")).toBe(
      "compare",
    );
  });

  it("should refuse containers vs VMs of a system asked about with no word of its own (guard)", () => {
    const engine = realEngine();
    const intent = (question: string) => engine.ask(question).answer.intent;
    expect(intent("containers vs vms on atomic host?")).toBe("no_match");
    expect(intent("dcos: container vs virtual machine workloads?")).toBe("no_match");
    expect(intent("photon: containers vs vms on vsphere?")).toBe("answer");
  });

  it("should read the asker's own team's 'today' and 'N things each' as theirs, not a system's", () => {
    const engine = realEngine();
    const intent = (question: string) => engine.ask(question).answer.intent;
    expect(intent("compare snappy and photon for a team thats all ubuntu today")).toBe("compare");
    expect(intent("dcos vs atomic for our tiny setup (3 gyms, 1 server each)")).toBe("compare");
    // Of a system, "today" is still how it stands now.
    expect(intent("is photon still maintained today")).toBe("no_match");
  });

  it("should read 'diff between a container and a vm' as the general question too", () => {
    const { answer } = realEngine().ask(
      "whats the diff between a container and a vm, need to explain it to our new pm",
    );
    expect(answer.intent).toBe("no_match");
    expect(answer.text).toMatch(/containers and virtual machines compare in general/);
  });

  it("should read bankrolling as funding: CoreOS's investor, what the others' sources never name", () => {
    const engine = realEngine();
    expect(engine.ask("who's bankrolling coreos").answer.facts[0]?.text).toMatch(/Google Ventures/);
    expect(engine.ask("who bankrolls rancheros?").answer.intent).toBe("no_match");
  });

  it("should keep a vendor's 24/7 team, a question about what came later and a vendor's 'today' beyond the sources (guards)", () => {
    const engine = realEngine();
    const intent = (question: string) => engine.ask(question).answer.intent;
    for (const question of [
      "is vmware's 24/7 team able to help with photon?",
      "is there a vendor with a 24/7 ops team for coreos?",
      "did we subsequently get a stable photon release?",
      "is the company that builds photon profitable today?",
    ]) {
      expect([question, intent(question)]).toEqual([question, "no_match"]);
    }
    expect(intent("24x7 shop: is atomic production ready?")).toBe("answer");
    // "between" alone is no comparison of containers with VMs.
    expect(intent("ssh between a container and a vm on coreos?")).toBe("answer");
  });

  it("should read the asker's 24/7 shop, plans and team as theirs however they say it (guards)", () => {
    const engine = realEngine();
    const intent = (question: string) => engine.ask(question).answer.intent;
    expect(intent("running a 24/7 shop, is photon ok?")).toBe("answer");
    expect(intent("24/7 shop, coreos or atomic?")).toBe("compare");
    expect(intent("with a 24/7 ops team, is coreos easier than atomic?")).toBe("compare");
    expect(intent("would we eventually need kubernetes on top of coreos?")).toBe("answer");
    expect(intent("we are a small shop that runs rhel today, atomic or coreos?")).toBe("compare");
    // A vendor's team named before or after is still its support.
    expect(intent("photon 24/7 team?")).toBe("no_match");
    expect(intent("24/7 ops team at coreos?")).toBe("no_match");
    expect(intent("does dcos give you 24/7 availability?")).toBe("no_match");
  });
});
