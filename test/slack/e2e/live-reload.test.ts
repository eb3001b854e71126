import { afterAll, describe, expect, it } from "vitest";
import { askCommand, replyText } from "../../helpers/ask-http.js";
import { tableRows } from "../../helpers/block-kit.js";
import { addCurated } from "../../helpers/curated.js";
import { eventually } from "../../helpers/eventually.js";
import { useHttpApp } from "../../helpers/http-app.js";
import { brokenKnowledge, removeBrokenKnowledge } from "../../helpers/knowledge.js";
import {
  breakSystemsFile,
  countLines,
  healthWhen,
  type Knowledge,
  readHealth,
} from "../../helpers/live-knowledge.js";

// The running app in HTTP mode over a temporary copy of the knowledge, edited while it runs.
const dir = brokenKnowledge();
const app = useHttpApp({ CONTAINEROS_KNOWLEDGE_DIR: dir, CONTAINEROS_FLOOD_LIMIT: "1000" });
afterAll(removeBrokenKnowledge);
const KESTREL_URL = "https://fernhill.example/kestrel-2026";

/** Asks until the answer contains `text`: the reload comes a moment after the edit. */
const answerContaining = (question: string, text: string) =>
  eventually(`an answer to "${question}" with "${text}"`, async () => {
    const { reply } = await askCommand(app(), question);
    return replyText(reply).includes(text) ? reply : undefined;
  });

describe("live reload over HTTP, watching the knowledge folder", () => {
  let curated: Knowledge;

  it("should answer a fact from a newly added source, with its citation, without a restart", async () => {
    const before = await readHealth(app().baseUrl);
    expect(replyText((await askCommand(app(), "kestrel size")).reply)).toMatch(/I don't know/);

    addCurated(dir);
    const reply = await answerContaining("kestrel size", "48 MB");

    expect(replyText(reply)).toContain(KESTREL_URL);
    expect(replyText(reply)).toContain("Sources date from 2026.");
    expect(replyText(reply)).not.toContain("may have changed");
    curated = await readHealth(app().baseUrl);
    expect(curated).toMatchObject({
      sources: 6,
      systems: 7,
      facts: before.facts + 3,
      reloadFailing: false,
      lastFailedReload: null,
    });
    expect(curated.fingerprint).not.toBe(before.fingerprint);
    expect(Date.parse(curated.loadedAt)).toBeGreaterThan(Date.parse(before.loadedAt));
    // Five files written in a burst: one reload, with the new counts in the log.
    const output = app().process.output();
    expect(countLines(output, "Knowledge reloaded:")).toBe(1);
    expect(output).toContain(`Knowledge reloaded: ${curated.facts} facts, 6 sources, 7 systems`);
  });

  it("should compare a curated system with an original one, showing both in the table and citing both", async () => {
    const { reply } = await askCommand(app(), "kestrel vs coreos on size");
    const rows = tableRows(reply);

    expect(rows?.[0]).toEqual(["Topic", "Kestrel Linux", "CoreOS"]);
    expect(rows?.find((row) => row[0] === "Size and footprint")).toEqual([
      "Size and footprint",
      "48 MB",
      "164 MB",
    ]);
    expect(replyText(reply)).toContain(`<${KESTREL_URL}|`);
    expect(replyText(reply)).toContain("<https://www.inovex.de/blog/");
    expect(replyText(reply)).toMatch(/Sources date from 201[45]–2026; things may have changed/);
  });

  it("should keep answering from the last good knowledge when a YAML file breaks, naming the problem", async () => {
    const restore = breakSystemsFile(dir);
    const failed = await healthWhen(app().baseUrl, "a failed reload", (k) => k.reloadFailing);

    expect(failed.fingerprint).toBe(curated.fingerprint);
    expect(failed.facts).toBe(curated.facts);
    expect(failed.lastFailedReload?.problems).toEqual([
      expect.stringMatching(/knowledge\/systems\.yml: YAML syntax error at line \d+, column \d+/),
    ]);
    const output = app().process.output();
    expect(output).toMatch(
      /ERROR containeros: Knowledge reload failed with 1 problem; still answering from the knowledge loaded at .*\n {2}\S*knowledge\/systems\.yml: YAML syntax error/,
    );
    expect(replyText((await askCommand(app(), "kestrel size")).reply)).toContain("48 MB");

    restore();
    const recovered = await healthWhen(app().baseUrl, "a good reload", (k) => !k.reloadFailing);
    expect(recovered.fingerprint).toBe(curated.fingerprint);
    expect(recovered.lastFailedReload?.at).toBe(failed.lastFailedReload?.at);
    expect(Date.parse(recovered.checkedAt)).toBeGreaterThan(Date.parse(failed.checkedAt));
    expect(replyText((await askCommand(app(), "kestrel security")).reply)).toContain("Landlock");
  });
});
