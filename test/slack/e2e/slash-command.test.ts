import { describe, expect, it } from "vitest";
import { askCommand, replyText as textOf } from "../../helpers/ask-http.js";
import {
  blocksInReadingOrder,
  expectWithinBlockKitLimits,
  parsedTexts,
  tableRows,
} from "../../helpers/block-kit.js";
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

  it("should show a comparison's table once, straight after the lead and before the sources", async () => {
    const { reply } = await ask("coreos vs atomic");
    const order = blocksInReadingOrder(reply).map((block) => JSON.stringify(block));
    const lead = order.findIndex((block) => block.includes("Comparing CoreOS and Project Atomic"));
    const table = order.findIndex((block) => block.includes('"type":"table"'));
    const sources = order.findIndex((block) => block.includes("*Sources*"));
    expect([lead, table, sources].every((index) => index >= 0)).toBe(true);
    expect(table).toBe(lead + 1);
    expect(table).toBeLessThan(sources);

    // Everything Slack shows besides the table (the notification text only backs it up).
    const [, ...rows] = tableRows(reply) ?? [];
    const lines = parsedTexts({ ...reply, text: "" }).flatMap((text) => text.split("\n"));
    expect(rows.length).toBeGreaterThan(3);
    for (const [label = "", ...cells] of rows) {
      const values = [...new Set(cells.filter((cell) => cell !== "-"))];
      for (const line of lines) {
        const shown = values.filter((value) => line.includes(value));
        expect(line.includes(label) && shown.length > 0, `${label} repeated in: ${line}`).toBe(
          false,
        );
        expect(shown.length, `values of ${label} repeated in: ${line}`).toBeLessThan(2);
      }
    }
  });

  it("should restate a mention in the question as a name, without pinging anyone", async () => {
    const { reply } = await ask("is atomic secure enough for <@U0999>?");
    expect(textOf(reply)).toContain("asked: is atomic secure enough for @someone?");
    expect(textOf(reply)).not.toContain("<@U0999");
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
