import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Edge } from "../../metrics/metrics.js";
import type { FloodCounter } from "../../store/flood.js";
import { TOO_MANY_QUESTIONS } from "../render/notices.js";

/** Questions one person may ask per minute; more is a script or a stuck key, not a conversation. */
export const FLOOD_LIMIT = 20;

type Body = Record<string, unknown>;
const str = (value: unknown) => (typeof value === "string" ? value : undefined);

/** Who asks a question in this request, where, and through which edge; undefined when none. */
export interface Asker {
  user: string;
  channel?: string;
  edge: Exclude<Edge, "terminal">;
}

export function questionAsker(body: Body): Asker | undefined {
  if (typeof body.command === "string") {
    return asker("command", str(body.user_id), str(body.channel_id));
  }
  if (body.type === "message_action") {
    const { user: who, channel } = body as { user?: { id?: string }; channel?: { id?: string } };
    return asker("shortcut", who?.id, channel?.id);
  }
  if (body.type === "event_callback") {
    const event = (body.event ?? {}) as Body;
    const inDm =
      event.type === "message" && event.channel_type === "im" && event.subtype === undefined;
    const asking = event.type === "app_mention" || inDm;
    if (!asking || event.bot_id !== undefined) return undefined;
    return asker(inDm ? "dm" : "mention", str(event.user), str(event.channel));
  }
  return undefined;
}

const asker = (edge: Asker["edge"], id: string | undefined, channel: string | undefined) =>
  id ? { user: id, edge, ...(channel ? { channel } : {}) } : undefined;

/**
 * Global middleware: past FLOOD_LIMIT questions a minute from one person, further questions are
 * not answered. The first refused one gets a short note (only the asker sees it); commands and
 * shortcuts are still acknowledged so Slack shows no error. Counts are shared through Redis.
 */
export const floodControl =
  (flood: FloodCounter, limit = FLOOD_LIMIT): Middleware<AnyMiddlewareArgs> =>
  async (args) => {
    const { body, client, context, logger, next } = args;
    const asker = questionAsker(body as Body);
    if (!asker || asker.user === context.botUserId) return next();
    const count = await flood.hit(asker.user);
    if (count <= limit) return next();
    const ack = "ack" in args ? args.ack : undefined;
    if (ack) await ack();
    logger.warn(`Not answering: more than ${limit} questions a minute from one person`);
    if (count === limit + 1 && asker.channel) {
      await client.chat
        .postEphemeral({ channel: asker.channel, user: asker.user, text: TOO_MANY_QUESTIONS })
        .catch(() => undefined);
    }
  };
