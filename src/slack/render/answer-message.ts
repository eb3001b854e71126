import type { types } from "@slack/bolt";
import type { Answer } from "../../core/answer/contract.js";
import { summariseAnswer } from "../../store/record.js";
import { escapeMrkdwn, restateSlackText } from "./escape.js";
import { buildFeedbackBlock, type FeedbackStyle } from "./feedback-block.js";
import { LIMITS, shorten } from "./limits.js";
import { buildShareBlock, type ShareTarget } from "./share-button.js";
import { buildSourcesContext } from "./sources.js";
import { buildTableBlock } from "./table-block.js";
import { formatTextTable } from "./table-grid.js";

type KnownBlock = types.KnownBlock;

/** What chat.postMessage and respond both take: blocks, the notification text, the table. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
  attachments?: types.MessageAttachment[];
}

export interface AnswerMessageOptions {
  /** `native`: Slack's table block (in an attachment); `text`: a monospace table in a section. */
  tableStyle?: "native" | "text";
  /** Restate the question and who asked, for answers posted where the whole channel sees them. */
  askedBy?: { userId: string; question: string };
  /** Controls to rate an answer or comparison (not help or "I don't know"); `false` for none. */
  feedback?: FeedbackStyle | false;
  /** For an answer shown to one person: a button that posts it in this thread for everyone. */
  shareTo?: ShareTarget;
}

export const SHORTENED_POINTER = "(shortened: the sources below have the rest)";
const MAX_SUGGESTIONS = 5;

const section = (text: string): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } });
const context = (text: string): KnownBlock => ({
  type: "context",
  elements: [{ type: "mrkdwn", text }],
});

/** Cuts long text and says so, so a reader knows to look at the sources. */
function shortenWithPointer(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${shorten(text, max - SHORTENED_POINTER.length - 1)} ${SHORTENED_POINTER}`;
}

const codeBlock = (table: string, max: number) =>
  `\`\`\`\n${shorten(escapeMrkdwn(table), max - 8)}\n\`\`\``;

/** Follow-up questions as a quiet line; help already lists its examples in its text. */
function suggestionsContext(answer: Answer): KnownBlock | undefined {
  const shown = answer.suggestions.slice(0, MAX_SUGGESTIONS).map((s) => `\`${escapeMrkdwn(s)}\``);
  if (shown.length === 0 || answer.intent === "help") return undefined;
  return context(shorten(`Try: ${shown.join(" · ")}`, LIMITS.sectionText));
}

/** The notification text: the answer and, for a comparison, the monospace table. */
function messageText(answer: Answer, prefix: string): string {
  const table = answer.table ? `\n${codeBlock(formatTextTable(answer.table), 2000)}` : "";
  const room = LIMITS.messageText - prefix.length - table.length;
  return `${prefix}${shortenWithPointer(escapeMrkdwn(answer.text), room)}${table}`;
}

/**
 * An answer from the core as a Slack message within Block Kit limits. The core's text carries the
 * facts with their `[n]` source markers, conflicts with dates and the note on the sources' age;
 * this adds the table, the linked citations, suggestions and feedback controls. All text from users and the knowledge
 * base is escaped, so nothing in it can ping anyone.
 */
export function buildAnswerMessage(
  answer: Answer,
  options: AnswerMessageOptions = {},
): SlackMessage {
  const { tableStyle = "native", askedBy, feedback = "feedback_buttons", shareTo } = options;
  const question =
    askedBy && shorten(restateSlackText(askedBy.question.trim()), LIMITS.restatedQuestion);
  const asked = askedBy && `<@${askedBy.userId}> asked: ${question}`;

  const blocks: (KnownBlock | undefined)[] = [
    asked === undefined ? undefined : context(asked),
    section(shortenWithPointer(escapeMrkdwn(answer.text), LIMITS.sectionText)),
    answer.table && tableStyle === "text"
      ? section(codeBlock(formatTextTable(answer.table), LIMITS.sectionText))
      : undefined,
    suggestionsContext(answer),
    buildSourcesContext(answer.citations),
    feedback && isShareable(answer)
      ? buildFeedbackBlock(summariseAnswer(answer), feedback)
      : undefined,
    shareTo && isShareable(answer) ? buildShareBlock(shareTo) : undefined,
  ];
  const message: SlackMessage = {
    text: messageText(answer, asked ? `${asked}\n` : ""),
    blocks: blocks.filter((block) => block !== undefined),
  };
  if (answer.table && tableStyle === "native") {
    message.attachments = [{ blocks: [buildTableBlock(answer.table)] }];
  }
  return message;
}

/** Answers go to the whole channel; help and "I don't know" only to the asker. */
export const isShareable = (answer: Answer): boolean =>
  answer.intent === "answer" || answer.intent === "compare";
