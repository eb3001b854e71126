import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/core/engine.js";
import { loadKnowledge } from "../../src/core/knowledge/load.js";
import { defaultKnowledgeDir } from "../../src/core/project-root.js";
import { PROMPT, runTerminal } from "../../src/terminal/chat.js";
import { spawnApp } from "../helpers/app-process.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadKnowledge({ dir: defaultKnowledgeDir() }).kb);
});

/** Runs the terminal chat over `input` and returns everything it printed. */
async function chat(input: string, interactive = false): Promise<string> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let printed = "";
  stdout.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  const done = runTerminal({ engine, input: stdin, output: stdout, interactive });
  stdin.end(input);
  await done;
  return printed;
}

describe("terminal chat", () => {
  it("should answer piped questions line by line, skipping blank lines", async () => {
    const printed = await chat("security atomic\n\n   \ncoreos vs atomic\n");
    const [first, second, ...rest] = printed.trimEnd().split(/\n\n(?=Project Atomic|Comparing)/);
    expect(rest).toEqual([]);
    expect(first).toContain("SELinux");
    expect(first).toContain("Sources:");
    expect(second).toMatch(/^Comparing CoreOS and Project Atomic/);
    expect(second).toMatch(/\n\s+\| CoreOS\s+\| Project Atomic\n-+\+-/);
    expect(printed).not.toContain(PROMPT);
  });

  it("should greet, prompt, and stop at exit when someone is typing", async () => {
    const printed = await chat("help\nexit\nsecurity atomic\n", true);
    expect(printed).toMatch(/^containeros: answers about container operating systems/);
    expect(printed).toContain("CoreOS, Project Atomic, RancherOS");
    expect(printed).toContain(PROMPT);
    expect(printed).toContain("Ask me about a container OS");
    expect(printed).not.toContain("SELinux");
  });

  it("should keep the prompt through the up arrow, which brings back the last question", async () => {
    const printed = await chat("coreos size\r\u001b[A\r", true);
    expect(printed.match(/Sources:/g)).toHaveLength(2);
    const redrawn = [...printed.matchAll(/(\S*)> coreos size/g)].map((m) => m[1]);
    expect(redrawn.length).toBeGreaterThan(0);
    expect(redrawn.every((before) => before?.endsWith("containeros"))).toBe(true);
  });

  it("should clear what was typed on Ctrl-U", async () => {
    const printed = await chat("what about windows\u0015security atomic\r", true);
    expect(printed).toContain("SELinux");
    expect(printed).not.toContain("I don't know");
  });

  it("should end the chat on Ctrl-C", async () => {
    const stdin = new PassThrough();
    const done = runTerminal({
      engine,
      input: stdin,
      output: new PassThrough(),
      interactive: true,
    });
    stdin.write("\u0003");
    await expect(done).resolves.toBeUndefined();
  });

  it("should print a comparison's table once", async () => {
    const printed = await chat("coreos vs atomic\n");
    expect(printed.match(/Kernel version/g)).toHaveLength(1);
    expect(printed).toMatch(/^Comparing CoreOS and Project Atomic:\n\n +\| CoreOS/);
  });

  it("should run from `npm start` with no Slack settings and piped stdin, then exit 0", async () => {
    const app = spawnApp({}, "pipe");
    app.child.stdin?.end("security atomic\nreset my VPN password\n");
    expect(await app.exited).toBe(0);
    expect(app.output()).toContain("SELinux");
    expect(app.output()).toContain("I don't know that");
  });
});
