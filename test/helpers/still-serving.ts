import type { HttpApp } from "./http-app.js";
import type { RecordedCall } from "./slack-api-stand-in.js";
import { buildAppMentionEvent, nextTs } from "./slack-payloads.js";

/** chat.postMessage calls into `channel` (in `thread_ts` when given). */
export const postsIn =
  (channel: string, threadTs?: string) =>
  (calls: RecordedCall[]): RecordedCall[] =>
    calls.filter(
      (c) =>
        c.method === "chat.postMessage" &&
        c.body.channel === channel &&
        (threadTs === undefined || c.body.thread_ts === threadTs),
    );

/**
 * Mentions the bot in a fresh channel and waits for its reply: proof the app still serves, and a
 * marker that what was sent before has been handled. Returns the reply.
 */
export async function expectStillAnswering(
  app: HttpApp,
  timeoutMs?: number,
): Promise<RecordedCall> {
  const channel = `C0SENTINEL${nextTs().replace(".", "")}`;
  const event = buildAppMentionEvent({ channel });
  const { response } = await app.sendEvent(event);
  if (response.status !== 200) throw new Error(`The app answered ${response.status} to a mention`);
  const [reply] = await app.standIn.waitFor((calls) => {
    const found = postsIn(channel, event.ts as string)(calls);
    return found.length > 0 && found;
  }, timeoutMs);
  return reply as RecordedCall;
}

/**
 * What the app sent Slack since `mark` (a length of `app.standIn.calls`), leaving out the replies
 * to expectStillAnswering.
 */
export const callsSince = (app: HttpApp, mark: number): RecordedCall[] =>
  app.standIn.calls
    .slice(mark)
    .filter((c) => !String(c.body.channel ?? "").startsWith("C0SENTINEL"));
