import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { describe, expect, it, vi } from "vitest";
import { chain } from "../../../src/slack/middleware/chain.js";

type Step = Middleware<AnyMiddlewareArgs>;
type Args = Parameters<Step>[0];

/** Only the fields the steps below read; Bolt's full argument type is too deep to spell out. */
const argsWith = (next: () => Promise<void>) => ({ body: { n: 1 }, next }) as unknown as Args;

describe("chain", () => {
  it("should run every step in order, each with the request's arguments, then Bolt's next", async () => {
    const seen: string[] = [];
    const step =
      (name: string): Step =>
      async (args) => {
        seen.push(`${name}:${(args.body as unknown as { n: number }).n}`);
        await args.next();
        seen.push(`${name} done`);
      };
    const next = vi.fn(async () => {
      seen.push("listeners");
    });
    await chain(step("a"), step("b"), step("c"))(argsWith(next));
    expect(seen).toEqual(["a:1", "b:1", "c:1", "listeners", "c done", "b done", "a done"]);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it("should stop the rest and the listeners when a step does not call next", async () => {
    const later = vi.fn(async (args: Args) => args.next());
    const next = vi.fn(async () => {});
    await chain(async () => {}, later)(argsWith(next));
    expect(later).not.toHaveBeenCalled();
    expect(next).not.toHaveBeenCalled();
  });

  it("should let a step waiting on next see a later step's failure, and pass it to Bolt", async () => {
    const seen: string[] = [];
    const tracking: Step = async ({ next }) => {
      try {
        await next();
      } finally {
        seen.push("tracking settled");
      }
    };
    const failing: Step = async () => {
      throw new Error("flood store down");
    };
    await expect(chain(tracking, failing)(argsWith(async () => {}))).rejects.toThrow(
      "flood store down",
    );
    expect(seen).toEqual(["tracking settled"]);
  });

  it("should refuse a second next() from the same step, as Bolt does", async () => {
    const twice: Step = async ({ next }) => {
      await next();
      await next();
    };
    const next = vi.fn(async () => {});
    await expect(chain(twice)(argsWith(next))).rejects.toThrow("next() called multiple times");
    expect(next).toHaveBeenCalledTimes(1);
  });

  it("should pass a step's failure to Bolt", async () => {
    const failing: Step = async () => {
      throw new Error("store down");
    };
    await expect(chain(failing)(argsWith(async () => {}))).rejects.toThrow("store down");
  });
});
