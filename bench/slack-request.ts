import { createHmac } from "node:crypto";

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** Headers Slack sends with a request, signed now (a fresh timestamp every time). */
export function signedHeaders(secret: string, body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    "content-type": "application/x-www-form-urlencoded",
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": slackSignature(secret, timestamp, body),
  };
}

let triggers = 0;

/**
 * Distinct askers the commands come from, in turn, so no one nears the bot's limit of 20
 * questions per person per minute: a default run sends each app under 30,000 commands, 3 an asker.
 * A refused question is cheap and would flatter the app (it shows as less than 100 % answered).
 */
const ASKERS = 10_000;

/** A `/containeros <text>` request body, form-encoded as Slack posts it. */
export function slashCommandBody(text: string, responseUrl: string): string {
  triggers++;
  return new URLSearchParams({
    token: "unused-verification-token",
    team_id: "T0BENCH",
    team_domain: "bench",
    channel_id: "C0BENCH",
    channel_name: "bench",
    user_id: `U0ASKER${triggers % ASKERS}`,
    user_name: `asker${triggers % ASKERS}`,
    command: "/containeros",
    text,
    api_app_id: "A0BENCH",
    is_enterprise_install: "false",
    response_url: responseUrl,
    trigger_id: `${triggers}.bench`,
  }).toString();
}
