import { afterAll, describe, expect, it } from "vitest";
import { parsedTexts } from "../../helpers/block-kit.js";
import { addCurated } from "../../helpers/curated.js";
import { eventually } from "../../helpers/eventually.js";
import { brokenKnowledge, removeBrokenKnowledge } from "../../helpers/knowledge.js";
import {
  breakSystemsFile,
  countLines,
  healthWhen,
  readHealth,
} from "../../helpers/live-knowledge.js";
import { BOT_USER_ID } from "../../helpers/slack-api-stand-in.js";
import { buildAppMentionEvent, buildEventBody } from "../../helpers/slack-payloads.js";
import { useSocketApp } from "../../helpers/socket-app.js";

// The log says what was reloaded or what is wrong; with PORT set, so does /health on that port.
const dir = brokenKnowledge();
const started = useSocketApp(
  { CONTAINEROS_KNOWLEDGE_DIR: dir, CONTAINEROS_FLOOD_LIMIT: "1000" },
  { probes: true },
);
const probes = () => started().probes ?? "";
afterAll(removeBrokenKnowledge);

/** Mentions the bot over the socket and returns the text of its reply in the thread. */
async function mention(question: string): Promise<string> {
  const { api, socket } = started();
  const event = buildAppMentionEvent({ text: `<@${BOT_USER_ID}> ${question}` });
  socket.send("events_api", JSON.parse(buildEventBody(event)));
  const post = await api.waitFor((calls) =>
    calls.find((c) => c.method === "chat.postMessage" && c.body.thread_ts === event.ts),
  );
  return parsedTexts(post.body).join("\n");
}

const answerContaining = (question: string, text: string) =>
  eventually(`an answer to "${question}" with "${text}"`, async () =>
    (await mention(question)).includes(text) ? true : undefined,
  );

const logWith = (text: string, times = 1) =>
  eventually(`${times} log line(s) with "${text}"`, () =>
    countLines(started().process.output(), text) >= times ? true : undefined,
  );

describe("live reload in Socket Mode", () => {
  it("should answer a newly added source's fact with its citation, without a restart", async () => {
    const before = await readHealth(probes());
    expect(await mention("kestrel size")).toMatch(/I don't know/);
    addCurated(dir);
    await answerContaining("kestrel size", "48 MB");
    expect(await mention("kestrel size")).toContain("https://fernhill.example/kestrel-2026");
    expect(started().process.output()).toMatch(
      /Knowledge reloaded: \d+ facts, 6 sources, 7 systems/,
    );
    // /health on PORT is built per request, so it reports the reloaded knowledge.
    const after = await readHealth(probes());
    expect(after).toMatchObject({ sources: 6, systems: 7, reloadFailing: false });
    expect(after.fingerprint).not.toBe(before.fingerprint);
  });

  it("should keep the last good knowledge while a file is broken, log the problem, and recover", async () => {
    const restore = breakSystemsFile(dir);
    await logWith("Knowledge reload failed");
    expect(started().process.output()).toMatch(/Knowledge reload failed .*\n.*systems\.yml: YAML/);
    const failed = await healthWhen(probes(), "a failed reload", (k) => k.reloadFailing);
    expect(failed.lastFailedReload?.problems).toEqual([
      expect.stringMatching(/systems\.yml: YAML/),
    ]);
    expect(await mention("kestrel updates")).toContain("A/B");

    restore();
    await logWith("Knowledge checked, unchanged");
    expect(await mention("kestrel security")).toContain("Landlock");
  });
});
