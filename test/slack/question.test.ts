import { describe, expect, it } from "vitest";
import { questionText } from "../../src/slack/question.js";

describe("questionText", () => {
  it("should remove the bot's own mention wherever it is", () => {
    expect(questionText("<@U0BOT> security atomic", "U0BOT")).toBe("security atomic");
    expect(questionText("is <@U0BOT|containeros> small?", "U0BOT")).toBe("is small?");
  });

  it("should keep the message's lines and columns, which tell pasted output from the question", () => {
    expect(
      questionText("<@U0BOT> $ fleetctl list-units\nweb.service  active\nwhat is this?", "U0BOT"),
    ).toBe("$ fleetctl list-units\nweb.service  active\nwhat is this?");
  });

  it("should keep other people's mentions for the core to normalise", () => {
    expect(questionText("<@U0BOT> ask <@U0OTHER> about coreos", "U0BOT")).toBe(
      "ask <@U0OTHER> about coreos",
    );
  });

  it("should drop a leading mention when the bot's id is unknown", () => {
    expect(questionText("<@U0BOT> coreos", undefined)).toBe("coreos");
    expect(questionText(undefined, "U0BOT")).toBe("");
  });
});
