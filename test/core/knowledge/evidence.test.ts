import { describe, expect, it } from "vitest";
import { foldForEvidence } from "../../../src/core/knowledge/evidence.js";
import { formatPath, formatProblem } from "../../../src/core/knowledge/problems.js";

describe("foldForEvidence", () => {
  it("should fold case, runs of white space and typographic quotes and dashes", () => {
    expect(foldForEvidence("  It\u2019s  \u201cTiny\u201d\n\u2013 Really ")).toBe(
      'it\'s "tiny" - really',
    );
  });
});

describe("formatPath", () => {
  it("should write list indexes in brackets and keys after dots", () => {
    expect(formatPath(["facts", 3, "sources", 0, "id"])).toBe("facts[3].sources[0].id");
  });

  it("should write an empty path for the whole file", () => {
    expect(formatPath([])).toBe("");
  });
});

describe("formatProblem", () => {
  it("should name file, path and reason", () => {
    const problem = { file: "knowledge/facts/x.yml", path: "facts[3].id", message: "bad" };

    expect(formatProblem(problem)).toBe("knowledge/facts/x.yml: facts[3].id: bad");
  });

  it("should leave out the path of a problem with the whole file", () => {
    expect(
      formatProblem({ file: "knowledge/topics.yml", path: "", message: "file not found" }),
    ).toBe("knowledge/topics.yml: file not found");
  });
});
