import { describe, expect, it } from "vitest";
import { askCore, threadConversation } from "../../src/slack/conversation.js";
import { buildSlackDeps, recordingLogger } from "../helpers/slack-deps.js";

const deps = buildSlackDeps;
const logger = recordingLogger;

describe("askCore", () => {
  it("should resolve follow-ups within one conversation and not across conversations", async () => {
    const { deps: d } = deps();
    const log = logger();
    const thread = threadConversation("C1", "1.0");
    await askCore(d, "coreos security", { conversation: thread }, log);
    expect((await askCore(d, "and its size?", { conversation: thread }, log)).systems).toEqual([
      "coreos",
    ]);
    const elsewhere = await askCore(
      d,
      "and its size?",
      { conversation: threadConversation("C1", "2.0") },
      log,
    );
    expect(elsewhere.systems).not.toEqual(["coreos"]);
  });

  it("should record what was asked, unless told not to", async () => {
    const { deps: d, recorded } = deps();
    await askCore(d, "coreos security", {}, logger());
    await askCore(d, "coreos security", { record: false }, logger());
    expect(recorded.map((e) => e.kind)).toEqual(["asked"]);
  });

  it("should still answer when storage fails, and log why", async () => {
    const broken = async () => {
      throw new Error("disk full");
    };
    const { deps: d } = deps({
      contexts: { get: broken, set: broken },
      events: { append: broken, read: broken },
    });
    const log = logger();
    const answer = await askCore(d, "what is the size of the moon", { conversation: "D1" }, log);
    expect(answer.intent).toBe("no_match");
    expect(log.warn).toHaveBeenCalledWith("Could not record the unanswered event: disk full");
  });
});
