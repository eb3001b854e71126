import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { COMMAND, containerosCommand } from "./containeros.js";

export const register = (app: App, deps: SlackDeps): void => {
  app.command(COMMAND, containerosCommand(deps));
};
