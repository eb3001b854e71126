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

/** A short, secret-free description of a failure for the logs. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const detail = (error as { data?: { error?: unknown } }).data?.error;
  return typeof detail === "string" ? `${error.message} (${detail})` : error.message;
}
