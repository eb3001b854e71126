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
}

/** POSTs a body to the app exactly as Slack would, signed. */
export async function postSigned(
  url: string,
  body: string,
  contentType: "application/json" | "application/x-www-form-urlencoded",
  options: SignedRequestOptions = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": options.signature ?? sign(body, timestamp, options.secret),
      ...options.headers,
    },
    body,
  });
}
