import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the app made: a Web API method (`chat.postMessage`) or a response_url post. */
export interface RecordedCall {
  method: string;
  /** Form fields (JSON-looking values parsed) or the JSON body. */
  body: Record<string, unknown>;
  headers: IncomingMessage["headers"];
  at: number;
}

/** What the stand-in answers instead of success, once per queued failure. */
export type Failure =
  | { kind: "error"; error: string }
  | { kind: "status"; status: number; body?: string }
  | { kind: "rate_limited"; retryAfter: number }
  /** Succeeds, but only after `ms`: a slow Slack, for replies still in flight. */
  | { kind: "delay"; ms: number };

export const BOT_USER_ID = "U0BOT";
export const BOT_ID = "B0BOT";
export const TEAM_ID = "T0TEAM";

/** `/respond/<id>` paths stand in for slash commands' response_url. */
const RESPOND_PATH = /^\/respond\/([\w-]+)$/;

function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes("application/json"))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const fields: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    fields[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return fields;
}

/**
 * A local Slack Web API: answers auth.test and chat.postMessage, accepts response_url posts,
 * records every call, and can be told to fail the next calls to a method.
 */
export class SlackApiStandIn {
  readonly calls: RecordedCall[] = [];
  private readonly failures = new Map<string, Failure[]>();
  private readonly answers = new Map<string, Record<string, unknown>>();
  private server: Server | undefined;
  private port = 0;
  private nextTs = 1;

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  /** For SLACK_API_URL: ends in a slash, as the Web API client expects. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  /** Queue failures for the next calls to `method` (`chat.postMessage`, `response_url`, ...). */
  failNext(method: string, ...failures: Failure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  /** What `method` answers when it succeeds, instead of `{ ok: true }`. */
  answerWith(method: string, body: Record<string, unknown>): void {
    this.answers.set(method, body);
  }

  reset(): void {
    this.calls.length = 0;
    this.failures.clear();
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Polls the record until `predicate` holds, or fails after `timeoutMs`. */
  async waitFor<T>(
    find: (calls: RecordedCall[]) => T | undefined | false,
    timeoutMs = 5000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find(this.calls);
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = this.calls.map((c) => c.method).join(", ") || "none";
        throw new Error(
          `The stand-in did not get the expected call within ${timeoutMs} ms (calls: ${seen})`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      const respondId = RESPOND_PATH.exec(path)?.[1];
      const method = respondId ? "response_url" : path.replace(/^\/api\//, "");
      const body = parseBody(Buffer.concat(chunks).toString("utf8"), req.headers["content-type"]);
      if (respondId) body.response_url_id = respondId;
      this.calls.push({ method, body, headers: req.headers, at: Date.now() });
      const failure = this.failures.get(method)?.shift();
      const succeed = () =>
        respondId
          ? this.send(res, 200, "ok", "text/plain")
          : this.send(res, 200, JSON.stringify(this.success(method, body)));
      if (failure?.kind === "delay") setTimeout(succeed, failure.ms);
      else if (failure) this.fail(res, failure);
      else succeed();
    });
  }

  private success(method: string, body: Record<string, unknown>): Record<string, unknown> {
    if (method === "auth.test") {
      return {
        ok: true,
        user_id: BOT_USER_ID,
        bot_id: BOT_ID,
        team_id: TEAM_ID,
        user: "containeros",
      };
    }
    if (method === "chat.postMessage") {
      const ts = `1700000000.${String(this.nextTs++).padStart(6, "0")}`;
      return { ok: true, channel: body.channel, ts, message: { ...body, ts } };
    }
    return this.answers.get(method) ?? { ok: true };
  }

  private fail(res: ServerResponse, failure: Exclude<Failure, { kind: "delay" }>): void {
    if (failure.kind === "error") {
      this.send(res, 200, JSON.stringify({ ok: false, error: failure.error }));
    } else if (failure.kind === "rate_limited") {
      res.setHeader("retry-after", String(failure.retryAfter));
      this.send(res, 429, JSON.stringify({ ok: false, error: "ratelimited" }));
    } else {
      this.send(res, failure.status, failure.body ?? "server_error", "text/plain");
    }
  }

  private send(res: ServerResponse, status: number, body: string, type = "application/json"): void {
    res.writeHead(status, { "content-type": type });
    res.end(body);
  }
}
