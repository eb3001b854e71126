import { App } from "@slack/bolt";

/**
 * The baseline: a bare Bolt app with the same Bolt version and receiver as ours (HTTP, signature
 * checks, a `GET /health` custom route), whose `/containeros` handler acks and responds "ok".
 */
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  customRoutes: [
    {
      path: "/health",
      method: ["GET"],
      handler: (_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"status":"ok"}');
      },
    },
  ],
});

app.command("/containeros", async ({ ack, respond }) => {
  await ack();
  await respond("ok");
});

await app.start(Number(process.env.PORT ?? 3000));
