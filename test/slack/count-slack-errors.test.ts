import { describe, expect, it, vi } from "vitest";
import { countSlackErrors, RESPONSE_URL } from "../../src/slack/count-slack-errors.js";

const API = "https://slack.test/api/";

/** A fetch that answers every call with `respond()`, and the counted methods. */
function counting(respond: () => Response | Promise<Response>) {
  const counted: string[] = [];
  const fetchFn = vi.fn(async () => respond()) as unknown as typeof fetch;
  return { fetch: countSlackErrors(fetchFn, API, (method) => counted.push(method)), counted };
}

describe("countSlackErrors", () => {
  it("should count a Web API ok: false under its method once the client reads the body", async () => {
    const { fetch, counted } = counting(() =>
      Response.json({ ok: false, error: "not_in_channel" }),
    );
    const response = await fetch(`${API}chat.postMessage`, { method: "POST" });
    expect(counted).toEqual([]);
    expect(JSON.parse(await response.text())).toEqual({ ok: false, error: "not_in_channel" });
    expect(counted).toEqual(["chat.postMessage"]);
  });

  it("should not count a successful call, even one whose text mentions ok false", async () => {
    const { fetch, counted } = counting(() =>
      Response.json({ ok: true, message: { text: '"ok":false is what Slack says' } }),
    );
    await (await fetch(`${API}chat.postMessage`)).text();
    expect(counted).toEqual([]);
  });

  it("should count HTTP errors and network failures, for respond() as response_url", async () => {
    const limited = counting(() => new Response("ratelimited", { status: 429 }));
    await limited.fetch(`${API}views.publish`);
    await limited.fetch("https://hooks.slack.test/commands/T1/2/xyz");
    expect(limited.counted).toEqual(["views.publish", RESPONSE_URL]);

    const down = counting(() => Promise.reject(new TypeError("fetch failed")));
    await expect(down.fetch(new URL(`${API}auth.test`))).rejects.toThrow("fetch failed");
    expect(down.counted).toEqual(["auth.test"]);
  });
});
