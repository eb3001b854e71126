import { describe, expect, it } from "vitest";
import { blocksRejection, describeError } from "../../src/slack/reply/rejection.js";

const platformError = (error: string) =>
  Object.assign(new Error(`An API error occurred: ${error}`), {
    code: "slack_webapi_platform_error",
    data: { ok: false, error },
  });

describe("blocksRejection", () => {
  it("should recognise Slack refusing a message's blocks or attachments", () => {
    expect(blocksRejection(platformError("invalid_blocks"))).toBe("invalid_blocks");
    expect(blocksRejection(platformError("invalid_attachments"))).toBe("invalid_attachments");
    expect(blocksRejection(platformError("invalid_blocks_format"))).toBe("invalid_blocks_format");
    const respondError = Object.assign(new Error("400"), {
      code: "slack_bolt_respond_error",
      statusCode: 400,
    });
    expect(blocksRejection(respondError)).toBe("http_400");
  });

  it("should leave other failures alone", () => {
    expect(blocksRejection(platformError("channel_not_found"))).toBeUndefined();
    expect(
      blocksRejection(
        Object.assign(new Error("x"), { code: "slack_bolt_respond_error", statusCode: 500 }),
      ),
    ).toBeUndefined();
    expect(blocksRejection(new Error("network"))).toBeUndefined();
    expect(blocksRejection("text")).toBeUndefined();
  });
});

describe("describeError", () => {
  it("should say what failed, with Slack's error code", () => {
    expect(describeError(platformError("not_in_channel"))).toBe(
      "An API error occurred: not_in_channel (not_in_channel)",
    );
    expect(describeError("plain")).toBe("plain");
  });

  it("should follow the chain of causes, as fetch reports a refused connection", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), {
      code: "ECONNREFUSED",
    });
    expect(describeError(new TypeError("fetch failed", { cause: refused }))).toBe(
      "fetch failed; cause: connect ECONNREFUSED 127.0.0.1:1",
    );
    const deep = [1, 2, 3, 4, 5].reduce<unknown>(
      (cause, n) => new Error(`level ${n}`, { cause }),
      "root",
    );
    expect(describeError(deep)).toBe("level 5; cause: level 4; cause: level 3; cause: level 2");
    expect(describeError(new Error("wrapped", { cause: "a string" }))).toBe(
      "wrapped; cause: a string",
    );
  });
});
