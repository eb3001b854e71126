import { App, type Logger, LogLevel, type webApi } from "@slack/bolt";
import type { Env } from "../config/env.js";
import { probeRoutes } from "../metrics/routes.js";
import { countSlackErrors, DEFAULT_SLACK_API_URL } from "./count-slack-errors.js";
import type { SlackDeps } from "./deps.js";
import type { HealthReport } from "./health.js";
import { createHttpReceiver } from "./http-receiver.js";
import type { InFlight } from "./in-flight.js";
import { createKeepAliveFetch } from "./keep-alive-fetch.js";
import { registerListeners } from "./listeners/index.js";
import { chain } from "./middleware/chain.js";
import { dedupEvents } from "./middleware/dedup-events.js";
import { floodControl } from "./middleware/flood-control.js";
import { timeAnswers } from "./middleware/time-answers.js";
import { trackInFlight } from "./middleware/track-in-flight.js";
import { describeError } from "./reply/rejection.js";

export type SlackEnv = Extract<Env, { mode: "socket" | "http" }>;

/**
 * Web API retries: a reply matters now, not in half an hour (the client's default). 429s wait for
 * Retry-After on top of these; 5xx and network errors back off 0.25 s, 0.5 s, 1 s.
 */
export const RETRY_CONFIG = { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 2000 };

/** The client hands its retry options to p-retry, which reports each failed attempt here. */
type RetryOptionsWithReport = webApi.RetryOptions & {
  onFailedAttempt?: (error: Error & { attemptNumber?: number; retriesLeft?: number }) => void;
};

function retryOptions(logger: Logger): RetryOptionsWithReport {
  return {
    ...RETRY_CONFIG,
    onFailedAttempt: ({ message, attemptNumber, retriesLeft }) => {
      logger.warn(
        `Slack Web API attempt ${attemptNumber} failed (${retriesLeft} retries left): ${message}`,
      );
    },
  };
}
export const WEB_API_TIMEOUT_MS = 10_000;

export interface SlackAppOptions {
  env: SlackEnv;
  deps: SlackDeps;
  inFlight: InFlight;
  logger: Logger;
  health: () => HealthReport;
}

export const toBoltLevel = (level: Env["logLevel"]): LogLevel =>
  ({ debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR })[
    level
  ];

/**
 * The Bolt App: Socket Mode with an app token, else HTTP with a signing secret (signature checks on,
 * `/slack/events` for events, commands and interactivity, plus `GET /health` and `GET /metrics`;
 * see http-receiver.ts). Socket Mode's probes are served by start.ts. Call `await app.init()` (checks the token with auth.test) before `app.start()`.
 */
export function createSlackApp({ env, deps, inFlight, logger, health }: SlackAppOptions): App {
  const transport =
    env.mode === "socket"
      ? { socketMode: true, appToken: env.appToken }
      : {
          receiver: createHttpReceiver({
            signingSecret: env.signingSecret,
            port: env.port,
            customRoutes: probeRoutes(health, deps.metrics),
            logger,
          }),
        };
  const apiUrl = env.slackApiUrl ?? DEFAULT_SLACK_API_URL;
  const fetch = countSlackErrors(createKeepAliveFetch(WEB_API_TIMEOUT_MS), apiUrl, (method) =>
    deps.metrics.slackApiError(method),
  );
  const app = new App({
    token: env.botToken,
    logger,
    logLevel: toBoltLevel(env.logLevel),
    deferInitialization: true,
    convoStore: false,
    clientOptions: {
      slackApiUrl: env.slackApiUrl,
      retryConfig: retryOptions(logger),
      timeout: WEB_API_TIMEOUT_MS,
      fetch,
    },
    ...transport,
  });
  app.use(
    chain(
      trackInFlight(inFlight),
      dedupEvents(deps.dedup),
      floodControl(deps.flood, env.floodLimit),
      timeAnswers(deps.metrics),
    ),
  );
  app.error(async (error) => {
    logger.error(`Unhandled error in a listener: ${describeError(error)}`);
  });
  registerListeners(app, deps);
  return app;
}
