import type { App } from "@slack/bolt";
import type { SlackDeps } from "../deps.js";
import * as actions from "./actions/index.js";
import * as commands from "./commands/index.js";
import * as events from "./events/index.js";
import * as messages from "./messages/index.js";
import * as shortcuts from "./shortcuts/index.js";

/** Registers every listener, one kind per folder (the bolt-ts-starter-template layout). */
export const registerListeners = (app: App, deps: SlackDeps): void => {
  commands.register(app, deps);
  events.register(app, deps);
  messages.register(app, deps);
  shortcuts.register(app, deps);
  actions.register(app, deps);
};
