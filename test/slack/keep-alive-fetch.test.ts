import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createKeepAliveFetch } from "../../src/slack/keep-alive-fetch.js";

interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** The client's port: the same port twice means the connection was kept and reused. */
  clientPort: number;
}

type Route = (res: ServerResponse) => void;

/** What each path answers; `/hang` never does. */
const ROUTES: Record<string, Route> = {
  "/ok": (res) => {
    res.writeHead(200, "Fine", { "content-type": "text/plain", "x-extra": "1" });
    res.end("ok");
  },
  "/json": (res) => {
    res.writeHead(429, { "content-type": "application/json", "retry-after": "3" });
    res.end('{"ok":false,"error":"ratelimited"}');
  },
  "/gzip": (res) => {
    res.writeHead(200, { "content-encoding": "gzip" });
    res.end(gzipSync("squeezed"));
  },
  "/empty": (res) => {
    res.writeHead(204);
    res.end();
  },
  "/moved": (res) => {
    res.writeHead(302, { location: "/ok" });
    res.end();
  },
  "/hang": () => {},
};

let server: Server;
let base: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = req.url ?? "/";
      const body = Buffer.concat(chunks).toString("utf8");
      const clientPort = req.socket.remotePort ?? 0;
      seen.push({ method: req.method ?? "", path, headers: req.headers, body, clientPort });
      (ROUTES[path] ?? (ROUTES["/ok"] as Route))(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const lastSeen = () => seen.at(-1) as Seen;

describe("createKeepAliveFetch", () => {
  const keepAliveFetch = createKeepAliveFetch(2000);

  it("sends the method, headers and body, and returns status, headers and body like fetch", async () => {
    const response = await keepAliveFetch(`${base}/ok`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer xoxb-test" },
      body: '{"text":"hi"}',
    });
    expect(lastSeen()).toMatchObject({
      method: "POST",
      body: '{"text":"hi"}',
      headers: { "content-type": "application/json", authorization: "Bearer xoxb-test" },
    });
    expect(response).toBeInstanceOf(Response);
    expect([response.ok, response.status, response.statusText]).toEqual([true, 200, "Fine"]);
    expect(response.headers.get("x-extra")).toBe("1");
    expect(await response.text()).toBe("ok");
  });

  it("reports an error status with its headers and a readable JSON body", async () => {
    const response = await keepAliveFetch(`${base}/json`, { method: "POST", body: "x=1" });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3");
    expect(await response.json()).toEqual({ ok: false, error: "ratelimited" });
  });

  it("reuses one connection, even when a response body is never read (as respond() does)", async () => {
    await keepAliveFetch(`${base}/ok`, { method: "POST", body: "a" });
    const first = lastSeen().clientPort;
    await keepAliveFetch(`${base}/ok`, { method: "POST", body: "b" });
    await keepAliveFetch(`${base}/ok`, { method: "POST", body: "c" });
    expect(seen.slice(-3).map((s) => s.clientPort)).toEqual([first, first, first]);
  });

  it("sends URLSearchParams form-encoded and Uint8Array bodies as they are", async () => {
    await keepAliveFetch(`${base}/ok`, {
      method: "POST",
      body: new URLSearchParams({ channel: "C1", text: "a&b" }),
    });
    expect(lastSeen().body).toBe("channel=C1&text=a%26b");
    expect(lastSeen().headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    await keepAliveFetch(`${base}/ok`, { method: "PUT", body: new TextEncoder().encode("bytes") });
    expect(lastSeen()).toMatchObject({ method: "PUT", body: "bytes" });
  });

  it("decodes a gzip-encoded body and gives a 204 no body", async () => {
    expect(await (await keepAliveFetch(`${base}/gzip`)).text()).toBe("squeezed");
    const empty = await keepAliveFetch(`${base}/empty`);
    expect([empty.status, empty.body]).toEqual([204, null]);
  });

  it("rejects with the signal's reason when aborted, and at once when already aborted", async () => {
    const controller = new AbortController();
    const pending = keepAliveFetch(`${base}/hang`, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("caller gave up")), 20);
    await expect(pending).rejects.toThrow("caller gave up");
    await expect(
      keepAliveFetch(`${base}/ok`, { signal: AbortSignal.abort(new Error("too late")) }),
    ).rejects.toThrow("too late");
  });

  it("gives up on a silent server after its timeout when the caller passed no signal", async () => {
    const quick = createKeepAliveFetch(50);
    const error = await quick(`${base}/hang`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).cause).toMatchObject({ name: "TimeoutError" });
  });

  it("rejects with TypeError('fetch failed') when nothing listens", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    await expect(keepAliveFetch(`http://127.0.0.1:${port}/ok`)).rejects.toThrow(
      new TypeError("fetch failed"),
    );
  });

  it("refuses a redirect when told to, and leaves following one to the platform fetch", async () => {
    await expect(keepAliveFetch(`${base}/moved`, { redirect: "error" })).rejects.toThrow(TypeError);
    const platform = vi.fn(async () => new Response("followed"));
    const viaPlatform = createKeepAliveFetch(2000, platform);
    const followed = await viaPlatform(`${base}/moved`, { method: "GET" });
    expect(await followed.text()).toBe("followed");
    expect(platform).toHaveBeenCalledWith(`${base}/moved`, { method: "GET" });
    const manual = await viaPlatform(`${base}/moved`, { redirect: "manual" });
    expect([manual.status, manual.headers.get("location")]).toEqual([302, "/ok"]);
    expect(platform).toHaveBeenCalledTimes(1);
  });

  it("leaves bodies and inputs it does not handle to the platform fetch", async () => {
    const platform = vi.fn(async () => new Response("platform"));
    const viaPlatform = createKeepAliveFetch(2000, platform);
    const form = new FormData();
    form.set("file", new Blob(["x"]));
    const before = seen.length;
    await viaPlatform(`${base}/ok`, { method: "POST", body: form });
    await viaPlatform(new Request(`${base}/ok`));
    expect(platform).toHaveBeenCalledTimes(2);
    expect(seen.length).toBe(before);
  });
});
