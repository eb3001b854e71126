import { describe, expect, it } from "vitest";
import { TOO_MANY_QUESTIONS } from "../../../src/slack/render/notices.js";
import { FLOOD_WINDOW_MS } from "../../../src/store/flood.js";
import { useHttpApp } from "../../helpers/http-app.js";
import { postSigned } from "../../helpers/signed-request.js";
import { BOT_USER_ID } from "../../helpers/slack-api-stand-in.js";
import {
  buildAppMentionEvent,
  buildDirectMessageEvent,
  buildSlashCommandBody,
} from "../../helpers/slack-payloads.js";
import { expectStillAnswering, postsIn } from "../../helpers/still-serving.js";

const LIMIT = 3;
const FLOODER = "U0FLOODER";
const CHANNEL = "C0FLOOD";

const app = useHttpApp({ CONTAINEROS_FLOOD_LIMIT: String(LIMIT) });

/**
 * Flood counts run in whole-minute windows of the clock the app and this test share; a burst that
 * straddled two would be counted in halves. Waits (rarely, at most 5 s) for the next window.
 */
async function startOfRoomyWindow(): Promise<void> {
  const left = FLOOD_WINDOW_MS - (Date.now() % FLOOD_WINDOW_MS);
  if (left < 5000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

const notes = () =>
  app()
    .standIn.callsTo("chat.postEphemeral")
    .filter((c) => c.body.user === FLOODER && c.body.text === TOO_MANY_QUESTIONS);

describe("per-user flood control", () => {
  it("should answer a person up to the limit, note it once, then answer nobody past it but them", async () => {
    await startOfRoomyWindow();
    const question = `<@${BOT_USER_ID}> security atomic`;
    for (let i = 0; i < LIMIT + 2; i++) {
      const event = buildAppMentionEvent({ user: FLOODER, channel: CHANNEL, text: question });
      expect((await app().sendEvent(event)).response.status).toBe(200);
    }
    const dm = buildDirectMessageEvent({ user: FLOODER, channel: "D0FLOODER" });
    expect((await app().sendEvent(dm)).response.status).toBe(200);
    const command = buildSlashCommandBody({
      user_id: FLOODER,
      channel_id: CHANNEL,
      response_url: app().standIn.responseUrl("flooded"),
    });
    const refused = await postSigned(app().eventsUrl, command, "application/x-www-form-urlencoded");
    expect(refused.status).toBe(200);

    // Another person is answered at once, and everything sent before has been handled by then.
    await expectStillAnswering(app());
    await app().standIn.waitFor(() => notes().length > 0);

    expect(postsIn(CHANNEL)(app().standIn.calls)).toHaveLength(LIMIT);
    expect(postsIn("D0FLOODER")(app().standIn.calls)).toEqual([]);
    expect(app().standIn.calls.filter((c) => c.body.response_url_id === "flooded")).toEqual([]);
    expect(notes()).toHaveLength(1);
    expect(notes()[0]?.body.channel).toBe(CHANNEL);
    expect(app().process.output()).toContain(
      `Not answering: more than ${LIMIT} questions a minute from one person`,
    );
  });
});
