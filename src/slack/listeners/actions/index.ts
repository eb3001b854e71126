import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { FEEDBACK_ACTION_ID, FEEDBACK_BUTTON_ACTION_IDS } from "../../render/feedback-block.js";
import { POST_IN_THREAD_ACTION_ID } from "../../render/share-button.js";
import { answerFeedback } from "./answer-feedback.js";
import { postInThread } from "./post-in-thread.js";

export const register = (app: App, deps: SlackDeps): void => {
  const feedback = answerFeedback(deps);
  for (const id of [FEEDBACK_ACTION_ID, ...FEEDBACK_BUTTON_ACTION_IDS]) app.action(id, feedback);
  app.action(POST_IN_THREAD_ACTION_ID, postInThread(deps));
};
