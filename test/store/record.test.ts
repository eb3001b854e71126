import { describe, expect, it } from "vitest";
import { storedEventSchema } from "../../src/store/events.js";
import { eventsForAnswer, feedbackEvent, summariseAnswer } from "../../src/store/record.js";
import { realEngine } from "../helpers/engine.js";

const at = new Date("2015-06-01T12:00:00Z");
const ask = (question: string) => realEngine().ask(question).answer;

describe("eventsForAnswer", () => {
  it("should record only what an answered question was about, never its text", () => {
    const events = eventsForAnswer(ask("coreos security"), at);
    expect(events).toEqual([
      {
        kind: "asked",
        intent: "answer",
        systems: ["coreos"],
        topics: ["security"],
        at: at.toISOString(),
      },
    ]);
  });

  it("should record the question when it went unanswered", () => {
    const [event] = eventsForAnswer(ask("what's the size of the moon"), at);
    expect(event).toMatchObject({
      kind: "unanswered",
      intent: "no_match",
      question: "what's the size of the moon",
    });
  });

  it("should record nothing for help", () => {
    expect(eventsForAnswer(ask("help"), at)).toEqual([]);
  });

  it("should remove user mentions and cut long questions before storing them", () => {
    const question = `<@U0ASKER> says <!channel> ${"moon ".repeat(200)}`;
    const [event] = eventsForAnswer(ask(question), at).filter((e) => e.kind === "unanswered");
    expect(event && "question" in event ? event.question : "").not.toMatch(/U0ASKER|channel/);
    expect(storedEventSchema.safeParse(event).success).toBe(true);
  });
});

describe("feedbackEvent", () => {
  it("should carry the question, intent, systems, topics and fact ids of the rated answer", () => {
    const answer = ask("coreos vs atomic updates");
    const event = feedbackEvent(summariseAnswer(answer), false, at);
    expect(event).toMatchObject({
      kind: "feedback",
      helpful: false,
      intent: "compare",
      systems: answer.systems,
    });
    expect(event.factIds).toEqual(answer.facts.map((f) => f.id));
    expect(storedEventSchema.parse(event)).toEqual(event);
  });
});
