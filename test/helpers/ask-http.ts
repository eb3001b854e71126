import { parsedTexts } from "./block-kit.js";
import type { HttpApp } from "./http-app.js";
import type { RecordedCall } from "./slack-api-stand-in.js";

let responses = 0;

/** Sends `/containeros text` and waits for what the app posts to its response_url. */
export async function askCommand(
  app: HttpApp,
  text: string,
): Promise<{ status: number; reply: RecordedCall["body"] }> {
  const responseId = `slash-${++responses}`;
  const response = await app.sendCommand(text, { responseId });
  const reply = await app.standIn.waitFor((calls) =>
    calls.find((c) => c.method === "response_url" && c.body.response_url_id === responseId),
  );
  return { status: response.status, reply: reply.body };
}

/** Every text of a reply (notification text, blocks, table cells), joined. */
export const replyText = (body: RecordedCall["body"]): string => parsedTexts(body).join("\n");
