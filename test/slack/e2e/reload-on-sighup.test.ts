import { afterAll, describe, expect, it } from "vitest";
import { askCommand, replyText } from "../../helpers/ask-http.js";
import { addCurated } from "../../helpers/curated.js";
import { useHttpApp } from "../../helpers/http-app.js";
import { brokenKnowledge, removeBrokenKnowledge } from "../../helpers/knowledge.js";
import { breakSystemsFile, healthWhen, readHealth } from "../../helpers/live-knowledge.js";

// The folder is not watched here, so only SIGHUP reloads: how several instances are rolled
// out together (README, "Keeping the knowledge current").
const dir = brokenKnowledge();
const app = useHttpApp({
  CONTAINEROS_KNOWLEDGE_DIR: dir,
  CONTAINEROS_WATCH_KNOWLEDGE: "off",
  CONTAINEROS_FLOOD_LIMIT: "1000", // the tests ask again until the reload lands
});
afterAll(removeBrokenKnowledge);

const hangUp = () => app().process.child.kill("SIGHUP");
const ask = async (question: string) => replyText((await askCommand(app(), question)).reply);

describe("reloading the knowledge on SIGHUP", () => {
  it("should reload on SIGHUP only, and then answer the new fact with its citation", async () => {
    const before = await readHealth(app().baseUrl);
    addCurated(dir);
    expect(await ask("kestrel size")).toMatch(/I don't know/);
    expect((await readHealth(app().baseUrl)).fingerprint).toBe(before.fingerprint);

    hangUp();
    const after = await healthWhen(app().baseUrl, "the reload", (k) => k.systems === 7);

    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(await ask("kestrel size")).toContain("https://fernhill.example/kestrel-2026");
    expect(app().process.output()).toContain("SIGHUP received: reloading the knowledge");
    expect(app().process.output()).toContain("not watched: CONTAINEROS_WATCH_KNOWLEDGE=off");
  });

  it("should keep the last good knowledge on a SIGHUP into a broken folder, and recover on the next", async () => {
    const good = await readHealth(app().baseUrl);
    const restore = breakSystemsFile(dir);
    hangUp();
    const failed = await healthWhen(app().baseUrl, "a failed reload", (k) => k.reloadFailing);

    expect(failed.fingerprint).toBe(good.fingerprint);
    expect(failed.lastFailedReload?.problems[0]).toMatch(/systems\.yml: YAML syntax error/);
    expect(app().process.output()).toMatch(/Knowledge reload failed .*\n.*systems\.yml: YAML/);
    expect(await ask("kestrel updates")).toContain("A/B");

    restore();
    hangUp();
    await healthWhen(app().baseUrl, "a good reload", (k) => !k.reloadFailing);
    expect(await ask("kestrel size")).toContain("48 MB");
  });
});
