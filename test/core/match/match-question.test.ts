import { describe, expect, it } from "vitest";
import {
  answersAbout,
  askAfter,
  askReal,
  matchReal,
  matchRealWithLimits,
} from "../../helpers/engine.js";

describe("matchQuestion: systems", () => {
  it.each([
    ["fedora atomic security", "atomic"],
    ["centos atomic kernel", "atomic"],
    ["red hat atomic updates", "atomic"],
    ["rancher size", "rancheros"],
    ["rancher os init", "rancheros"],
    ["container linux updates", "coreos"],
    ["core os kernel", "coreos"],
    ["ubuntu core packages", "snappy"],
    ["ubuntu snappy updates", "snappy"],
    ["vmware photon kernel", "photon"],
    ["photon os security", "photon"],
    ["dc/os clustering", "dcos"],
    ["mesosphere dcos scheduling", "dcos"],
    ["<@U123> what does RancherOS use as its init system?", "rancheros"],
    // Photon as Spanish and Portuguese speakers write it.
    ["fotón os, qué kernel trae?", "photon"],
    // "OS" as a phone's autocorrect or speech-to-text writes it.
    ["does core is ship a package manager", "coreos"],
    ["rancher is kernel version?", "rancheros"],
    // A short word before "is" is no name: a data centre.
    ["our dc is all vsphere, what is photon for?", "photon"],
  ])("should find the alias in %j as %s", (question, system) => {
    expect(matchReal(question).systems).toEqual([system]);
  });

  it.each([
    ["rancheos size", "rancheros"],
    ["coreso kernel", "coreos"],
    ["snapy updates", "snappy"],
    ["photom init", "photon"],
    ["ranchros docker", "rancheros"],
    ["dcso clustering", "dcos"],
    ["fotonn kernel", "photon"],
  ])("should read the misspelt %j as %s, with a lower name quality", (question, system) => {
    const match = matchReal(question);

    expect(match.systems).toEqual([system]);
    expect(match.nameQuality).toBeGreaterThan(0.5);
    expect(match.nameQuality).toBeLessThan(1);
  });

  it("should find several systems in the order they are named", () => {
    expect(matchReal("photon, coreos and rancher: which is smallest?").systems).toEqual([
      "photon",
      "coreos",
      "rancheros",
    ]);
  });

  it("should count a system named twice once", () => {
    expect(matchReal("coreos or CoreOS or core os?").systems).toEqual(["coreos"]);
  });

  it("should not take a lone question word for a name", () => {
    expect(matchReal("is it on?").systems).toEqual([]);
  });

  it("should mark a question about every system", () => {
    expect(matchReal("compare all on size").allSystems).toBe(true);
    expect(matchReal("coreos size").allSystems).toBe(false);
    // Idioms with "each" and "all" that mean no system.
    expect(matchReal("does atomic keep containers away from each other").allSystems).toBe(false);
    expect(matchReal("fleet - where does it fit in all this?").allSystems).toBe(false);
    expect(matchReal("must i pull the image on every node first").allSystems).toBe(false);
    expect(matchReal("what if i delete all my containers").allSystems).toBe(false);
    expect(matchReal("one line on every container os").allSystems).toBe(true);
  });

  it("should count the systems the asker counts, not other things", () => {
    expect(matchReal("order the four by docker version").counted).toBe(4);
    expect(matchReal("across all 5 in that table, who is smallest?").counted).toBe(5);
    expect(matchReal("which of these three is on ext4?").counted).toBe(3);
    expect(matchReal("kernels of the inovex five?").counted).toBe(5);
    expect(matchReal("the two nodes of my coreos cluster").counted).toBeUndefined();
    expect(matchReal("compare all on size").counted).toBeUndefined();
  });

  it("should read 'apples to oranges?' as asking whether two things compare", () => {
    const answer = askReal("etcd and geard - apples and oranges?");
    expect([answer.intent, answer.systems]).toEqual(["compare", ["coreos", "atomic"]]);
  });

  it("should name the system of a tool asked about though a rarer word is several systems'", () => {
    // "running" is rarer than "system-docker", and several systems' facts say it.
    for (const question of ["system-docker runs what exactly?", "what is system-docker running"]) {
      expect(askReal(question).systems, question).toEqual(["rancheros"]);
    }
  });

  it("should not read a word the facts write as a typo of a topic's word", () => {
    // "table" is the inovex table, not "stable" misspelt; "kickstart" is deployment's own word.
    expect(matchReal("sizes from the inovex table, biggest first").topics).toEqual(["size"]);
    expect(matchReal("does kickstart work for atomic").topics).toEqual(["deployment"]);
  });

  it("should not read a common English word as a typo of a topic's word, only by its stem", () => {
    // "pitch" is no "patch" (updates); "patched" is the updates topic's "patches".
    expect(matchReal("dcos vs photon: the sales pitch of each?").topics).not.toContain("updates");
    expect(matchReal("does coreos keep itself patched?").topics).toEqual(["updates"]);
  });

  it("should read a matrix asked for as a comparison", () => {
    expect(askReal("matrix of init and filesystem for coreos, atomic, photon").intent).toBe(
      "compare",
    );
  });

  it("should read 'the five' answered side by side as the five with facts on it", () => {
    expect(askReal("sort the five by kernel, oldest first").systems).toHaveLength(5);
  });

  it("should take a word only one system's facts use, said of a system, for its name", () => {
    expect(matchReal("how big is the ubuntu container os").systems).toEqual(["snappy"]);
    expect(matchReal("and the red hat one?").systems).toEqual(["atomic"]);
    // An everyday word said of a system names none: many things are free.
    expect(matchReal("is there a free one?").systems).toEqual([]);
  });

  it("should drop a handle or a slash command typed as plain text ('@containeros help')", () => {
    expect(matchReal("@containeros help").helpOnly).toBe(true);
    expect(matchReal("/containeros help").helpOnly).toBe(true);
    expect(matchReal("/containeros size rancheros").systems).toEqual(["rancheros"]);
    expect(matchReal("@containeros what does rancheros run as pid 1").systems).toEqual([
      "rancheros",
    ]);
  });
});

describe("matchQuestion: topics", () => {
  it.each([
    ["coreos size", "size"],
    ["coreos footprint", "size"],
    ["how big is atomic", "size"],
    ["photon kernel version", "kernel"],
    ["what does rancheros use as its init system?", "init"],
    ["snappy package manager", "packages"],
    ["which os uses xfs", "filesystem"],
    ["atomic rollback", "updates"],
    ["selinux on atomic", "security"],
    ["etcd", "clustering"],
    ["coreos cloud-config", "configuration"],
  ])("should find the topic of %j as %s", (question, topic) => {
    expect(matchReal(question).topics).toEqual([topic]);
  });

  it("should find several topics in the order they are named", () => {
    expect(matchReal("coreos kernel and init system").topics).toEqual(["kernel", "init"]);
  });

  it("should let a system's name win over a topic word spelt the same", () => {
    const match = matchReal("vmware");

    expect(match.systems).toEqual(["photon"]);
    expect(match.topics).toEqual([]);
  });
});

describe("matchQuestion: cues", () => {
  it.each([
    "coreos vs atomic",
    "coreos versus atomic",
    "compare coreos and atomic",
    "coreos and atomic side by side",
    "difference between coreos and atomic",
    "how does coreos stack up against atomic",
    "which of those runs systemd",
    "which of them has the newest kernel",
    "rank the docker versions",
    "sort them by image size",
  ])("should hear a request to compare in %j", (question) => {
    expect(matchReal(question).compareCue).toBe(true);
  });

  it.each(["coreos size", "coreos or atomic", "atomic side", "what sort of things do you know"])(
    "should hear no explicit request to compare in %j",
    (question) => {
      expect(matchReal(question).compareCue).toBe(false);
    },
  );

  it.each(["which is smaller", "which is bigger, coreos or photon", "newest docker"])(
    "should hear a comparative in %j",
    (question) => {
      expect(matchReal(question).comparative).toBe(true);
    },
  );

  it.each([
    "",
    "help",
    "what can you do",
    "hi, how do I use this bot?",
    "<@U123>",
    "list the systems you cover",
    "how do I use containeros?",
    "which container OSes can you talk about",
    "kindly tell how I should use this bot",
    "how can I use you?",
    "is it possible that you explain what kind of questions are allowed?",
    "hello, what exactly can this bot do?",
    "how ought one to phrase queries to you?",
    "are you a human or a bot? what kinds of questions do you take",
  ])("should take %j as a request for help", (question) => {
    expect(matchReal(question).helpOnly).toBe(true);
  });

  it.each(["help with coreos", "what can you do about atomic size"])(
    "should not take %j, which names a subject, as a request for help",
    (question) => {
      expect(matchReal(question).helpOnly).toBe(false);
    },
  );

  it.each([
    "what container OSes are there?",
    "what's the landscape of container OSes like",
    "which OS options are there for containers",
  ])("should hear %j ask what the systems are", (question) => {
    const match = matchReal(question);
    expect([match.landscape, match.helpOnly]).toEqual([true, false]);
  });

  it.each([
    "which operating systems for containers do you know about",
    "which container OSes do you know about and what are your sources?",
  ])("should hear %j ask what the bot covers, which help says", (question) => {
    const match = matchReal(question);
    expect([match.landscape, match.helpOnly]).toEqual([false, true]);
  });

  it.each([
    "what do you know about",
    "which os is best for gaming",
    "list the nginx options",
    "what os does coreos build on",
    "which container os has the newest kernel",
  ])(
    "should not take %j, which names no kind of system or names a subject, as asking what they are",
    (question) => {
      expect(matchReal(question).landscape).toBe(false);
    },
  );

  it("should not take who does something for a typo of the doing ('manager' is not 'manage')", () => {
    expect(matchReal("my manager asks if atomic is production ready").topics).not.toContain(
      "management",
    );
    expect(matchReal("how do you manage coreos hosts").topics).toContain("management");
  });

  it("should not take a word of the domain for a typo of a topic word ('systems' is not 'systemd')", () => {
    expect(matchReal("tell me about the systems").topics).toEqual([]);
    expect(matchReal("does atomic use systemd").topics).toEqual(["init"]);
  });

  it("should read a long word with one letter dropped or added as that word, not a name the sources lack", () => {
    const slip = matchReal("fleet vs geard what is the diference");
    expect(slip.coverage).toBe(1);
    expect(slip.compareCue).toBe(true);
    expect(matchReal("coreos kernel in the comparision").tokens).toContain("comparison");
    // "containerd" is a name beyond the sources, no "container" misspelt.
    expect(askReal("does coreos use containerd").intent).toBe("no_match");
  });

  it("should read 'in that comparison' with one system as the article's table, not a comparison asked", () => {
    expect(matchReal("photon os kernel version in that comparison?").compareCue).toBe(false);
    expect(matchReal("comparison of coreos and photon").compareCue).toBe(true);
    expect(matchReal("what does the comparison say about coreos vs atomic").compareCue).toBe(true);
  });

  it.each(["and its size?", "what about rancheros?", "compare them", "same for photon"])(
    "should hear %j point back at the conversation",
    (question) => {
      expect(matchReal(question).followUp).toBe(true);
    },
  );

  it("should know every word of a real question and few of an off-topic one", () => {
    expect(matchReal("what kernel does coreos ship?").coverage).toBe(1);
    expect(matchReal("postgres vacuum tuning").coverage).toBeLessThan(0.5);
  });
});

describe("matchQuestion: everyday words", () => {
  it("should let no everyday word rank facts, however rare it is in the articles", () => {
    const { wordHits } = matchReal(
      "is it true project atomic didnt even have an installer back then",
    );
    const words = wordHits.map((hit) => hit.word);
    expect(words).not.toContain("even");
    expect(words).not.toContain("back");
    expect(words.some((word) => word.startsWith("instal"))).toBe(true);
  });
});

describe("matchQuestion: what the question asks, not what it sets up", () => {
  it("should read a short question about 'it' as asking what the clause before names", () => {
    for (const question of [
      "photon on a raspberry pi - does it boot?",
      "atomic with nvidia cuda drivers, does it install?",
    ]) {
      expect(matchRealWithLimits(question).limit?.id, question).toBe("hardware");
    }
  });

  it("should read a pasted shell prompt's version as no version asked about", () => {
    const pasted = "bash-4.4$ uname -r\n\nwhich kernel does photon ship?";
    expect(matchRealWithLimits(pasted).limit).toBeUndefined();
    expect(matchRealWithLimits(pasted).systems).toEqual(["photon"]);
    // Asked, a shell's version is still one the sources never give.
    expect(matchRealWithLimits("does photon ship bash 5.1?").limit?.id).toBe("unknown-version");
  });

  it("should read what a thing 'is just' as the asker's yardstick, no name asked about", () => {
    for (const question of [
      "fleetctl: isn't that just systemctl for a whole cluster?",
      "rancheros, isnt it just boot2docker with a new logo?",
    ]) {
      expect(matchRealWithLimits(question).limit, question).toBeUndefined();
    }
    // Who asks: "to someone who has run yum since rhel 4" tells the asker's history.
    expect(
      matchRealWithLimits("explain rpm-ostree to someone who has run yum since rhel 4").limit,
    ).toBeUndefined();
    // Asked, not likened, the name is still one the sources lack.
    expect(matchRealWithLimits("is rancheros based on boot2docker?").limit?.id).toBe(
      "unknown-name",
    );
  });

  it("should put the topics of the asking clause before those of the scene", () => {
    const { topics } = matchReal(
      "we have no package manager there, so how does rancheros patch its kernel?",
    );
    expect(topics.indexOf("kernel")).toBeGreaterThanOrEqual(0);
    expect(topics.indexOf("kernel")).toBeLessThan(topics.indexOf("packages"));
  });

  it("should count a word pair only for what it says beyond its rarer word", () => {
    // "web console" says little beyond "console", the rarer of its words.
    const hits = matchReal("is there a web console?").wordHits;
    const pair = hits.filter((hit) => hit.word.includes("consol"));
    const alone = matchReal("console").wordHits.find((hit) => hit.word === "consol");
    const total = pair.reduce((sum, hit) => sum + hit.weight * (hit.scale ?? 1), 0);
    expect(pair.length).toBe(2);
    expect(alone).toBeDefined();
    expect(total).toBeLessThanOrEqual((alone?.weight ?? 0) * 1.2);
  });

  it("should let a domain word rank facts inside a precise pair ('docker version')", () => {
    expect(matchReal("coreos version").wordHits).toEqual([]);
    expect(matchReal("coreos docker version").wordHits.length).toBeGreaterThan(0);
  });
});

describe("matchQuestion: coverage", () => {
  it("should count unknown words of the scene less than those of the question", () => {
    const asked = matchReal("our boss wants a writeup, what init does rancheros use?").coverage;
    const flat = matchReal("our boss wants a writeup and what init does rancheros use").coverage;
    expect(asked).toBeGreaterThan(flat);
  });

  it.each([
    "coreos wasn't built on another distro, surely?",
    "the coreos image can't be over 100mb, can it?",
    "rancheros is under 50 megs, isn't it?",
  ])(
    "should know every word of the claim %j: negations, hedges and sizes say nothing unknown",
    (q) => {
      expect(matchReal(q).coverage).toBe(1);
    },
  );

  it("should know where the sources were published, though no fact says it", () => {
    expect(matchReal("what does the codeship article say about atomic?").coverage).toBe(1);
  });

  it("should count an everyday word the facts never use as neither known nor unknown", () => {
    expect(matchReal("can someone tell me what fleet is on coreos?").coverage).toBe(1);
    expect(matchReal("can fleet on coreos brew coffee?").coverage).toBeLessThan(1);
  });

  it("should still count a figure of something else as unknown", () => {
    expect(matchReal("coreos clusters of 10 nodes?").coverage).toBeLessThan(1);
  });
});

describe("matchQuestion: the asker's yardstick", () => {
  it("should not read a limit in what the asker compares with ('like system restore')", () => {
    expect(askReal("can i roll back snappy, like system restore?").intent).toBe("answer");
    expect(askReal("does snappy have system restore?").intent).toBe("no_match");
  });

  it("should not read a name the asker measures by ('coreos's version of zookeeper') as asked", () => {
    const yardstick = askReal("is etcd basically coreos's version of zookeeper? what is it");
    expect(yardstick.intent).toBe("answer");
    expect(yardstick.facts[0]?.text).toMatch(/etcd/);
    expect(askReal("does coreos ship zookeeper?").intent).toBe("no_match");
    expect(askReal("what version of lightwave is current?").intent).toBe("no_match");
    // Whether RancherOS has one its sources do not say.
    expect(askReal("does rancheros have something like selinux?").intent).toBe("no_match");
  });

  it("should still read a limit after 'like that' or 'would like'", () => {
    expect(askReal("does coreos still work like that today?").intent).toBe("no_match");
    expect(askReal("i would like the snappy system restore steps").intent).toBe("no_match");
  });
});

describe("matchQuestion: counting the systems", () => {
  it("should read 'how many of them …' as choosing among the systems, not as a measurement", () => {
    // One owner answers alone, as with "which of them".
    expect(askReal("how many of them are on xfs?").systems).toEqual(["atomic"]);
    expect(askReal("how many of those have apparmor?").intent).toBe("compare");
    expect(askReal("how many nodes can a fleet cluster handle?").intent).toBe("no_match");
  });
});

describe("matchQuestion: the asker's own setup", () => {
  it("should not read the prices and versions the asker tells of their own setup as asked", () => {
    const fees =
      "our budget can't cover support fees this year. how does rancheros isolate user containers?";
    expect(askReal(fees).intent).toBe("answer");
    const docker =
      "we still run docker 1.2 on our debian boxes. which docker version did atomic ship?";
    expect(askReal(docker).intent).toBe("answer");
  });

  it("should not read another system's tool in the asker's own setup as asked of this one", () => {
    const own = "our centos boxes all enforce selinux. what runs as init on rancheros?";
    expect(askReal(own).intent).toBe("answer");
    expect(askReal("does rancheros enforce selinux?").intent).toBe("no_match");
  });

  it("should not ask of a system named only where the asker tells of themselves", () => {
    expect(matchReal("when did coreos launch? i always confuse it with rancheros").systems).toEqual(
      ["coreos"],
    );
    // The end of a list is no scene of the asker's, though "i" follows it.
    expect(
      askReal("one line each on coreos, atomic, photon and dcos so i can brief my boss").systems,
    ).toEqual(["coreos", "atomic", "photon", "dcos"]);
  });

  it("should read a system named only in a statement beside the question as its yardstick", () => {
    const cockpit = "on atomic i have cockpit in a browser. is there a web ui on coreos?";
    expect(matchReal(cockpit).systems).toEqual(["coreos"]);
    // A list's items are asked of, though the list runs across clauses.
    expect(matchReal("how do atomic, snappy and coreos each roll back an update").systems).toEqual([
      "atomic",
      "snappy",
      "coreos",
    ]);
  });

  it("should still read a version of a system it names, or a later product, as beyond the sources", () => {
    expect(askReal("we run coreos 2345 in prod. does it use fleet?").intent).toBe("no_match");
    expect(
      askReal("we're migrating to bottlerocket, what does coreos use for updates?").intent,
    ).toBe("no_match");
  });
});

describe("matchQuestion: a size written with its unit", () => {
  it("should read '50mb' as about size, as 'mb' is", () => {
    expect(matchReal("is rancheros under 50mb?").topics).toContain("size");
    expect(matchReal("is rancheros under 50 mb?").topics).toContain("size");
  });
});

describe("matchQuestion: Spanish and Portuguese topic words", () => {
  it.each([
    ["como se actualiza atomic?", "updates"],
    ["photon tiene gestor de paquetes?", "packages"],
    ["qual o tamanho do rancheros?", "size"],
    ["dcos es gratis?", "community"],
  ])("should find in %j the topic %s", (question, topic) => {
    expect(matchReal(question).topics).toContain(topic);
  });
});

describe("matchQuestion: chat shorthand", () => {
  it("should read 'pkg mgr', 'upd', 'img', 'libs' and 'k8s' as the words they shorten", () => {
    expect(matchReal("no pkg mgr on coreos??").tokens).toEqual(
      expect.arrayContaining(["package", "manager"]),
    );
    expect(matchReal("how does rancheros upd the kernel").tokens).toContain("update");
    expect(matchReal("which of them is smallest img").coverage).toBe(1);
    // "cmd" is a command, which the sources never spell out.
    expect(matchRealWithLimits("rancheros: which cmd reloads the console?").limit?.id).toBe(
      "instructions",
    );
    // "k8s" is Kubernetes, whose version the facts never give.
    expect(askReal("k8s version on project atomic?").intent).toBe("no_match");
    // The facts write "libraries": "libs" finds them.
    expect(askReal("are snappy's libs what ubuntu ships?").facts[0]?.text).toMatch(/libraries/);
  });
});

describe("matchQuestion: the kind of answer asked", () => {
  it("should read 'how many', 'how much' and 'how big' as asking an amount", () => {
    for (const question of [
      "how many docker daemons does rancheros run?",
      "how much ram does photon need",
      "how big is the coreos image",
    ])
      expect(matchReal(question).asks, question).toBe("amount");
  });

  it("should read 'how long has it been around' as asking since when, and 'how long' alone as an amount", () => {
    expect(matchReal("how long has coreos been around?").asks).toBe("when");
    expect(matchReal("how long ago did atomic start?").asks).toBe("when");
    expect(matchReal("how long is ubuntu core supported?").asks).toBe("amount");
    // A figure asked for by name; "figure out" is no figure.
    expect(matchReal("and the kernel number on that one?").asks).toBe("amount");
    expect(matchReal("can't figure out the coreos login").asks).toBeUndefined();
  });

  it("should read 'when X was …' with its subject first as asking when, not a condition before a question", () => {
    expect(matchReal("when dcos was open sourced").asks).toBe("when");
    expect(askReal("when dcos was open sourced").intent).toBe("no_match");
    expect(askReal("when rkt was announced").facts[0]?.text).toMatch(/December 2014/);
    expect(matchReal("when coreos was updated, did my containers restart?").asks).not.toBe("when");
  });

  it("should read 'for which reason' as asking why, not which of the systems", () => {
    const match = matchReal("who made rkt and for which reason they did it?");
    expect(match.asks).toBe("why");
    expect(match.choosing).toBe(false);
    expect(matchReal("who uses xfs and who uses ext4?").choosing).toBe(true);
    expect(matchReal("what motivation did the coreos team give for rkt?").asks).toBe("why");
  });

  it("should let a reason outrank an amount", () => {
    expect(matchReal("why is rancheros so much smaller, how big is it?").asks).toBe("why");
  });
});

describe("matchQuestion: a runbook's tasks", () => {
  it("should read the verb a task opens with as wording, not as a word of the facts", () => {
    const task = matchReal("check if selinux is available on coreos hosts");

    expect(task.wordHits.map((hit) => hit.word)).not.toContain("check");
    expect(task.coverage).toBe(1);
    expect(askReal("check if selinux is available on coreos hosts").facts[0]?.text).toMatch(
      /without SELinux/,
    );
  });

  it("should keep the same verb as a word when it is what is asked about", () => {
    const asked = matchReal("does coreos do an integrity check of files?");

    expect(asked.wordHits.map((hit) => hit.word)).toContain("check");
  });
});

describe("matchQuestion: the asker's background", () => {
  it("should not read 'a vmware guy' as a question about Photon", () => {
    const match = matchReal("explain rpm-ostree to a vmware guy");

    expect(match.systems).toEqual([]);
    expect(match.coverage).toBe(1);
  });

  it("should still read 'the coreos folks' as CoreOS's team", () => {
    expect(matchReal("why did the coreos folks make rkt").systems).toEqual(["coreos"]);
  });
});

describe("matchQuestion: how people hedge and size a reply", () => {
  it("should read 'or more of a …' as 'rather', not a comparison", () => {
    expect(matchReal("is snappy a proper container os or more of a hybrid thing").comparative).toBe(
      false,
    );
    // Choosing between them still compares.
    expect(matchReal("which is more of a container os, snappy or photon").comparative).toBe(true);
  });

  it("should read a reply's length ('30 second rundown', '2 sentences', '5 min overview') as no content", () => {
    expect(askReal("give me the 30 second rundown comparing all six").intent).toBe("compare");
    expect(askReal("give me a 5 minute overview of coreos").intent).toBe("answer");
    expect(askReal("coreos 5 min overview").intent).toBe("answer");
    expect(matchRealWithLimits("coreos 5 min overview").limit).toBeUndefined();
  });

  it("should read 'what kinda stuff can i ask u' as a help question", () => {
    expect(
      askReal("what kinda stuff can i ask u? is it only coreos or other things too").intent,
    ).toBe("help");
    expect(askReal("kinda curious what kind of questions you take").intent).toBe("help");
    // What a tool does is no question about the bot.
    expect(askReal("what kinda stuff can fleet do").intent).toBe("answer");
  });
});

describe("matchQuestion: 'it' in another clause", () => {
  it("should read 'which of the container OSes' as all of them when 'it' points elsewhere", () => {
    const question =
      "which of the container OSes you know has the smallest footprint? gateways only have 4gb emmc and half of it is eaten by our buffer partition";
    expect(matchReal(question).allSystems).toBe(true);
    expect(askReal(question).intent).toBe("compare");
    // In the same clause, "it" is the system in play: its distros are what it is built from.
    expect(matchReal("what distros can it be based on?").allSystems).toBe(false);
  });
});

describe("matchQuestion: a person's view of the others", () => {
  it("should ask what that person said of the others of the system in play, not compare every system", () => {
    const answer = answersAbout(
      "who announced snappy ubuntu core",
      "what did he think of the other container OSes?",
      ["snappy"],
    );
    expect(answer.table).toBeNull();
    expect(matchReal("what did she say about the rest?").allSystems).toBe(false);
    // Without a person, "the other container OSes" are the others.
    expect(matchReal("how does that compare to the other container OSes?").allSystems).toBe(true);
  });
});

describe("matchQuestion: guards for how people hedge, point and report", () => {
  it("should not read a tool's own questions as questions about the bot", () => {
    expect(askReal("what kinda questions does the atomic installer ask you?").intent).not.toBe(
      "help",
    );
    expect(
      askReal("what kinda stuff do u have to answer during the atomic install?").intent,
    ).not.toBe("help");
  });

  it("should still compare 'more of a … than' the system named", () => {
    const { answer } = askAfter("whats snappy", "more of a container os than coreos?");
    expect([answer.intent, answer.systems]).toEqual(["compare", ["snappy", "coreos"]]);
  });

  it("should read 'it' anywhere as the system in play, with one in play", () => {
    const { answer } = askAfter("whats atomic", "which distros? i want to base it on centos");
    expect([answer.intent, answer.systems]).toEqual(["answer", ["atomic"]]);
  });

  it("should compare all the others when 'he' or 'she' only asks for it", () => {
    expect(
      matchReal("my lead says he wants coreos compared to the others on updates").allSystems,
    ).toBe(true);
    expect(askAfter("whats coreos", "he wants sizes of all the others").answer.intent).toBe(
      "compare",
    );
  });

  it("should read 'someone whos not an ops person' as whom the reply is for", () => {
    const answer = askReal(
      "cockpit vs fleetctl, which is easier for someone whos not an ops person",
    );
    expect([answer.intent, [...answer.systems].sort()]).toEqual(["compare", ["atomic", "coreos"]]);
  });

  it("should refuse a web dashboard of a system whose sources name none, as they do a GUI", () => {
    const answer = askReal("does mesosphere dcos have a web dashboard");
    expect(answer.intent).toBe("no_match");
    expect(answer.text).toMatch(/anything about dashboard/);
    expect(askReal("does coreos have a dashboard").facts[0]?.text).toMatch(/no GUI/);
  });
});

describe("matchQuestion: guards for scenes, passed-on claims and the others", () => {
  it("should not refuse a system for a synonym in the asker's own scene", () => {
    const answer = askReal(
      "the web console on our current hosts is awful. how does photon handle auth?",
    );
    expect([answer.intent, answer.systems]).toEqual(["answer", ["photon"]]);
  });

  it("should still hear the claim a guy passed on, whos or not", () => {
    expect(askReal("a guy whos at vmware told me photon is dead, true?").intent).toBe("no_match");
  });

  it("should ask 'which oses' of the others though 'it' in another clause is the system in play", () => {
    expect(
      askAfter("tell me about atomic", "which oses use systemd? i know it does").answer.intent,
    ).toBe("compare");
  });
});

describe("matchQuestion: guards for whom a reply is told to and what a system is based on", () => {
  it("should read 'tell a guy whos into iot about snappy' as whom it is for", () => {
    const answer = askReal("tell a guy whos into iot about snappy");
    expect([answer.intent, answer.systems]).toEqual(["answer", ["snappy"]]);
  });

  it("should ask 'which oses' of the others, whatever the asker would base it on (guard)", () => {
    const { answer } = askAfter(
      "what is coreos",
      "which oses are based on ubuntu? we'd base it on that",
    );
    expect(answer.intent).toBe("compare");
  });
});
