import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { completeCommand } from "../../middleware/complete-command.js";
import { COMMAND, containerosCommand } from "./containeros.js";

export const register = (app: App, deps: SlackDeps): void => {
  app.command(COMMAND, completeCommand, containerosCommand(deps));
};
