import { z } from "zod";

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** An unset variable and an empty one (`SLACK_BOT_TOKEN=` in .env) mean the same thing. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** HTTP mode listens here when PORT is not set. */
const DEFAULT_PORT = 3000;

const FLOOD_LIMIT_EXPECTED =
  "expects a whole number of questions per person per minute, at least 1";

/**
 * The whole environment in one schema. `loadEnv` reports every problem at once, naming the variable
 * and what it expects, and never the value (values are tokens and secrets).
 */
const fieldsSchema = z.object({
  SLACK_BOT_TOKEN: optional(
    z.string().startsWith("xoxb-", "expects a bot token starting with xoxb- (OAuth & Permissions)"),
  ),
  SLACK_APP_TOKEN: optional(
    z
      .string()
      .startsWith("xapp-", "expects an app-level token starting with xapp- (Basic Information)"),
  ),
  SLACK_SIGNING_SECRET: optional(
    z
      .string()
      .regex(
        /^[0-9a-f]{16,}$/i,
        "expects the hex signing secret from Basic Information > App Credentials",
      ),
  ),
  SLACK_API_URL: optional(
    z
      .url({ protocol: /^https?$/, error: "expects an http(s) URL such as https://slack.com/api/" })
      .transform((url) => (url.endsWith("/") ? url : `${url}/`)),
  ),
  PORT: optional(
    z.coerce
      .number({ error: "expects a port number between 1 and 65535" })
      .int("expects a port number between 1 and 65535")
      .min(1, "expects a port number between 1 and 65535")
      .max(65535, "expects a port number between 1 and 65535"),
  ),
  LOG_LEVEL: optional(
    z.enum(LOG_LEVELS, { error: `expects one of ${LOG_LEVELS.join(", ")}` }),
  ).default("info"),
  CONTAINEROS_KNOWLEDGE_DIR: optional(z.string()),
  CONTAINEROS_ARTICLES_DIR: optional(z.string()),
  REDIS_URL: optional(
    z.url({
      protocol: /^rediss?$/,
      error: "expects a Redis URL such as redis://127.0.0.1:6379 (rediss:// for TLS)",
    }),
  ),
  CONTAINEROS_DATA_DIR: optional(z.string()),
  CONTAINEROS_WATCH_KNOWLEDGE: optional(
    z.enum(["on", "off"], {
      error: "expects on (reload when the knowledge folder changes) or off (SIGHUP only)",
    }),
  ).default("on"),
  CONTAINEROS_FLOOD_LIMIT: optional(
    z.coerce
      .number({ error: FLOOD_LIMIT_EXPECTED })
      .int(FLOOD_LIMIT_EXPECTED)
      .min(1, FLOOD_LIMIT_EXPECTED),
  ),
});

/** What the CLI reads: where the knowledge, the articles and the recorded events are. */
export interface CliEnv {
  /** Folder of the knowledge base; undefined means the one shipped in the project. */
  knowledgeDir: string | undefined;
  /** Folder of the article texts that evidence is checked against; undefined means ../shared/seeds. */
  articlesDir: string | undefined;
  /** Shared storage for several instances; undefined keeps everything in this process. */
  redisUrl: string | undefined;
  /** Where the local event file goes; undefined means the project's `data/`. */
  dataDir: string | undefined;
}

interface CommonEnv extends CliEnv {
  /** HTTP mode's port: PORT, else 3000. */
  port: number;
  /**
   * PORT only when it is set: where Socket Mode and the terminal chat serve `/health` and
   * `/metrics` (they open no port otherwise).
   */
  probePort: number | undefined;
  logLevel: LogLevelName;
  /** Web API base URL ending in a slash; undefined means Slack's default. */
  slackApiUrl: string | undefined;
  /** Questions one person may ask a minute; undefined means flood control's default. */
  floodLimit: number | undefined;
  /** Reload when the knowledge folder changes; when false, only SIGHUP reloads. */
  watchKnowledge: boolean;
}

export type Env = CommonEnv &
  (
    | { mode: "socket"; botToken: string; appToken: string }
    | { mode: "http"; botToken: string; signingSecret: string }
    | { mode: "terminal" }
  );

export interface EnvIssue {
  variable: string;
  message: string;
}

/** Thrown by `loadEnv`; `.message` lists every issue, one per line. */
export class EnvError extends Error {
  readonly code = "containeros_env_invalid";
  constructor(readonly issues: EnvIssue[]) {
    const lines = issues.map(({ variable, message }) => `  ${variable}: ${message}`);
    super(`The environment is not valid:\n${lines.join("\n")}\nSee .env.example.`);
    this.name = "EnvError";
  }
}

type Source = Record<string, string | undefined>;

const isSet = (value: string | undefined) => value !== undefined && value !== "";

/** Which variables belong together: a bot token needs an app token or a signing secret, and back. */
function pairingIssues(source: Source): EnvIssue[] {
  const bot = isSet(source.SLACK_BOT_TOKEN);
  const app = isSet(source.SLACK_APP_TOKEN);
  const secret = isSet(source.SLACK_SIGNING_SECRET);
  if (bot && !app && !secret) {
    return [
      {
        variable: "SLACK_BOT_TOKEN",
        message:
          "is set, so also set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)",
      },
    ];
  }
  const issues: EnvIssue[] = [];
  if (!bot && app) {
    issues.push({ variable: "SLACK_APP_TOKEN", message: "is set, so also set SLACK_BOT_TOKEN" });
  }
  if (!bot && secret) {
    issues.push({
      variable: "SLACK_SIGNING_SECRET",
      message: "is set, so also set SLACK_BOT_TOKEN",
    });
  }
  return issues;
}

/** Parses `source` with `schema`; throws one EnvError naming every bad variable, `extra` included. */
function parseFields<T extends z.ZodType>(
  schema: T,
  source: Source,
  extra: EnvIssue[] = [],
): z.output<T> {
  const parsed = schema.safeParse(source);
  const issues: EnvIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? "environment"),
        message: issue.message,
      }));
  issues.push(...extra);
  if (!parsed.success || issues.length > 0) throw new EnvError(issues);
  return parsed.data;
}

const cliFieldsSchema = fieldsSchema.pick({
  CONTAINEROS_KNOWLEDGE_DIR: true,
  CONTAINEROS_ARTICLES_DIR: true,
  REDIS_URL: true,
  CONTAINEROS_DATA_DIR: true,
});

const cliEnvOf = (fields: z.output<typeof cliFieldsSchema>): CliEnv => ({
  knowledgeDir: fields.CONTAINEROS_KNOWLEDGE_DIR,
  articlesDir: fields.CONTAINEROS_ARTICLES_DIR,
  redisUrl: fields.REDIS_URL,
  dataDir: fields.CONTAINEROS_DATA_DIR,
});

/**
 * The variables the CLI reads, checked by the same schema as the bot's. Slack's are not looked
 * at: a half-configured bot does not stop `containeros ask`.
 */
export function loadCliEnv(source: Source = process.env): CliEnv {
  return cliEnvOf(parseFields(cliFieldsSchema, source));
}

/** Parses and checks the environment; throws one EnvError naming every bad variable. */
export function loadEnv(source: Source = process.env): Env {
  const fields = parseFields(fieldsSchema, source, pairingIssues(source));
  const common: CommonEnv = {
    ...cliEnvOf(fields),
    port: fields.PORT ?? DEFAULT_PORT,
    probePort: fields.PORT,
    logLevel: fields.LOG_LEVEL,
    slackApiUrl: fields.SLACK_API_URL,
    floodLimit: fields.CONTAINEROS_FLOOD_LIMIT,
    watchKnowledge: fields.CONTAINEROS_WATCH_KNOWLEDGE === "on",
  };
  const { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken } = fields;
  const signingSecret = fields.SLACK_SIGNING_SECRET;
  if (botToken && appToken) return { ...common, mode: "socket", botToken, appToken };
  if (botToken && signingSecret) return { ...common, mode: "http", botToken, signingSecret };
  return { ...common, mode: "terminal" };
}
