import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { FEEDBACK_ACTION_ID, FEEDBACK_BUTTON_ACTION_IDS } from "../../render/feedback-block.js";
import { POST_IN_THREAD_ACTION_ID } from "../../render/share-button.js";
import { answerFeedback } from "./answer-feedback.js";
import { postInThread } from "./post-in-thread.js";

/** The thumbs and their plain-button fallback (action ids are letters and underscores). */
const FEEDBACK_ACTIONS = new RegExp(
  `^(?:${[FEEDBACK_ACTION_ID, ...FEEDBACK_BUTTON_ACTION_IDS].join("|")})$`,
);

export const register = (app: App, deps: SlackDeps): void => {
  // One listener for all three: Bolt runs every listener's middleware on every request.
  app.action(FEEDBACK_ACTIONS, answerFeedback(deps));
  app.action(POST_IN_THREAD_ACTION_ID, postInThread(deps));
};
