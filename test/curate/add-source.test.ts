import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/core/knowledge/load.js";
import { addSource, type NewSource } from "../../src/curate/add-source.js";
import { CurationError } from "../../src/curate/errors.js";
import { CURATED, CURATED_FACTS_FILE } from "../helpers/curated.js";
import { brokenKnowledge, removeBrokenKnowledge } from "../helpers/knowledge.js";

afterAll(removeBrokenKnowledge);

const KESTREL_TEXT = join(CURATED, "sources", "kestrel-2026.md");
const input = (overrides: Partial<NewSource> = {}): NewSource => ({
  file: KESTREL_TEXT,
  id: "fernhill-2026",
  title: "Kestrel Linux in 2026: a field report",
  author: "Fernhill Labs",
  date: "2026-03-02",
  url: "https://fernhill.example/kestrel-2026",
  ...overrides,
});

/** Every file of the folder with its text, to show a refusal changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path] = readFileSync(path, "utf8");
  }
  return files;
}

/** Runs addSource on a fresh copy; expects a refusal and no change; returns its reasons. */
function refusal(overrides: Partial<NewSource>, prepare: (dir: string) => void = () => {}) {
  const dir = brokenKnowledge();
  prepare(dir);
  const before = snapshot(dir);
  const hadSources = existsSync(join(dir, "sources"));
  let error: unknown;
  try {
    addSource(dir, input(overrides));
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(CurationError);
  expect(snapshot(dir)).toEqual(before);
  expect(existsSync(join(dir, "sources"))).toBe(hadSources);
  return (error as CurationError).reasons;
}

/** A file beside the copy, with these bytes. */
function fileWith(bytes: string | Buffer): string {
  const path = join(dirname(brokenKnowledge()), "input.bin");
  writeFileSync(path, bytes);
  return path;
}

describe("addSource", () => {
  it("should copy the text in and append a validated entry, keeping sources.yml's comments and layout", () => {
    const dir = brokenKnowledge();
    const original = readFileSync(join(dir, "sources.yml"), "utf8");

    const added = addSource(dir, input());

    expect(added.textPath).toBe(join(dir, "sources", "fernhill-2026.md"));
    expect(readFileSync(added.textPath, "utf8")).toBe(readFileSync(KESTREL_TEXT, "utf8"));
    const updated = readFileSync(join(dir, "sources.yml"), "utf8");
    expect(updated.startsWith(original)).toBe(true);
    expect(updated.slice(original.length)).toBe(
      [
        "  - id: fernhill-2026",
        '    title: "Kestrel Linux in 2026: a field report"',
        "    author: Fernhill Labs",
        '    date: "2026-03-02"',
        "    url: https://fernhill.example/kestrel-2026",
        "    file: sources/fernhill-2026.md",
        "",
      ].join("\n"),
    );
    // Facts can cite it at once, their evidence checked against the copied text.
    const facts = readFileSync(join(CURATED, "facts.yml"), "utf8");
    writeFileSync(join(dir, CURATED_FACTS_FILE), facts);
    appendFileSync(join(dir, "systems.yml"), readFileSync(join(CURATED, "system.yml"), "utf8"));
    expect(loadKnowledge({ dir }).kb.facts.filter((f) => f.system === "kestrel")).toHaveLength(3);
  });

  it("should store a plain text source as .txt", () => {
    const dir = brokenKnowledge();
    const added = addSource(dir, input({ file: fileWith("Plain words about Kestrel Linux.") }));
    expect(added.source.file).toBe("sources/fernhill-2026.txt");
  });

  it("should refuse an id already in use", () => {
    expect(refusal({ id: "hayden-2014" })).toEqual([
      expect.stringMatching(/^--id: a source "hayden-2014" is already in .*sources\.yml$/),
    ]);
  });

  it("should refuse an id that is not a slug", () => {
    expect(refusal({ id: "Fernhill 2026" })).toEqual([
      "--id: must be a lower-case slug like 'coreos' or 'use-cases'",
    ]);
  });

  it("should refuse a date in another format, or one not on the calendar", () => {
    expect(refusal({ date: "02/03/2026" })).toEqual([
      "--date: must be YYYY, YYYY-MM or YYYY-MM-DD",
    ]);
    expect(refusal({ date: "2026-02-30" })).toEqual([
      "--date: 2026-02-30 is not a date on the calendar",
    ]);
  });

  it("should refuse a URL that is not http(s)", () => {
    expect(refusal({ url: "ftp://fernhill.example/a" })).toEqual(["--url: must be an http(s) URL"]);
  });

  it("should refuse a file that cannot be read", () => {
    expect(refusal({ file: "/no/such/file.md" })).toEqual([
      "cannot read /no/such/file.md: no such file",
    ]);
    expect(refusal({ file: CURATED })).toEqual([`cannot read ${CURATED}: a folder`]);
  });

  it("should refuse a binary file: a NUL byte, or bytes that are not UTF-8", () => {
    const nul = fileWith(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x14]));
    expect(refusal({ file: nul })).toEqual([
      `${nul} looks like a binary file; a source must be plain text or Markdown (UTF-8)`,
    ]);
    const latin1 = fileWith(Buffer.from("caf\xe9 au lait", "latin1"));
    expect(refusal({ file: latin1 })[0]).toMatch(/looks like a binary file/);
  });

  it("should refuse an empty file", () => {
    const empty = fileWith("  \n");
    expect(refusal({ file: empty })).toEqual([`${empty} is empty`]);
  });

  it("should list every reason at once", () => {
    expect(refusal({ id: "hayden-2014", date: "someday", file: "/no/such/file.md" })).toHaveLength(
      3,
    );
  });

  it("should refuse to overwrite a text already in sources/", () => {
    const reasons = refusal({}, (dir) => {
      mkdirSync(join(dir, "sources"));
      writeFileSync(join(dir, "sources", "fernhill-2026.md"), "an older copy");
    });
    expect(reasons).toEqual([expect.stringMatching(/sources\/fernhill-2026\.md already exists$/)]);
  });
});
