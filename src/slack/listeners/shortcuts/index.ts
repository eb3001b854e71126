import type { App, MessageShortcut } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { ASK_SHORTCUT_ID, askContaineros } from "./ask-containeros.js";

export const register = (app: App, deps: SlackDeps): void => {
  app.shortcut<MessageShortcut>(
    { callback_id: ASK_SHORTCUT_ID, type: "message_action" },
    askContaineros(deps),
  );
};
