import type { IncomingMessage, ServerResponse } from "node:http";
import { type CustomRoute, HTTPReceiver, type Logger } from "@slack/bolt";

/** Slack posts events as JSON, and commands and interactivity as form fields; nothing else. */
const SLACK_CONTENT_TYPES = new Set(["application/json", "application/x-www-form-urlencoded"]);

/**
 * Slack's largest requests (a shortcut or click carrying a whole 40,000-character message with its
 * blocks, form-encoded) stay well under this; a bigger body is refused with 413.
 */
export const BODY_LIMIT_BYTES = 512 * 1024;
/** A refused body is read to its end (so the client sees the 413) up to this; past it, hung up on. */
const DRAIN_LIMIT_BYTES = 16 * BODY_LIMIT_BYTES;

export interface HttpReceiverOptions {
  signingSecret: string;
  port: number;
  customRoutes: CustomRoute[];
  logger: Logger;
}

const mediaType = (header: string | undefined) =>
  (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";

/**
 * Bolt's HTTP receiver (signature checks, `/slack/events`, custom routes), behind a check of what
 * a POST is before Bolt parses it: a content type Slack never sends gets 415, a body over
 * BODY_LIMIT_BYTES (declared or streamed) 413. Only the checked body reaches Bolt.
 */
export function createHttpReceiver(options: HttpReceiverOptions): HTTPReceiver {
  const { logger } = options;
  const receiver = new HTTPReceiver({ ...options, bodyLimit: BODY_LIMIT_BYTES });
  const handle = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "POST") return handle(req, res);
    const type = mediaType(req.headers["content-type"]);
    if (!SLACK_CONTENT_TYPES.has(type)) {
      logger.warn(`Refusing a POST with content type "${type.slice(0, 60)}" (415)`);
      return refuse(req, res, 415);
    }
    void readBody(req).then((body) => {
      if (body.kind === "gone") return;
      if (body.kind === "too large") {
        logger.warn(`Refusing a POST of ${body.size} bytes, over ${BODY_LIMIT_BYTES} (413)`);
        return refuse(req, res, 413);
      }
      // Bolt reads a body it finds already buffered instead of the (consumed) stream.
      handle(Object.assign(req, { rawBody: body.raw }), res);
    });
  };
  return receiver;
}

type Body = { kind: "ok"; raw: Buffer } | { kind: "too large"; size: number } | { kind: "gone" };

/**
 * Reads a request body, keeping at most BODY_LIMIT_BYTES. A bigger body is read on to its end
 * without being kept, so its sender gets an answer rather than a reset, unless it exceeds
 * DRAIN_LIMIT_BYTES (or declares so): then the connection is dropped.
 */
function readBody(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > DRAIN_LIMIT_BYTES) return resolve({ kind: "too large", size: declared });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT_BYTES) chunks.push(chunk);
      else if (size > DRAIN_LIMIT_BYTES) req.destroy();
    });
    req.on("end", () =>
      resolve(
        size <= BODY_LIMIT_BYTES
          ? { kind: "ok", raw: Buffer.concat(chunks) }
          : { kind: "too large", size },
      ),
    );
    req.on("close", () => resolve({ kind: "gone" }));
    req.on("error", () => resolve({ kind: "gone" }));
  });
}

/** Answers `status` with no body and closes the connection; what is left of the body is dropped. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number): void {
  res.writeHead(status, { connection: "close" }).end();
  req.resume();
}
