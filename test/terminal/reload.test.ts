import { afterAll, describe, expect, it } from "vitest";
import { freePort, spawnApp } from "../helpers/app-process.js";
import { addCurated } from "../helpers/curated.js";
import { eventually } from "../helpers/eventually.js";
import { brokenKnowledge, removeBrokenKnowledge } from "../helpers/knowledge.js";
import { breakSystemsFile, healthWhen, readHealth } from "../helpers/live-knowledge.js";

afterAll(removeBrokenKnowledge);

describe("live reload in the terminal chat", () => {
  it("should answer from knowledge added while it runs, and keep it while a file is broken", async () => {
    const dir = brokenKnowledge();
    const port = await freePort();
    const probes = `http://127.0.0.1:${port}`;
    const app = spawnApp({ CONTAINEROS_KNOWLEDGE_DIR: dir, PORT: String(port) }, "pipe");
    const stdin = app.child.stdin;
    if (!stdin) throw new Error("no stdin");
    const answers = () => app.output().split("Kestrel Linux · Size and footprint").length - 1;
    // Waits for the app's own "Watching" line, so the folder is watched before it changes.
    await eventually("the watch to start", () =>
      app.output().includes("Watching") ? true : undefined,
    );

    addCurated(dir);
    await eventually("a reload", () =>
      app.output().includes("Knowledge reloaded") ? true : undefined,
    );
    stdin.write("kestrel size\n");
    await eventually("the answer", () => (answers() === 1 ? true : undefined));
    // /health on PORT is built per request, so it reports the reloaded knowledge.
    expect(await readHealth(probes)).toMatchObject({
      sources: 6,
      systems: 7,
      reloadFailing: false,
    });

    const restore = breakSystemsFile(dir);
    await eventually("the failed reload", () =>
      app.output().includes("Knowledge reload failed") ? true : undefined,
    );
    stdin.write("kestrel size\n");
    await eventually("the answer from the last good knowledge", () =>
      answers() === 2 ? true : undefined,
    );
    await healthWhen(probes, "a failed reload in /health", (k) => k.reloadFailing);
    restore();
    stdin.end();
    expect(await app.exited).toBe(0);
    expect(app.output()).toContain("https://fernhill.example/kestrel-2026");
    expect(app.output()).toMatch(/Knowledge reload failed .*\n.*systems\.yml: YAML syntax error/);
  });
});
