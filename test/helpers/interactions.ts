import { blocksInReadingOrder } from "./block-kit.js";
import type { HttpApp } from "./http-app.js";
import { postSigned } from "./signed-request.js";
import type { RecordedCall } from "./slack-api-stand-in.js";
import { TEAM_ID } from "./slack-api-stand-in.js";
import { ASKER_ID, CHANNEL_ID, nextTs } from "./slack-payloads.js";

type Json = Record<string, unknown>;

/** Interactivity payloads arrive form-encoded as `payload=<json>`. */
const asForm = (payload: Json) =>
  new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

const common = (app: HttpApp, responseId: string) => ({
  token: "verification-token-unused",
  api_app_id: "A0APP",
  team: { id: TEAM_ID, domain: "ops" },
  user: { id: ASKER_ID, username: "asker", name: "asker", team_id: TEAM_ID },
  trigger_id: `trigger-${nextTs()}`,
  response_url: app.standIn.responseUrl(responseId),
});

/** A `block_actions` payload for a click on `action` in a message the bot posted. */
export function buildBlockActionsPayload(
  app: HttpApp,
  action: Json,
  overrides: { messageTs?: string; channel?: string; responseId?: string } = {},
): Json {
  const messageTs = overrides.messageTs ?? nextTs();
  const channel = overrides.channel ?? CHANNEL_ID;
  return {
    type: "block_actions",
    ...common(app, overrides.responseId ?? "action"),
    container: { type: "message", message_ts: messageTs, channel_id: channel, is_ephemeral: false },
    channel: { id: channel, name: "ops" },
    message: { type: "message", ts: messageTs, text: "an answer" },
    actions: [{ block_id: "b1", action_ts: nextTs(), ...action }],
  };
}

/** A message shortcut ("Ask containeros") used on a message with `text`. */
export function buildMessageShortcutPayload(
  app: HttpApp,
  message: { text: string; ts?: string; thread_ts?: string },
  responseId = "shortcut",
): Json {
  const ts = message.ts ?? nextTs();
  return {
    type: "message_action",
    callback_id: "ask_containeros",
    ...common(app, responseId),
    action_ts: nextTs(),
    message_ts: ts,
    message: { type: "message", user: "U0OTHER", ...message, ts },
    channel: { id: CHANNEL_ID, name: "ops" },
  };
}

export const sendInteraction = (app: HttpApp, payload: Json): Promise<Response> =>
  postSigned(app.eventsUrl, asForm(payload), "application/x-www-form-urlencoded");

/** The elements of the first block of `type` in a recorded message (or its attachment). */
export function elementsOf(call: RecordedCall, type: string): Json[] {
  const block = blocksInReadingOrder(call.body).find((b) => b.type === type);
  return (block?.elements ?? []) as Json[];
}

/** The value Slack would send back for a click on the 👍 (or 👎) of a posted answer. */
export function feedbackValue(call: RecordedCall, helpful: boolean): string {
  const [buttons] = elementsOf(call, "context_actions");
  const button = buttons?.[helpful ? "positive_button" : "negative_button"] as Json | undefined;
  if (typeof button?.value !== "string") throw new Error("the answer has no feedback buttons");
  return button.value;
}
