import { basename, dirname } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../../src/core/knowledge/load.js";
import { KnowledgeError, knowledgeLabel } from "../../../src/core/knowledge/problems.js";
import {
  BREAKS,
  brokenKnowledge,
  citeInstead,
  deleteFile,
  editEntry,
  editText,
  knowledgeProblems,
  realEntry,
  removeBrokenKnowledge,
} from "../../helpers/knowledge.js";

const HAYDEN = "facts/hayden-2014.yml";
const HAYDEN_LABEL = "knowledge/facts/hayden-2014.yml";
/** facts[3] of hayden-2014.yml: CoreOS relies on journald, cited from hayden-2014. */
const FACT = 3;
/** How problems name that fact: by index and by id. */
const AT = "facts[3] (coreos-management-journald-logging)";

/** A copy's problems, its files named from the copy's parent (`knowledge/…`) to keep them short. */
const shortProblems = (dir: string) =>
  knowledgeProblems(dir).map((problem) => problem.replaceAll(`${dirname(dir)}/`, ""));

const problemsAfter = (...mutations: Parameters<typeof brokenKnowledge>) =>
  shortProblems(brokenKnowledge(...mutations));

const editFact = (edit: Parameters<typeof editEntry>[2]) => editEntry(HAYDEN, FACT, edit);

const setEvidence = (evidence: string) => citeInstead(HAYDEN, FACT, "hayden-2014", evidence);

afterAll(removeBrokenKnowledge);

describe("loadKnowledge on broken knowledge", () => {
  it("should report a YAML syntax error with its line and column", () => {
    const problems = problemsAfter(
      editText("sources.yml", (text) =>
        text.replace("title: Container OS comparison", "title: [Container OS comparison"),
      ),
    );

    expect(problems).toEqual([
      "knowledge/sources.yml: YAML syntax error at line 17, column 5: missed comma between flow collection entries",
    ]);
  });

  it("should report a key given twice in one entry with its line and column", () => {
    const problems = problemsAfter(
      editText(HAYDEN, (text) =>
        text.replace(
          "  - id: coreos-size-minimal-os-layer\n",
          "  - id: coreos-size-minimal-os-layer\n    id: again\n",
        ),
      ),
    );

    expect(problems).toEqual([
      `${HAYDEN_LABEL}: YAML syntax error at line 13, column 5: duplicated mapping key`,
    ]);
  });

  it("should report a missing field with file and path", () => {
    const problems = problemsAfter(
      editFact((fact) => {
        delete fact.text;
      }),
    );

    expect(problems).toEqual([
      `${HAYDEN_LABEL}: ${AT}.text: missing required field (expected string)`,
    ]);
  });

  it("should report a field of the wrong type with file and path", () => {
    const problems = problemsAfter(
      editFact((fact) => {
        fact.sources = "hayden-2014";
      }),
      editEntry("topics.yml", 0, (topic) => {
        topic.table = "yes";
      }),
    );

    expect(problems).toEqual([
      "knowledge/topics.yml: topics[0] (size).table: Invalid input: expected boolean, received string",
      `${HAYDEN_LABEL}: ${AT}.sources: Invalid input: expected array, received string`,
    ]);
  });

  it("should report a field the schema does not know", () => {
    const problems = problemsAfter(
      editFact((fact) => {
        fact.colour = "blue";
      }),
    );

    expect(problems).toEqual([`${HAYDEN_LABEL}: ${AT}: Unrecognized key: "colour"`]);
  });

  it("should report an unknown source with file and path", () => {
    const problems = problemsAfter(BREAKS.unknownSource);

    expect(problems).toEqual([
      `${HAYDEN_LABEL}: ${AT}.sources[0].id: unknown source "hayden-2041"`,
    ]);
  });

  it("should report an unknown system and an unknown topic", () => {
    const problems = problemsAfter(
      editFact((fact) => {
        fact.system = "windows";
        fact.topic = "colour";
      }),
    );

    expect(problems).toEqual([
      `${HAYDEN_LABEL}: ${AT}.system: unknown system "windows"`,
      `${HAYDEN_LABEL}: ${AT}.topic: unknown topic "colour"`,
    ]);
  });

  it("should report a fact id used twice, naming where it was first used", () => {
    const first = realEntry("facts/inovex-2015.yml", 0);
    const problems = problemsAfter(
      editEntry("facts/rosland-2015.yml", 2, (fact) => {
        fact.id = first.id;
      }),
    );

    expect(problems).toEqual([
      `knowledge/facts/rosland-2015.yml: facts[2] (${String(first.id)}).id: duplicate fact id "${String(first.id)}" (first in knowledge/facts/inovex-2015.yml: facts[0])`,
    ]);
  });

  it("should report a system id used twice", () => {
    const problems = problemsAfter(
      editEntry("systems.yml", 1, (system) => {
        system.id = "coreos";
      }),
    );

    // Facts about the renamed system now name a system that no longer exists.
    expect(problems[0]).toBe(
      'knowledge/systems.yml: systems[1] (coreos).id: duplicate system id "coreos"',
    );
    expect(problems.slice(1).every((p) => p.endsWith('unknown system "atomic"'))).toBe(true);
  });

  it("should take a term written as a name, and refuse capitals in a phrase", () => {
    const setTerms = (terms: string[]) =>
      editFact((fact) => {
        fact.terms = terms;
      });
    expect(problemsAfter(setTerms(["EC2", "log shipping"]))).toEqual([]);
    expect(problemsAfter(setTerms(["Log Shipping"]))).toEqual([
      `${HAYDEN_LABEL}: ${AT}.terms[0]: must be lower case words, or one name as it is written`,
    ]);
  });

  it("should report empty evidence once", () => {
    expect(problemsAfter(setEvidence(""))).toEqual([
      `${HAYDEN_LABEL}: ${AT}.sources[0].evidence: must not be empty`,
    ]);
  });

  it("should report evidence of fewer than three words", () => {
    expect(problemsAfter(setEvidence("journald logging"))).toEqual([
      `${HAYDEN_LABEL}: ${AT}.sources[0].evidence: must be a phrase of 3 to 25 words copied from the article`,
    ]);
  });

  it("should report evidence of more than 25 words", () => {
    expect(problemsAfter(setEvidence(Array(26).fill("word").join(" ")))).toEqual([
      `${HAYDEN_LABEL}: ${AT}.sources[0].evidence: must be a phrase of 3 to 25 words copied from the article`,
    ]);
  });

  it("should report evidence that is not in the article it cites", () => {
    expect(problemsAfter(setEvidence("CoreOS ships a purple kernel"))).toEqual([
      `${HAYDEN_LABEL}: ${AT}.sources[0].evidence: evidence not found in article "hayden-2014": "CoreOS ships a purple kernel"`,
    ]);
  });

  it("should accept evidence that differs from the article only in case and white space", () => {
    expect(problemsAfter(setEvidence("LIKE the   dependence\n on [SYSTEMD][4]"))).toEqual([]);
  });

  it("should report an article file that is missing", () => {
    const problems = problemsAfter(
      editEntry("sources.yml", 0, (source) => {
        source.file = "missing.txt";
      }),
    );

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^knowledge\/sources\.yml: sources\[0\] \(hayden-2014\)\.file: article not found at .*missing\.txt$/,
    );
  });

  it("should report a source's names that are not a list of words", () => {
    const problems = problemsAfter(
      editEntry("sources.yml", 0, (source) => {
        source.called = "hayden's review";
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^knowledge\/sources\.yml: sources\[0\] \(hayden-2014\)\.called: /);
  });

  it("should report a knowledge folder without fact files", () => {
    expect(problemsAfter(deleteFile("facts"))).toEqual(["knowledge/facts: no fact files found"]);
  });

  it("should report a missing list file once, without blaming every fact for it", () => {
    expect(problemsAfter(deleteFile("topics.yml"))).toEqual([
      "knowledge/topics.yml: file not found",
    ]);
  });

  it("should report a broken systems file once, without blaming every fact for it", () => {
    const problems = problemsAfter(
      editEntry("systems.yml", 1, (system) => {
        delete system.summary;
      }),
    );

    expect(problems).toEqual([
      "knowledge/systems.yml: systems[1] (atomic).summary: missing required field (expected string)",
    ]);
  });

  it("should name an everyday alias that is not among the system's aliases", () => {
    const problems = problemsAfter(
      editEntry("systems.yml", 4, (system) => {
        system.everyday_aliases = ["Photon", "Lightbulb"];
      }),
    );

    expect(problems).toEqual([
      'knowledge/systems.yml: systems[4] (photon).everyday_aliases[1]: "Lightbulb" is not one of the system\'s aliases',
    ]);
  });

  it("should name a limit's phrase with a slot other than {system}", () => {
    const problems = problemsAfter(
      editText("limits.yml", (text) => text.replace("words: [", 'words: ["buy {company}", ')),
    );
    expect(problems).toEqual([
      "knowledge/limits.yml: limits[0] (current-status).words[0]: only {system} may stand in braces",
    ]);
  });

  it("should name a limit's phrase listed twice, and where it was listed first", () => {
    const problems = problemsAfter(
      editText("limits.yml", (text) =>
        text.replace("words: [cost,", "words: [still maintained, cost, cost,"),
      ),
    );
    expect(problems).toEqual([
      'knowledge/limits.yml: limits[3] (pricing).words[0]: "still maintained" is listed already in limits[0] (current-status)',
      'knowledge/limits.yml: limits[3] (pricing).words[2]: "cost" is listed already in this limit',
    ]);
  });

  it("should name a synonym group of one word, and a word YAML reads as something else", () => {
    const problems = problemsAfter(
      editText("synonyms.yml", (text) => `${text}  - [alone]\n  - [true, maybe]\n`),
    );

    expect(problems).toEqual([
      expect.stringMatching(
        /^knowledge\/synonyms\.yml: synonyms\[\d+\]: a group needs at least two words$/,
      ),
      expect.stringMatching(
        /^knowledge\/synonyms\.yml: synonyms\[\d+\]\[0\]: .*expected string, received boolean$/,
      ),
    ]);
  });

  it("should report all problems of one run together, naming file and path", () => {
    const dir = brokenKnowledge(
      BREAKS.unknownSource,
      BREAKS.unknownTopic,
      editEntry("facts/infoq-2014.yml", 1, (fact) => {
        delete fact.system;
      }),
      BREAKS.evidenceNotFound,
    );

    let error: unknown;
    try {
      loadKnowledge({ dir, articlesDir: undefined });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    const message = (error as KnowledgeError).message.replaceAll(`${dirname(dir)}/`, "");
    expect(message.split("\n")).toEqual([
      "The knowledge base has 3 problems:",
      "  knowledge/facts/infoq-2014.yml: facts[1] (atomic-vendor-response-to-coreos).system: missing required field (expected string)",
      '  knowledge/facts/hayden-2014.yml: facts[3] (coreos-management-journald-logging).sources[0].id: unknown source "hayden-2041"',
      '  knowledge/facts/rosland-2015.yml: facts[0] (coreos-community-poster-child).topic: unknown topic "colour"',
    ]);
    // With the articles, the evidence problem joins the others in the same report.
    expect(shortProblems(dir)).toEqual([
      "knowledge/facts/infoq-2014.yml: facts[1] (atomic-vendor-response-to-coreos).system: missing required field (expected string)",
      'knowledge/facts/hayden-2014.yml: facts[3] (coreos-management-journald-logging).sources[0].id: unknown source "hayden-2041"',
      'knowledge/facts/rosland-2015.yml: facts[0] (coreos-community-poster-child).topic: unknown topic "colour"',
      'knowledge/facts/metral-2015.yml: facts[2] (coreos-maturity-new-linux-distribution).sources[0].evidence: evidence not found in article "metral-2015": "not in the article at all"',
    ]);
  });
});

describe("naming problems so a curator can find them", () => {
  it("should name files as given when the folder is given outside the current folder", () => {
    const dir = brokenKnowledge(BREAKS.unknownSource);

    expect(knowledgeProblems(dir)).toEqual([
      `${dir}/facts/hayden-2014.yml: ${AT}.sources[0].id: unknown source "hayden-2041"`,
    ]);
  });

  it("should name files relative to the current folder when the folder is inside it", () => {
    const dir = brokenKnowledge(BREAKS.unknownSource);
    const label = knowledgeLabel(dir, dirname(dirname(dir)));

    expect(label(`${dir}/facts/x.yml`)).toBe(`${basename(dirname(dir))}/knowledge/facts/x.yml`);
    expect(knowledgeLabel("copy", "/anywhere")("copy/facts/x.yml")).toBe("copy/facts/x.yml");
  });

  it("should report a duplicate fact id even when its twin also fails the schema", () => {
    const first = realEntry("facts/inovex-2015.yml", 0);
    const problems = problemsAfter(
      editEntry("facts/inovex-2015.yml", 0, (fact) => {
        delete fact.text;
      }),
      editEntry("facts/rosland-2015.yml", 2, (fact) => {
        fact.id = first.id;
        fact.colour = "blue";
      }),
    );
    const id = String(first.id);

    expect(problems).toEqual([
      `knowledge/facts/inovex-2015.yml: facts[0] (${id}).text: missing required field (expected string)`,
      `knowledge/facts/rosland-2015.yml: facts[2] (${id}): Unrecognized key: "colour"`,
      `knowledge/facts/rosland-2015.yml: facts[2] (${id}).id: duplicate fact id "${id}" (first in knowledge/facts/inovex-2015.yml: facts[0])`,
    ]);
  });

  it("should report a duplicate source id even when the sources file fails the schema", () => {
    const problems = problemsAfter(
      editEntry("sources.yml", 1, (source) => {
        source.id = "hayden-2014";
        source.date = "last year";
      }),
    );

    expect(problems).toContain(
      'knowledge/sources.yml: sources[1] (hayden-2014).id: duplicate source id "hayden-2014"',
    );
  });
});
