import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for Slack, run as its own process so it does not share a core with the load
 * generator: `POST /api/<method>` answers like the Web API (auth.test for start-up), and
 * `POST /respond/<app>` stands in for a slash command's response_url, counted per app.
 * `GET /counts` returns the counts. Prints `{"port":N}` once listening.
 */
const counts: Record<string, number> = {};
const AUTH_TEST = JSON.stringify({
  ok: true,
  url: "https://bench.slack.com/",
  team: "bench",
  user: "containeros",
  team_id: "T0BENCH",
  user_id: "U0BOT",
  bot_id: "B0BOT",
});

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const path = req.url ?? "/";
    if (req.method === "GET" && path === "/counts") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(counts));
      return;
    }
    const respondTo = /^\/respond\/([\w-]+)/.exec(path)?.[1];
    if (respondTo) {
      counts[respondTo] = (counts[respondTo] ?? 0) + 1;
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("ok");
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(path.startsWith("/api/auth.test") ? AUTH_TEST : '{"ok":true}');
  });
});

server.keepAliveTimeout = 30_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
process.on("SIGTERM", () => process.exit(0));
