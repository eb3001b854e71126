import { describe, expect, it } from "vitest";
import { LimitIndex } from "../../../src/core/match/limits.js";
import { tokenise } from "../../../src/core/match/normalise.js";
import { realKb } from "../../helpers/engine.js";

const index = new LimitIndex(realKb());
const find = (question: string) => index.find(tokenise(question))?.id;

describe("LimitIndex", () => {
  it("should find the phrases of limits.yml, whatever their endings", () => {
    expect(find("is coreos still maintained")).toBe("current-status");
    expect(find("who acquires coreos")).toBe("later-history");
    expect(find("dcos enterprise cost per node")).toBe("pricing");
  });

  it("should take a year after the newest source, or a version no source names, as beyond them", () => {
    expect(find("rancheros in 2031")).toBe("later-years");
    expect(find("photon os 5.0")).toBe("unknown-version");
  });

  it("should let through versions and years the sources mention, and ordinary questions", () => {
    expect(find("coreos 647.0.0 kernel")).toBeUndefined();
    expect(find("what happened in 2014")).toBeUndefined();
    expect(find("atomic security")).toBeUndefined();
  });

  it("should find nothing in a knowledge base without limits.yml but the rules read off it", () => {
    const bare = new LimitIndex({ ...realKb(), limits: undefined });
    expect(bare.find(tokenise("is coreos still maintained"))).toBeUndefined();
  });
});
