import {
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
} from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { bufferedResponse } from "./buffered-response.js";

/** The bodies Bolt's respond() and the Web API client send; anything else goes to the platform fetch. */
type SimpleBody = string | Uint8Array | URLSearchParams | null | undefined;

const DECODERS: Record<string, (raw: Buffer) => Buffer> = {
  gzip: gunzipSync,
  "x-gzip": gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

/** Statuses whose Response may not have a body. */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * A `fetch` over node:http(s) with keep-alive agents, for Bolt's respond() and the Web API client
 * (`clientOptions.fetch`). Node 20's built-in fetch costs about 0.3 ms of CPU per call in web
 * streams, and when a response body is never read (respond() never reads it) it holds the
 * connection and its buffers until garbage collection: under load that was 40 MB more memory and
 * a new connection per reply. Requests it does not need to handle (a Request object, a streamed
 * or multipart body, a redirect to follow) go to the platform fetch, so behaviour stays fetch's.
 */
export function createKeepAliveFetch(
  /** Without a caller's signal (Bolt's respond() passes none), a silent connection is given up after this. */
  timeoutMs: number,
  platformFetch: typeof fetch = globalThis.fetch,
): typeof fetch {
  const agents = {
    "http:": new HttpAgent({ keepAlive: true }),
    "https:": new HttpsAgent({ keepAlive: true }),
  };
  return async (input, init = {}) => {
    const url = typeof input === "string" ? new URL(input) : input instanceof URL ? input : null;
    const protocol = url?.protocol;
    if (!url || (protocol !== "http:" && protocol !== "https:") || !isSimpleBody(init.body)) {
      return platformFetch(input, init);
    }
    const response = await send(url, init, agents[protocol], timeoutMs);
    const redirected = response.status >= 300 && response.status < 400;
    if (redirected && response.headers.has("location") && init.redirect !== "manual") {
      if (init.redirect === "error") throw new TypeError(`fetch failed: redirected to ${url}`);
      return platformFetch(input, init);
    }
    return response;
  };
}

function isSimpleBody(body: unknown): body is SimpleBody {
  return (
    body === undefined ||
    body === null ||
    typeof body === "string" ||
    body instanceof Uint8Array ||
    body instanceof URLSearchParams
  );
}

function send(url: URL, init: RequestInit, agent: HttpAgent, timeoutMs: number): Promise<Response> {
  const { signal } = init;
  signal?.throwIfAborted();
  const body = init.body as SimpleBody;
  const headers = plainHeaders(init.headers);
  if (body instanceof URLSearchParams) {
    headers["content-type"] ??= "application/x-www-form-urlencoded;charset=UTF-8";
  }
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise<Response>((resolve, reject) => {
    const outgoing = request(url, { method: init.method ?? "GET", headers, agent }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("error", fail);
      incoming.on("end", () => {
        try {
          resolve(toResponse(incoming, Buffer.concat(chunks)));
        } catch (error) {
          fail(error);
        }
      });
    });
    // Like fetch: an aborted request rejects with the signal's reason, a failed one with a
    // TypeError whose cause says why.
    function fail(cause: unknown) {
      reject(signal?.aborted ? signal.reason : new TypeError("fetch failed", { cause }));
    }
    const abort = () => outgoing.destroy(signal?.reason);
    signal?.addEventListener("abort", abort, { once: true });
    outgoing.on("close", () => signal?.removeEventListener("abort", abort));
    // Without a signal: give up on a connection silent for timeoutMs, as AbortSignal.timeout would.
    if (!signal) {
      outgoing.setTimeout(timeoutMs, () =>
        outgoing.destroy(new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError")),
      );
    }
    outgoing.on("error", fail);
    outgoing.end(body instanceof URLSearchParams ? body.toString() : (body ?? undefined));
  });
}

/** Request headers as node:http takes them: a plain object as it is (the usual case), else copied. */
function plainHeaders(headers: RequestInit["headers"]): OutgoingHttpHeaders {
  const plain = headers === undefined || Array.isArray(headers) || headers instanceof Headers;
  return plain ? Object.fromEntries(new Headers(headers)) : ({ ...headers } as OutgoingHttpHeaders);
}

function toResponse(incoming: IncomingMessage, raw: Buffer): Response {
  const status = incoming.statusCode ?? 0;
  // Name, value, name, value...: repeated headers stay as Slack sent them.
  const headers: [string, string][] = [];
  for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2) {
    headers.push([incoming.rawHeaders[i] as string, incoming.rawHeaders[i + 1] as string]);
  }
  const encoding = String(incoming.headers["content-encoding"] ?? "")
    .trim()
    .toLowerCase();
  const decode = DECODERS[encoding];
  const body = decode && raw.length > 0 ? decode(raw) : raw;
  const init = { status, statusText: incoming.statusMessage ?? "", headers };
  return NULL_BODY_STATUSES.has(status) ? new Response(null, init) : bufferedResponse(body, init);
}
