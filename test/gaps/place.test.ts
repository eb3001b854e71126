import { afterAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/core/engine.js";
import { loadKnowledge } from "../../src/core/knowledge/load.js";
import type { GapGroup } from "../../src/gaps/group.js";
import { describePlace, placeGaps } from "../../src/gaps/place.js";
import { curatedKnowledge } from "../helpers/curated.js";
import { realEngine } from "../helpers/engine.js";
import { removeBrokenKnowledge } from "../helpers/knowledge.js";

afterAll(removeBrokenKnowledge);

const group = (question: string, otherWordings: string[] = []): GapGroup => ({
  question,
  otherWordings,
  count: 1 + otherWordings.length,
  unanswered: 1 + otherWordings.length,
  unhelpful: 0,
  lastSeen: "2026-12-01T00:00:00.000Z",
  systems: [],
  topics: [],
});

const placed = (engine: ReturnType<typeof realEngine>, ...groups: GapGroup[]) =>
  placeGaps(groups, engine).map((g) => describePlace(g.likely));

describe("placeGaps", () => {
  it("should name the system and topic a group of unanswered questions most likely concerns", () => {
    expect(
      placed(
        realEngine(),
        group("does coreos support gpu passthrough"),
        group("kubernetes on photon", ["photon with kubernetes?", "photon cluster manager"]),
        group("What is the size of the moon", ["moon size?"]),
        group("when is the staff party"),
      ),
    ).toEqual([
      "CoreOS",
      "VMware Photon · Clustering, orchestration and scheduling",
      "no known system · Size and footprint",
      "no known system",
    ]);
  });

  it("should place questions about a system that was added by a curator", () => {
    const engine = createEngine(loadKnowledge({ dir: curatedKnowledge() }).kb);
    const [first] = placeGaps([group("how much does kestrel cost to license")], engine);

    expect(first?.likely.system).toEqual({ id: "kestrel", name: "Kestrel Linux" });
    expect(placed(realEngine(), group("how much does kestrel cost to license"))[0]).toMatch(
      /^no known system/,
    );
  });
});
