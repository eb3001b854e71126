import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TRUNCATED_NOTE } from "../../../src/core/answer/compose-text.js";
import {
  MAX_ANSWER_TEXT,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
} from "../../../src/core/answer/contract.js";
import { UNKNOWN_CELL } from "../../../src/core/answer/table.js";
import { readEvalCases } from "../../eval/score.js";
import { AGE_NOTE, contractViolations } from "../../helpers/contract.js";
import { askReal, realKb } from "../../helpers/engine.js";

const evalQuestions = ["questions.jsonl", "holdout.jsonl"].flatMap((file) =>
  readEvalCases(join(import.meta.dirname, "..", "..", "eval", file)).map((c) => c.q),
);

const systemsOf = (question: string) => new Set(askReal(question).facts.map((f) => f.system));
const topicsOf = (question: string) => new Set(askReal(question).facts.map((f) => f.topic));

describe("buildAnswer: the contract", () => {
  it("should keep the contract for every question of the evaluation sets", () => {
    const broken = evalQuestions.flatMap((q) =>
      contractViolations(askReal(q), realKb()).map((problem) => `${q}: ${problem}`),
    );

    expect(evalQuestions.length).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it("should keep every text within MAX_ANSWER_TEXT, even comparing everything", () => {
    const longest = ["coreos vs atomic vs rancheros vs snappy vs photon vs dcos", "coreos", ""]
      .map((q) => askReal(q).text.length)
      .reduce((a, b) => Math.max(a, b));

    expect(longest).toBeLessThanOrEqual(MAX_ANSWER_TEXT);
  });

  it("should cite each source by the title, url and date of the knowledge base", () => {
    const answer = askReal("rancheros size");
    const rosland = realKb().sources.find((s) => s.id === "rosland-2015");

    expect(answer.citations).toContainEqual({
      id: "rosland-2015",
      title: rosland?.title,
      author: rosland?.author,
      url: rosland?.url,
      date: rosland?.date,
    });
  });

  it("should mark each fact in the text with the numbers of its citations", () => {
    const answer = askReal("security atomic");
    const first = answer.facts[0];
    const number = answer.citations.findIndex((c) => c.id === first?.sources[0]) + 1;

    expect(answer.text).toContain(`${first?.text} [${number}]`);
  });

  it("should say how old the sources are in every grounded answer", () => {
    for (const question of ["security atomic", "coreos vs atomic", "updates", "etcd"]) {
      expect(askReal(question).text).toMatch(AGE_NOTE);
    }
  });

  it("should say when a long question was cut", () => {
    const answer = askReal(`coreos size ${"and more ".repeat(1200)}`);

    expect(answer.text.startsWith(TRUNCATED_NOTE)).toBe(true);
    expect(answer.intent).toBe("answer");
  });
});

describe("buildAnswer: conflicts", () => {
  it("should show both RancherOS sizes, each with its source and date", () => {
    const answer = askReal("rancheros size");

    expect(answer.text).toContain(
      "Sources differ on RancherOS size and footprint: 20 MB (inovex blog, 2015) vs 22 MB ISO (Jonas Rosland, 2015-09-23).",
    );
    expect(answer.citations.map((c) => c.id)).toEqual(
      expect.arrayContaining(["inovex-2015", "rosland-2015"]),
    );
  });

  it("should show both RancherOS sizes in a comparison cell", () => {
    const row = askReal("which is smaller, coreos or rancheros").table?.rows[0];

    expect(row?.cells[1]).toBe("20 MB / 22 MB ISO");
  });

  it("should show how views on Project Atomic's maturity changed from 2014 to 2015", () => {
    const answer = askReal("is atomic production ready?");

    expect(answer.text).toMatch(/2014: .*2015: /);
    expect(answer.citations.map((c) => c.date.slice(0, 4))).toEqual(
      expect.arrayContaining(["2014", "2015"]),
    );
  });
});

describe("buildAnswer: what an answer covers", () => {
  it("should answer a topic-only question for several systems", () => {
    const answer = askReal("updates");

    expect(answer.topics).toEqual(["updates"]);
    expect(systemsOf("updates").size).toBeGreaterThanOrEqual(3);
    expect(answer.systems).toEqual([...systemsOf("updates")]);
  });

  it("should give an overview of several topics for a system-only question", () => {
    const answer = askReal("coreos");

    expect(answer.systems).toEqual(["coreos"]);
    expect(systemsOf("coreos")).toEqual(new Set(["coreos"]));
    expect(topicsOf("coreos").size).toBeGreaterThanOrEqual(3);
  });

  it("should report only the systems the question names, even when the answer mentions others", () => {
    expect(askReal("security atomic").systems).toEqual(["atomic"]);
  });

  it("should stay on the system and topic asked", () => {
    const answer = askReal("what does rancheros use as its init system?");

    expect(answer.facts.every((f) => f.system === "rancheros" && f.topic === "init")).toBe(true);
    expect(answer.text).toContain("Docker");
  });

  it.each(["help", "", "reset my VPN password"])(
    "should offer suggestions and no facts for %j",
    (question) => {
      const answer = askReal(question);

      expect(answer.facts).toEqual([]);
      expect(answer.citations).toEqual([]);
      expect(answer.table).toBeNull();
      expect(answer.suggestions.length).toBeGreaterThan(0);
    },
  );

  it("should suggest only questions it can answer", () => {
    const suggestions = [
      ...askReal("help").suggestions,
      ...askReal("reset my VPN password").suggestions,
      ...askReal("coreos size").suggestions,
    ];

    for (const suggestion of suggestions) {
      expect(["answer", "compare"], suggestion).toContain(askReal(suggestion).intent);
    }
  });

  it("should say honestly that it knows nothing when no source covers a named pair", () => {
    const answer = askReal("dcos kernel");

    expect(answer.intent).toBe("no_match");
    expect(answer.text).toMatch(
      /^Mesosphere DCOS: my sources \(2014–2015\) say nothing on kernel version\./,
    );
    expect(answer.facts).toEqual([]);
  });

  it("should correct a claimed number with what the sources say, and keep later ones beyond them", () => {
    const claim = askReal("coreos 647 came with docker 1.6 iirc?");
    const later = askReal("does coreos ship docker 20.10?");
    const asked = askReal("what changed in docker 1.6 on coreos?");

    expect(claim.intent).toBe("answer");
    expect(claim.text).toMatch(/^CoreOS: my sources \(2014–2015\) don't give Docker 1\.6;/);
    expect(claim.facts[0]?.text).toContain("Docker 1.5.0");
    expect(later.intent).toBe("no_match");
    expect(asked.intent).toBe("no_match");
  });

  it("should not let a topic's own word answer from another topic when the system lacks the topic", () => {
    // DCOS has no fact on size; "big" only reaches its use cases through "big data".
    const gap = askReal("how big is the mesosphere dcos footprint");
    const sized = askReal("how big is the rancheros footprint");

    expect(gap.intent).toBe("no_match");
    expect(gap.text).toMatch(/say nothing on size and footprint/);
    expect(sized.intent).toBe("answer");
    expect(sized.facts[0]?.topic).toBe("size");
  });
});

describe("buildAnswer: comparison tables", () => {
  it("should give each system a column and each standard topic a row", () => {
    const table = askReal("coreos vs atomic").table;

    expect(table?.columns).toEqual(["CoreOS", "Project Atomic"]);
    expect(table?.rows.map((r) => r.label)).toContain("Size and footprint");
    expect(table?.rows.find((r) => r.label === "Size and footprint")?.cells).toEqual([
      "164 MB",
      "151/333 MB",
    ]);
  });

  it("should keep within the column and row limits when comparing all six systems", () => {
    const table = askReal("coreos vs atomic vs rancheros vs snappy vs photon vs dcos").table;

    expect(table?.columns.length).toBeLessThanOrEqual(MAX_TABLE_COLUMNS);
    expect(table?.rows.length).toBeLessThanOrEqual(MAX_TABLE_ROWS);
    expect(table?.rows.every((row) => row.cells.length === table.columns.length)).toBe(true);
  });

  it(`should write ${UNKNOWN_CELL} where the sources say nothing`, () => {
    const table = askReal("coreos vs dcos").table;
    const cells = table?.rows.flatMap((r) => r.cells) ?? [];

    expect(cells).toContain(UNKNOWN_CELL);
    expect(cells.every((cell) => cell.length > 0)).toBe(true);
  });

  it("should give a column to every system when comparing all on size, '-' where the sources say nothing", () => {
    const kb = realKb();
    const answer = askReal("compare all on size");
    const table = answer.table;

    expect(table?.columns).toEqual(kb.systems.map((s) => s.name).slice(0, MAX_TABLE_COLUMNS));
    expect(answer.systems).toEqual(kb.systems.map((s) => s.id).slice(0, MAX_TABLE_COLUMNS));
    expect(table?.rows.map((r) => r.label)).toEqual(["Size and footprint"]);
    const withoutSize = kb.systems.filter(
      (s) => !kb.facts.some((f) => f.system === s.id && f.topic === "size"),
    );
    expect(withoutSize.length).toBeGreaterThan(0);
    for (const system of withoutSize) {
      expect(table?.rows[0]?.cells[table.columns.indexOf(system.name)], system.id).toBe("-");
    }
  });

  it("should fill a cell from what a fact says, not from who said it", () => {
    const cells = ["rancheros v photon", "compare all on security", "compare all on use cases"]
      .flatMap((q) => askReal(q).table?.rows.flatMap((r) => r.cells) ?? [])
      .filter((cell) => /^(according to|metral|inovex|rosland)\b/i.test(cell));

    expect(cells).toEqual([]);
  });
});
