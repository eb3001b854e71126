import { describe, expect, it } from "vitest";
import { bufferedResponse } from "../../src/slack/buffered-response.js";

const json = '{"ok":true,"ts":"1.2"}';
const make = (body = json) =>
  bufferedResponse(Buffer.from(body), {
    status: 429,
    statusText: "Too Many Requests",
    headers: [
      ["content-type", "application/json"],
      ["retry-after", "3"],
    ],
  });

describe("bufferedResponse", () => {
  it("should be a Response with the status and headers it was given", () => {
    const response = make();
    expect(response).toBeInstanceOf(Response);
    expect([response.ok, response.status, response.statusText]).toEqual([
      false,
      429,
      "Too Many Requests",
    ]);
    expect(response.headers.get("retry-after")).toBe("3");
  });

  it("should read its body as text, JSON, bytes, a Blob and a stream", async () => {
    expect(await make().text()).toBe(json);
    expect(await make().json()).toEqual({ ok: true, ts: "1.2" });
    expect(Buffer.from(await make().arrayBuffer()).toString()).toBe(json);
    const blob = await make().blob();
    expect([await blob.text(), blob.type]).toEqual([json, "application/json"]);
    expect(await new Response(make().body).text()).toBe(json);
  });

  it("should read every way a Response can be read, so none quietly sees an empty body", async () => {
    const readers = Object.getOwnPropertyNames(Response.prototype).filter((name) => {
      const { value } = Object.getOwnPropertyDescriptor(Response.prototype, name) ?? {};
      return typeof value === "function" && !["constructor", "clone"].includes(name);
    });
    expect(readers.length).toBeGreaterThanOrEqual(5);
    for (const name of readers) {
      const read = (response: Response) =>
        (Reflect.get(response, name) as () => Promise<unknown>).call(response);
      const form = bufferedResponse(Buffer.from("a=1&b=2"), {
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      const expected = new Response("a=1&b=2", { headers: form.headers });
      const normal = (value: unknown) =>
        value instanceof FormData
          ? [...value.entries()]
          : value instanceof Blob
            ? value.size
            : value;
      // Both read alike: the same value, or the same kind of failure (JSON.parse of a form body).
      const outcome = (response: Response) =>
        read(response).then(
          (value) => ({ value: normal(value) }),
          (error: Error) => ({ error: error.name }),
        );
      expect(await outcome(form), name).toEqual(await outcome(expected));
    }
  });

  it("should drop a leading byte order mark from text, as fetch does", async () => {
    const withBom = bufferedResponse(Buffer.from(`\uFEFF${json}`), { status: 200 });
    expect(await withBom.text()).toBe(json);
  });

  it("should give only its own bytes when they share a larger buffer", async () => {
    const pooled = Buffer.from(`xx${json}yy`).subarray(2, 2 + json.length);
    const response = bufferedResponse(pooled, { status: 200 });
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe(json);
  });

  it("should clone with the same status, headers and body, and have no body stream when empty", async () => {
    const copy = make().clone();
    expect([copy.status, copy.headers.get("content-type"), await copy.text()]).toEqual([
      429,
      "application/json",
      json,
    ]);
    expect(make("").body).toBeNull();
    expect(await make("").text()).toBe("");
  });
});
