import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FolderWatch, watchFolder } from "../../src/reload/watch-folder.js";
import { eventually } from "../helpers/eventually.js";

let dir: string;
let watching: FolderWatch | undefined;
afterEach(() => {
  watching?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Watches a fresh folder; `changes()` counts the calls so far. */
function watchFresh() {
  dir = mkdtempSync(join(tmpdir(), "containeros-watch-"));
  mkdirSync(join(dir, "facts"));
  let count = 0;
  const errors: string[] = [];
  watching = watchFolder(
    dir,
    () => count++,
    (message) => errors.push(message),
  );
  return { changes: () => count, errors };
}

const changedSince = (changes: () => number, before: number) => () =>
  changes() > before ? true : undefined;

describe("watchFolder", () => {
  it("should see a change in the folder and in a folder inside it", async () => {
    const { changes, errors } = watchFresh();
    writeFileSync(join(dir, "sources.yml"), "sources: []\n");
    await eventually("a change at the top", changedSince(changes, 0), 5000);
    const before = changes();
    writeFileSync(join(dir, "facts", "a.yml"), "facts: []\n");
    await eventually("a change in facts/", changedSince(changes, before), 5000);
    expect(errors).toEqual([]);
  });

  it("should watch a folder created after it started", async () => {
    const { changes } = watchFresh();
    mkdirSync(join(dir, "sources"));
    await eventually("the new folder", changedSince(changes, 0), 5000);
    const before = changes();
    writeFileSync(join(dir, "sources", "acme.txt"), "text");
    await eventually("a change in the new folder", changedSince(changes, before), 5000);
  });
});
