import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, loadCliEnv, loadEnv } from "../../src/config/env.js";
import { projectRoot } from "../../src/core/project-root.js";

const BOT = "xoxb-1111-2222-secretbotvalue";
const APP = "xapp-1-A111-3333-secretappvalue";
const SECRET = "0123456789abcdef0123456789abcdef";

function issuesOf(source: Record<string, string>): EnvError {
  try {
    loadEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error("expected loadEnv to throw");
}

describe("loadEnv", () => {
  it("should choose the terminal mode with defaults when nothing is set", () => {
    expect(loadEnv({})).toEqual({
      mode: "terminal",
      port: 3000,
      probePort: undefined,
      logLevel: "info",
      slackApiUrl: undefined,
      knowledgeDir: undefined,
      articlesDir: undefined,
      redisUrl: undefined,
      dataDir: undefined,
      floodLimit: undefined,
      watchKnowledge: true,
    });
  });

  it("should treat empty values like unset ones, as a copied .env.example has them", () => {
    const env = loadEnv({
      SLACK_BOT_TOKEN: "",
      SLACK_APP_TOKEN: "",
      SLACK_SIGNING_SECRET: "",
      PORT: "",
      LOG_LEVEL: "",
    });
    expect(env).toMatchObject({ mode: "terminal", port: 3000, logLevel: "info" });
    expect(env.probePort).toBeUndefined();
  });

  it("should keep PORT as the probe port only when it is set, for Socket Mode's /health and /metrics", () => {
    const socket = { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP };
    expect(loadEnv(socket).probePort).toBeUndefined();
    expect(loadEnv({ ...socket, PORT: "9100" })).toMatchObject({ port: 9100, probePort: 9100 });
  });

  it("should choose Socket Mode with a bot token and an app token", () => {
    expect(loadEnv({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toMatchObject({
      mode: "socket",
      botToken: BOT,
      appToken: APP,
    });
  });

  it("should choose HTTP mode with a bot token and a signing secret", () => {
    const env = loadEnv({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: "8080" });
    expect(env).toMatchObject({ mode: "http", botToken: BOT, signingSecret: SECRET, port: 8080 });
  });

  it("should prefer Socket Mode when both an app token and a signing secret are set", () => {
    const env = loadEnv({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
      SLACK_SIGNING_SECRET: SECRET,
    });
    expect(env.mode).toBe("socket");
  });

  it("should add the trailing slash the Web API client needs to SLACK_API_URL", () => {
    expect(loadEnv({ SLACK_API_URL: "http://127.0.0.1:9999/api" }).slackApiUrl).toBe(
      "http://127.0.0.1:9999/api/",
    );
    expect(loadEnv({ SLACK_API_URL: "https://slack-gov.com/api/" }).slackApiUrl).toBe(
      "https://slack-gov.com/api/",
    );
  });

  it("should accept every log level", () => {
    for (const level of ["debug", "info", "warn", "error"]) {
      expect(loadEnv({ LOG_LEVEL: level }).logLevel).toBe(level);
    }
  });

  it("should name a bot token with neither an app token nor a signing secret", () => {
    const error = issuesOf({ SLACK_BOT_TOKEN: BOT });
    expect(error.issues).toEqual([
      {
        variable: "SLACK_BOT_TOKEN",
        message:
          "is set, so also set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)",
      },
    ]);
  });

  it("should name an app token or a signing secret without a bot token", () => {
    const error = issuesOf({ SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET });
    expect(error.issues.map((issue) => issue.variable)).toEqual([
      "SLACK_APP_TOKEN",
      "SLACK_SIGNING_SECRET",
    ]);
  });

  it("should report every bad variable at once with what it expects", () => {
    const error = issuesOf({
      SLACK_BOT_TOKEN: "xoxp-user-token-not-a-bot-token",
      SLACK_APP_TOKEN: "app-token-without-prefix",
      SLACK_SIGNING_SECRET: "not hex!",
      SLACK_API_URL: "ftp://example.com",
      PORT: "eighty",
      LOG_LEVEL: "loud",
    });
    const byVariable = Object.fromEntries(error.issues.map((i) => [i.variable, i.message]));
    expect(byVariable).toEqual({
      SLACK_BOT_TOKEN: expect.stringContaining("xoxb-"),
      SLACK_APP_TOKEN: expect.stringContaining("xapp-"),
      SLACK_SIGNING_SECRET: expect.stringContaining("signing secret"),
      SLACK_API_URL: expect.stringContaining("http(s) URL"),
      PORT: expect.stringContaining("port number"),
      LOG_LEVEL: "expects one of debug, info, warn, error",
    });
    expect(error.message).toMatch(/^The environment is not valid:\n {2}SLACK_BOT_TOKEN: /);
  });

  it("should watch the knowledge folder unless CONTAINEROS_WATCH_KNOWLEDGE is off", () => {
    expect(loadEnv({ CONTAINEROS_WATCH_KNOWLEDGE: "off" }).watchKnowledge).toBe(false);
    expect(loadEnv({ CONTAINEROS_WATCH_KNOWLEDGE: "on" }).watchKnowledge).toBe(true);
    expect(issuesOf({ CONTAINEROS_WATCH_KNOWLEDGE: "yes" }).issues).toEqual([
      {
        variable: "CONTAINEROS_WATCH_KNOWLEDGE",
        message: "expects on (reload when the knowledge folder changes) or off (SIGHUP only)",
      },
    ]);
  });

  it("should reject ports out of range", () => {
    for (const port of ["0", "70000", "80.5", "-1"]) {
      expect(issuesOf({ PORT: port }).issues).toEqual([
        { variable: "PORT", message: "expects a port number between 1 and 65535" },
      ]);
    }
  });

  it("should never print a token or secret in its message", () => {
    const badBot = "xoxp-very-secret-user-token";
    const badApp = "secret-app-token-value";
    const badSecret = "secret signing value";
    const error = issuesOf({
      SLACK_BOT_TOKEN: badBot,
      SLACK_APP_TOKEN: badApp,
      SLACK_SIGNING_SECRET: badSecret,
    });
    for (const value of [badBot, badApp, badSecret]) expect(error.message).not.toContain(value);
    const partial = issuesOf({ SLACK_BOT_TOKEN: BOT });
    expect(partial.message).not.toContain(BOT);
  });

  it("should take the knowledge and article folders a curator points it at", () => {
    const env = loadEnv({
      CONTAINEROS_KNOWLEDGE_DIR: "/work/kb",
      CONTAINEROS_ARTICLES_DIR: "/work/seeds",
    });
    expect(env).toMatchObject({ knowledgeDir: "/work/kb", articlesDir: "/work/seeds" });
  });

  it("should take REDIS_URL and CONTAINEROS_DATA_DIR for feedback, gaps and scale-out", () => {
    const env = loadEnv({
      REDIS_URL: "redis://:pw@10.0.0.5:6380/2",
      CONTAINEROS_DATA_DIR: "/var/lib/c",
    });
    expect(env).toMatchObject({ redisUrl: "redis://:pw@10.0.0.5:6380/2", dataDir: "/var/lib/c" });
    expect(loadEnv({ REDIS_URL: "rediss://cache.internal:6380" }).redisUrl).toBe(
      "rediss://cache.internal:6380",
    );
  });

  it("should name a REDIS_URL that is not a Redis URL, without printing it", () => {
    for (const url of ["http://:hunter2@cache:6379", "cache:6379-hunter2"]) {
      const error = issuesOf({ REDIS_URL: url });
      expect(error.issues).toEqual([
        {
          variable: "REDIS_URL",
          message: "expects a Redis URL such as redis://127.0.0.1:6379 (rediss:// for TLS)",
        },
      ]);
      expect(error.message).not.toContain("hunter2");
    }
  });

  it("should take CONTAINEROS_FLOOD_LIMIT as questions per person per minute", () => {
    expect(loadEnv({ CONTAINEROS_FLOOD_LIMIT: "5" }).floodLimit).toBe(5);
    for (const limit of ["0", "-3", "2.5", "many"]) {
      expect(issuesOf({ CONTAINEROS_FLOOD_LIMIT: limit }).issues).toEqual([
        {
          variable: "CONTAINEROS_FLOOD_LIMIT",
          message: "expects a whole number of questions per person per minute, at least 1",
        },
      ]);
    }
  });
});

describe("loadCliEnv", () => {
  it("should read the CLI's folders and REDIS_URL from the object it is given", () => {
    const env = loadCliEnv({
      CONTAINEROS_KNOWLEDGE_DIR: "/kb",
      CONTAINEROS_ARTICLES_DIR: "/seeds",
      CONTAINEROS_DATA_DIR: "",
      REDIS_URL: "redis://127.0.0.1:6390",
    });
    expect(env).toEqual({
      knowledgeDir: "/kb",
      articlesDir: "/seeds",
      dataDir: undefined,
      redisUrl: "redis://127.0.0.1:6390",
    });
  });

  it("should ignore a half-configured Slack app, which the CLI never uses", () => {
    expect(() => loadCliEnv({ SLACK_BOT_TOKEN: "not-a-token", PORT: "eighty" })).not.toThrow();
  });

  it("should name a bad REDIS_URL as the bot would", () => {
    expect(() => loadCliEnv({ REDIS_URL: "http://x" })).toThrow(/REDIS_URL: expects a Redis URL/);
  });
});

describe("reading the environment", () => {
  it("should happen only in src/config/env.ts", () => {
    const root = join(projectRoot(), "src");
    const readers = readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && file !== join("config", "env.ts"))
      .filter((file) => readFileSync(join(root, file), "utf8").includes("process.env"));
    expect(readers).toEqual([]);
  });
});
