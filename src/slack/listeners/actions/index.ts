import type { AllMiddlewareArgs, App, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { FEEDBACK_ACTION_ID, FEEDBACK_BUTTON_ACTION_IDS } from "../../render/feedback-block.js";
import { POST_IN_THREAD_ACTION_ID } from "../../render/share-button.js";
import { answerFeedback } from "./answer-feedback.js";
import { postInThread } from "./post-in-thread.js";

type ActionArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>;

/** The controls under an answer: its thumbs, their plain-button fallback, and "Post in thread". */
const ANSWER_CONTROLS = new RegExp(
  `^(?:${[FEEDBACK_ACTION_ID, ...FEEDBACK_BUTTON_ACTION_IDS, POST_IN_THREAD_ACTION_ID].join("|")})$`,
);

export const register = (app: App, deps: SlackDeps): void => {
  const feedback = answerFeedback(deps);
  const share = postInThread(deps);
  // One listener for all of them, each click handed to its own: Bolt runs the middleware of every
  // listener on every request, slash commands included.
  app.action(ANSWER_CONTROLS, (args: ActionArgs) =>
    args.action.action_id === POST_IN_THREAD_ACTION_ID ? share(args) : feedback(args),
  );
};
