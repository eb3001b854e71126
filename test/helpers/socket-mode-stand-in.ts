import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/** Slack's Socket Mode envelope kinds this app receives. */
export type EnvelopeType = "events_api" | "slash_commands" | "interactive";

/**
 * A local stand-in for Slack's Socket Mode endpoint: the URL apps.connections.open hands out.
 * It greets each connection with `hello`, as Slack does, sends envelopes the test gives it, and
 * records what the app sends back (acknowledgements carry the envelope's id).
 */
export class SocketModeStandIn {
  readonly received: Record<string, unknown>[] = [];
  private server: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  private envelopes = 0;

  async start(): Promise<this> {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    this.server = server;
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    server.on("connection", (socket) => {
      this.socket = socket;
      socket.on("message", (data) => this.received.push(JSON.parse(String(data))));
      socket.send(
        JSON.stringify({
          type: "hello",
          num_connections: 1,
          debug_info: { host: "applink-e2e", approximate_connection_time: 18060 },
          connection_info: { app_id: "A0APP" },
        }),
      );
    });
    return this;
  }

  /** What apps.connections.open answers with. */
  get url(): string {
    if (!this.server) throw new Error("the Socket Mode stand-in has not started");
    const { port } = this.server.address() as AddressInfo;
    return `ws://127.0.0.1:${port}/link/?ticket=e2e`;
  }

  async stop(): Promise<void> {
    for (const client of this.server?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  /** Resolves once the app has connected, or fails after `timeoutMs`. */
  async connected(timeoutMs = 10_000): Promise<void> {
    await poll(() => this.socket !== undefined, timeoutMs, "The app did not connect");
  }

  /** Sends `payload` in an envelope of `type`; returns the envelope's id. */
  send(type: EnvelopeType, payload: Record<string, unknown>): string {
    if (!this.socket) throw new Error("no app is connected");
    const envelopeId = `envelope-${++this.envelopes}`;
    this.socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== "events_api",
        retry_attempt: 0,
        retry_reason: "",
      }),
    );
    return envelopeId;
  }

  /** The app's acknowledgement of an envelope, once it has come. */
  async ackOf(envelopeId: string, timeoutMs = 5000): Promise<Record<string, unknown>> {
    const find = () => this.received.find((message) => message.envelope_id === envelopeId);
    await poll(() => find() !== undefined, timeoutMs, `No acknowledgement of ${envelopeId}`);
    return find() as Record<string, unknown>;
  }
}

async function poll(done: () => boolean, timeoutMs: number, failure: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`${failure} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
