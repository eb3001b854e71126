import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { homeContent } from "../../home-content.js";
import { appHomeOpened } from "./app-home-opened.js";
import { appMention } from "./app-mention.js";

export const register = (app: App, deps: SlackDeps): void => {
  app.event("app_mention", appMention(deps));
  app.event("app_home_opened", appHomeOpened(homeContent(deps)));
};
