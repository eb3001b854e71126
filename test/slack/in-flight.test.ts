import { describe, expect, it } from "vitest";
import { InFlight } from "../../src/slack/in-flight.js";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("InFlight", () => {
  it("should wait for running work to settle, failures included", async () => {
    const inFlight = new InFlight();
    let finished = false;
    void inFlight.run(async () => {
      await wait(30);
      finished = true;
    });
    void inFlight.run(() => Promise.reject(new Error("boom"))).catch(() => {});
    expect(inFlight.count).toBe(2);
    expect(await inFlight.drain(1000)).toBe(true);
    expect(finished).toBe(true);
    expect(inFlight.count).toBe(0);
  });

  it("should give up after the grace period", async () => {
    const inFlight = new InFlight();
    void inFlight.run(() => wait(500));
    expect(await inFlight.drain(20)).toBe(false);
  });
});
