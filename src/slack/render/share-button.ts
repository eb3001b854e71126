import type { types } from "@slack/bolt";
import { z } from "zod";
import { MAX_QUESTION_CHARS } from "../../core/match/normalise.js";
import { parseJsonWith } from "../../store/parse-json.js";
import { MAX_VALUE_CHARS } from "../feedback/value.js";
import { POST_IN_THREAD_LABEL } from "./notices.js";

export const POST_IN_THREAD_ACTION_ID = "post_answer_in_thread";

/** Where a privately shown answer can be posted for everyone: the message's thread. */
export interface ShareTarget {
  question: string;
  threadTs: string;
}

const valueSchema = z.strictObject({ q: z.string(), t: z.string().regex(/^\d+\.\d+$/) });

/** The question (as far as the core reads it) and the thread, within Slack's value limit. */
export function encodeShareValue({ question, threadTs }: ShareTarget): string {
  let q = question.slice(0, MAX_QUESTION_CHARS);
  let json = JSON.stringify({ q, t: threadTs });
  while (json.length > MAX_VALUE_CHARS) {
    q = q.slice(0, q.length - (json.length - MAX_VALUE_CHARS));
    json = JSON.stringify({ q, t: threadTs });
  }
  return json;
}

export function decodeShareValue(value: string | undefined): ShareTarget | undefined {
  const parsed = parseJsonWith(valueSchema, value ?? "");
  return parsed && { question: parsed.q, threadTs: parsed.t };
}

/** The "Post in thread" button under an answer only its asker sees. */
export const buildShareBlock = (target: ShareTarget): types.KnownBlock => ({
  type: "actions",
  elements: [
    {
      type: "button",
      action_id: POST_IN_THREAD_ACTION_ID,
      style: "primary",
      text: { type: "plain_text", text: POST_IN_THREAD_LABEL },
      value: encodeShareValue(target),
    },
  ],
});
