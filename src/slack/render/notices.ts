/** Short replies that are not answers, kept together so their wording stays consistent. */
export const FEEDBACK_THANKS_HELPFUL = "Thanks: glad it helped.";
export const FEEDBACK_THANKS_UNHELPFUL =
  "Thanks for telling me. Curators review the answers that did not help and the questions I could not answer.";
export const POSTED_IN_THREAD = "Posted the answer in the thread.";
export const NOT_IN_CHANNEL =
  "I can't post in this channel: invite me first (`/invite @containeros`), then try again.";
export const NOTHING_TO_ANSWER = "That message has no text I could answer.";
export const TOO_MANY_QUESTIONS =
  "You're asking faster than I can keep up with: please wait a minute before the next question.";
export const POST_IN_THREAD_LABEL = "Post in thread";
export const SOMETHING_WENT_WRONG = "Sorry, something went wrong answering that. Please try again.";
export const INCOMPLETE_COMMAND =
  "That command reached me without the fields Slack always sends, so I could not answer it. Please try again.";
