import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { appMention } from "./app-mention.js";

export const register = (app: App, deps: SlackDeps): void => {
  app.event("app_mention", appMention(deps));
};
