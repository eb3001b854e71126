import { createHmac } from "node:crypto";

export const SIGNING_SECRET = "0f3c9d2e8a7b6c5d4e3f2a1b0c9d8e7f";

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:timestamp:body` with the signing secret. */
export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SignedRequestOptions {
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Replaces the computed signature (a forgery). */
  signature?: string;
  secret?: string;
  headers?: Record<string, string>;
  /** Leaves these Slack headers out, as a request not from Slack would. */
  omit?: readonly ("x-slack-signature" | "x-slack-request-timestamp")[];
  /** Streams the body in 64 KB chunks with no Content-Length: only reading it tells its size. */
  stream?: boolean;
}

function chunked(body: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(body);
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 65_536) {
        controller.enqueue(bytes.slice(at, at + 65_536));
      }
      controller.close();
    },
  });
}

/** Slack's content types: JSON for events, form fields for commands and interactivity. */
export type SlackContentType = "application/json" | "application/x-www-form-urlencoded";

/** POSTs a body to the app exactly as Slack would, signed (or, for hostile tests, not quite). */
export async function postSigned(
  url: string,
  body: string,
  contentType: SlackContentType | (string & {}),
  options: SignedRequestOptions = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": options.signature ?? sign(body, timestamp, options.secret),
    ...options.headers,
  };
  for (const header of options.omit ?? []) delete headers[header];
  if (!options.stream) return fetch(url, { method: "POST", headers, body });
  // `duplex` is required for a streamed body, and missing from TypeScript's RequestInit.
  const init = { method: "POST", headers, body: chunked(body), duplex: "half" };
  return fetch(url, init as RequestInit);
}
