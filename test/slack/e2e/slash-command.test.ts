import { describe, expect, it } from "vitest";
import { askCommand, replyText as textOf } from "../../helpers/ask-http.js";
import { expectWithinBlockKitLimits, tableRows } from "../../helpers/block-kit.js";
import { useHttpApp } from "../../helpers/http-app.js";

const app = useHttpApp();
const ask = (text: string) => askCommand(app(), text);

describe("/containeros over HTTP", () => {
  it("should answer in the channel with the question restated", async () => {
    const { status, reply } = await ask("security atomic");
    expect(status).toBe(200);
    expect(reply.response_type).toBe("in_channel");
    expectWithinBlockKitLimits(reply);
    expect((reply.blocks as unknown[])[0]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "<@U0ASKER> asked: security atomic" }],
    });
    expect(textOf(reply)).toContain("SELinux");
    expect(textOf(reply)).toMatch(/Sources date from 2014/);
    expect(textOf(reply)).toContain(
      "<https://major.io/2014/05/13/coreos-vs-project-atomic-a-review/|",
    );
  });

  it("should compare systems in a native table with a monospace copy in the text", async () => {
    const { reply } = await ask("coreos vs atomic");
    expect(reply.response_type).toBe("in_channel");
    expectWithinBlockKitLimits(reply);
    const rows = tableRows(reply);
    expect(rows?.[0]).toEqual(["Topic", "CoreOS", "Project Atomic"]);
    expect(rows?.map((row) => row[0])).toContain("Size and footprint");
    expect(String(reply.text)).toMatch(/```[\s\S]*CoreOS[\s\S]*Project Atomic[\s\S]*```/);
  });

  it("should show help, to the asker only, for an empty command", async () => {
    const { reply } = await ask("");
    expect(reply.response_type).toBe("ephemeral");
    expectWithinBlockKitLimits(reply);
    expect(textOf(reply)).toContain("RancherOS");
    expect(textOf(reply)).toContain("coreos vs atomic");
  });

  it("should say it does not know, to the asker only, for an off-topic question", async () => {
    const { reply } = await ask("reset my VPN password");
    expect(reply.response_type).toBe("ephemeral");
    expect(textOf(reply)).toMatch(/I don't know/);
    expect(tableRows(reply)).toBeUndefined();
  });
});
