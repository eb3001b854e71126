import { BOT_USER_ID, TEAM_ID } from "./slack-api-stand-in.js";

let counter = 0;
const next = () => ++counter;
/** A fresh Slack timestamp (`seconds.micros`) per call, so every message is distinct. */
export const nextTs = (): string => `1710000000.${String(next()).padStart(6, "0")}`;

export const ASKER_ID = "U0ASKER";
export const CHANNEL_ID = "C0CHANNEL";
export const DM_CHANNEL_ID = "D0DIRECT";

/** A `/containeros` request body as Slack posts it (form-encoded). */
export function buildSlashCommandBody(overrides: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: "verification-token-unused",
    team_id: TEAM_ID,
    team_domain: "ops",
    channel_id: CHANNEL_ID,
    channel_name: "ops",
    user_id: ASKER_ID,
    user_name: "asker",
    command: "/containeros",
    text: "security atomic",
    api_app_id: "A0APP",
    is_enterprise_install: "false",
    response_url: "http://127.0.0.1:1/respond/unset",
    trigger_id: `trigger-${next()}`,
    ...overrides,
  }).toString();
}

export function buildAppMentionEvent(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const ts = nextTs();
  return {
    type: "app_mention",
    user: ASKER_ID,
    text: `<@${BOT_USER_ID}> security atomic`,
    ts,
    event_ts: ts,
    channel: CHANNEL_ID,
    team: TEAM_ID,
    ...overrides,
  };
}

export function buildDirectMessageEvent(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const ts = nextTs();
  return {
    type: "message",
    channel_type: "im",
    channel: DM_CHANNEL_ID,
    user: ASKER_ID,
    text: "security atomic",
    ts,
    event_ts: ts,
    team: TEAM_ID,
    ...overrides,
  };
}

/** The Events API envelope around an event, with a unique `event_id` unless given one. */
export function buildEventBody(
  event: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
): string {
  return JSON.stringify({
    token: "verification-token-unused",
    team_id: TEAM_ID,
    api_app_id: "A0APP",
    event,
    type: "event_callback",
    event_id: `Ev${String(next()).padStart(8, "0")}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
    ...overrides,
  });
}
