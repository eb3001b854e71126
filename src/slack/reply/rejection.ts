/** Why Slack refused a message's blocks, or undefined when the error is about something else. */
export function blocksRejection(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, data, statusCode } = error as {
    code?: unknown;
    data?: { error?: unknown };
    statusCode?: unknown;
  };
  // chat.postMessage: `{ ok: false, error: "invalid_blocks" }` (or invalid_attachments, ...).
  if (code === "slack_webapi_platform_error" && typeof data?.error === "string") {
    return /block|attachment/.test(data.error) ? data.error : undefined;
  }
  // response_url: Slack answers a rejected payload with HTTP 400 and a body like `invalid_blocks`.
  if (code === "slack_bolt_respond_error" && statusCode === 400) return "http_400";
  return undefined;
}

/** How many `cause`s deep a description goes: enough for fetch's "fetch failed" -> ECONNREFUSED. */
const MAX_CAUSES = 3;

/**
 * A short description of a failure for the logs: the message, Slack's error code, and the chain
 * of causes ("fetch failed; cause: connect ECONNREFUSED 127.0.0.1:1"). The logger redacts secrets.
 */
export const describeError = (error: unknown): string => describe(error, 0);

function describe(error: unknown, depth: number): string {
  if (!(error instanceof Error)) return String(error);
  const detail = (error as { data?: { error?: unknown } }).data?.error;
  const own = typeof detail === "string" ? `${error.message} (${detail})` : error.message;
  const { cause } = error;
  if (cause === undefined || depth >= MAX_CAUSES) return own;
  return `${own}; cause: ${describe(cause, depth + 1)}`;
}
