import { spawn } from "node:child_process";
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/core/project-root.js";
import { FileEventLog } from "../../src/store/file-event-log.js";
import {
  buildAskedEvent,
  buildFeedbackEvent,
  buildUnansweredEvent,
} from "../helpers/stored-events.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "containeros-events-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("FileEventLog", () => {
  it("should read back what it appended, in order, one JSON line each", async () => {
    const log = new FileEventLog({ dir: join(dir, "nested", "data") });
    const events = [buildUnansweredEvent(), buildFeedbackEvent(), buildAskedEvent()];
    for (const event of events) await log.append(event);
    expect(await log.read()).toEqual(events);
    expect(readFileSync(log.file, "utf8").trim().split("\n")).toHaveLength(3);
  });

  it("should return nothing when no event was ever written", async () => {
    expect(await new FileEventLog({ dir }).read()).toEqual([]);
  });

  it("should write events appended in one turn together, whole lines in order, settling each append", async () => {
    const log = new FileEventLog({ dir });
    const questions = Array.from({ length: 50 }, (_, i) => `question ${i}`);
    const appends = questions.map((question) => log.append(buildUnansweredEvent({ question })));
    expect(existsSync(log.file)).toBe(false); // nothing written until the turn ends
    await Promise.all(appends);
    const lines = readFileSync(log.file, "utf8").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => JSON.parse(line).question)).toEqual(questions);
  });

  it("should reject every append of a turn whose write failed, and write again once it can", async () => {
    const blocked = join(dir, "not-a-folder");
    appendFileSync(blocked, "a file where the data folder should be");
    const log = new FileEventLog({ dir: blocked });
    const appends = [1, 2].map(() => log.append(buildUnansweredEvent()));
    for (const append of appends) await expect(append).rejects.toThrow();
    rmSync(blocked);
    await log.append(buildUnansweredEvent({ question: "later" }));
    expect((await log.read()).map((e) => "question" in e && e.question)).toEqual(["later"]);
  });

  it("should read only events since the given time", async () => {
    const log = new FileEventLog({ dir });
    await log.append(buildUnansweredEvent({ at: "2015-01-01T00:00:00.000Z", question: "old" }));
    await log.append(buildUnansweredEvent({ at: "2015-03-01T00:00:00.000Z", question: "new" }));
    const read = await log.read({ since: new Date("2015-02-01T00:00:00Z") });
    expect(read.map((e) => "question" in e && e.question)).toEqual(["new"]);
  });

  it("should refuse an event with fields beyond the schema, such as a user id", async () => {
    const log = new FileEventLog({ dir });
    const withUser = { ...buildFeedbackEvent(), user: "U0ASKER" };
    await expect(log.append(withUser)).rejects.toThrow();
    expect(existsSync(log.file)).toBe(false);
  });

  it("should skip a line torn by a crash and damaged lines, and keep appending on a fresh line", async () => {
    const log = new FileEventLog({ dir });
    await log.append(buildUnansweredEvent({ question: "first" }));
    appendFileSync(log.file, 'not json\n{"kind":"unknown"}\n{"kind":"unanswered","questi');
    const restarted = new FileEventLog({ dir });
    await restarted.append(buildUnansweredEvent({ question: "after the crash" }));
    const questions = (await restarted.read()).map((e) => "question" in e && e.question);
    expect(questions).toEqual(["first", "after the crash"]);
  });

  it("should rotate past the size limit and keep only the configured number of files", async () => {
    const log = new FileEventLog({ dir, maxBytes: 1000, keep: 2 });
    for (let i = 0; i < 60; i++)
      await log.append(buildUnansweredEvent({ question: `question ${i}` }));
    expect(readdirSync(dir).sort()).toEqual(["events.1.jsonl", "events.2.jsonl", "events.jsonl"]);
    const questions = (await log.read()).map((e) => ("question" in e ? e.question : ""));
    expect(questions.at(-1)).toBe("question 59");
    expect(questions).toEqual(
      [...questions].sort((a, b) => Number(a.split(" ")[1]) - Number(b.split(" ")[1])),
    );
    expect(questions.length).toBeLessThan(60);
  });

  it("should hand over every event, rotated ones too, oldest first, and keep taking new ones after", async () => {
    const log = new FileEventLog({ dir, maxBytes: 1000, keep: 2 });
    for (let i = 0; i < 20; i++) await log.append(buildUnansweredEvent({ question: `q ${i}` }));
    const before = await log.read();
    const taken = log.take();
    expect(taken.events).toEqual(before);
    expect(await log.read()).toEqual([]);
    await log.append(buildUnansweredEvent({ question: "meanwhile" }));
    taken.done();
    expect(readdirSync(dir)).toEqual(["events.jsonl"]);
    expect((await log.read()).map((e) => "question" in e && e.question)).toEqual(["meanwhile"]);
  });

  it("should take again what a take left unfinished, but not what another live process is taking", async () => {
    const log = new FileEventLog({ dir });
    await log.append(buildUnansweredEvent({ question: "left over" }));
    log.take(); // never done: a copy that failed half-way
    appendFileSync(join(dir, "events.taken-1-1-0.jsonl"), ""); // pid 1 runs: not ours to take
    const again = log.take();
    expect(again.events.map((e) => "question" in e && e.question)).toEqual(["left over"]);
    again.done();
    expect(readdirSync(dir)).toEqual(["events.taken-1-1-0.jsonl"]);
  });

  it("should keep writing when another process rotates the file away under a new writer", async () => {
    // Each append is a new writer (a restart, a CLI run): it first checks how the file ends. With
    // a tiny size limit both processes rotate all the time, so the file often vanishes mid-check.
    const built = join(projectRoot(), "dist", "src", "store", "file-event-log.js");
    const writer = `
      import { FileEventLog } from ${JSON.stringify(built)};
      for (let i = 0; i < 300; i++) {
        const log = new FileEventLog({ dir: ${JSON.stringify(dir)}, maxBytes: 600, keep: 2 });
        await log.append({ kind: "unanswered", question: "q".repeat(200), intent: "no_match", confidence: 0, at: new Date().toISOString() });
      }`;
    const run = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, ["--input-type=module", "-e", writer], {
          stdio: "ignore",
        });
        child.on("exit", resolve);
      });
    expect(await Promise.all([run(), run(), run()])).toEqual([0, 0, 0]);
  });

  it("should never interleave lines written by two processes at once", async () => {
    const built = join(projectRoot(), "dist", "src", "store", "file-event-log.js");
    expect(existsSync(built), "run `npm run build` first").toBe(true);
    const writer = (name: string) => `
      import { FileEventLog } from ${JSON.stringify(built)};
      const log = new FileEventLog({ dir: ${JSON.stringify(dir)}, maxBytes: 40000, keep: 20 });
      const question = ${JSON.stringify(name)}.repeat(100);
      for (let i = 0; i < 400; i++) {
        await log.append({ kind: "unanswered", question, intent: "no_match", confidence: 0, at: new Date().toISOString() });
      }`;
    const run = (name: string) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, ["--input-type=module", "-e", writer(name)], {
          stdio: "inherit",
        });
        child.on("exit", resolve);
      });
    expect(await Promise.all([run("a"), run("b")])).toEqual([0, 0]);
    const events = await new FileEventLog({ dir, keep: 20 }).read();
    expect(events).toHaveLength(800);
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith(".jsonl"))
      .flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n").filter(Boolean));
    expect(lines).toHaveLength(800);
  });
});
