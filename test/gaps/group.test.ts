import { describe, expect, it } from "vitest";
import { parseDuration } from "../../src/gaps/duration.js";
import { contentWords, groupGaps } from "../../src/gaps/group.js";
import {
  buildAskedEvent,
  buildFeedbackEvent,
  buildUnansweredEvent,
} from "../helpers/stored-events.js";

const time = (minute: number) => new Date(Date.UTC(2015, 5, 1, 12, minute)).toISOString();

describe("contentWords", () => {
  it("should ignore question words, case, punctuation, order and plurals", () => {
    expect(contentWords("What is the SIZE of the moon?")).toEqual(["moon", "size"]);
    expect(contentWords("moon sizes")).toEqual(["moon", "size"]);
    expect(contentWords("Does Photon run on ARM?")).toEqual(contentWords("photon on arm"));
  });
});

describe("groupGaps", () => {
  it("should group similar wordings, most frequent first, with counts and last seen", () => {
    const groups = groupGaps([
      buildUnansweredEvent({ question: "kubernetes pricing", at: time(1) }),
      buildUnansweredEvent({ question: "what is the size of the moon", at: time(2) }),
      buildUnansweredEvent({ question: "Moon size?", at: time(3) }),
      buildUnansweredEvent({ question: "size of the moon", at: time(4) }),
    ]);
    expect(groups.map((g) => [g.question, g.count])).toEqual([
      ["size of the moon", 3],
      ["kubernetes pricing", 1],
    ]);
    expect(groups[0]).toMatchObject({
      lastSeen: time(4),
      unanswered: 3,
      unhelpful: 0,
      otherWordings: ["Moon size?", "what is the size of the moon"],
    });
  });

  it("should count unhelpful answers with what they were about, and ignore helpful ones and plain asks", () => {
    const groups = groupGaps([
      buildFeedbackEvent({ question: "coreos security", helpful: false }),
      buildFeedbackEvent({ question: "security of coreos", helpful: false, topics: ["updates"] }),
      buildFeedbackEvent({ question: "coreos security", helpful: true }),
      buildAskedEvent(),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ count: 2, unhelpful: 2, systems: ["coreos"] });
    // Most recent first: the events' default times may differ by a millisecond, or not.
    expect([...(groups[0]?.topics ?? [])].sort()).toEqual(["security", "updates"]);
  });

  it("should fold wordings that differ by a typo into one group", () => {
    const groups = groupGaps([
      buildUnansweredEvent({ question: "rancheros licence" }),
      buildUnansweredEvent({ question: "rancheros licence" }),
      buildUnansweredEvent({ question: "rancheso licence" }),
    ]);
    expect(groups.map((g) => g.count)).toEqual([3]);
  });

  it("should break ties by the most recent", () => {
    const groups = groupGaps([
      buildUnansweredEvent({ question: "older", at: time(1) }),
      buildUnansweredEvent({ question: "newer", at: time(2) }),
    ]);
    expect(groups.map((g) => g.question)).toEqual(["newer", "older"]);
  });
});

describe("parseDuration", () => {
  it("should read minutes, hours, days and weeks, and nothing else", () => {
    expect(parseDuration("30m")).toBe(30 * 60_000);
    expect(parseDuration("12h")).toBe(12 * 3_600_000);
    expect(parseDuration("7d")).toBe(7 * 86_400_000);
    expect(parseDuration("2w")).toBe(14 * 86_400_000);
    for (const bad of ["", "7", "d", "0d", "-1d", "7 days", "1y"])
      expect(parseDuration(bad)).toBeUndefined();
  });
});
