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
});
