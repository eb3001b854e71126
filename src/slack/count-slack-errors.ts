/** Slack's Web API base URL when SLACK_API_URL is not set (the Web API client's own default). */
export const DEFAULT_SLACK_API_URL = "https://slack.com/api/";

/** What a call is counted under: its Web API method, or `response_url` for respond(). */
export const RESPONSE_URL = "response_url";

/**
 * The Web API answers most failures with HTTP 200 and `{"ok":false,"error":…}`. Only a body that
 * contains `"ok":false` at all is parsed again, so a successful call costs a substring search.
 */
function isNotOk(text: string): boolean {
  if (!/"ok"\s*:\s*false/.test(text)) return false;
  try {
    return (JSON.parse(text) as { ok?: unknown }).ok === false;
  } catch {
    return false;
  }
}

/** The response, reporting `failed` when its body turns out to be a Web API error once read. */
function watchBody(response: Response, failed: () => void): Response {
  const read = response.text.bind(response);
  const text = async () => {
    const body = await read();
    if (isNotOk(body)) failed();
    return body;
  };
  return Object.defineProperty(response, "text", { value: text });
}

/**
 * A `fetch` for Bolt (`clientOptions.fetch`: the Web API client and respond()) that reports each
 * failed call to Slack, by method: a network error or timeout, an HTTP error status (429 and 5xx
 * included; the client retries those, and each attempt counts), or a Web API `ok: false`.
 */
export function countSlackErrors(
  fetchFn: typeof fetch,
  apiUrl: string,
  count: (method: string) => void,
): typeof fetch {
  return async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const isApi = url.startsWith(apiUrl);
    const method = isApi ? (url.slice(apiUrl.length).split("?")[0] ?? "") : RESPONSE_URL;
    let response: Response;
    try {
      response = await fetchFn(input, init);
    } catch (error) {
      count(method);
      throw error;
    }
    if (!response.ok) count(method);
    else if (isApi) return watchBody(response, () => count(method));
    return response;
  };
}
