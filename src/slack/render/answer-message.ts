import type { types } from "@slack/bolt";
import type { Answer } from "../../core/answer/contract.js";
import { splitAroundTable, type TextAroundTable } from "../../render/text-around-table.js";
import { summariseAnswer } from "../../store/record.js";
import { answerMrkdwn, shortenWithPointer } from "./answer-text.js";
import { escapeMrkdwn, restateSlackText } from "./escape.js";
import { buildFeedbackBlock, type FeedbackStyle } from "./feedback-block.js";
import { LIMITS, shorten } from "./limits.js";
import { buildShareBlock, type ShareTarget } from "./share-button.js";
import { buildSourcesSection } from "./sources.js";
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

const MAX_SUGGESTIONS = 5;

const section = (text: string): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } });
const context = (text: string): KnownBlock => ({
  type: "context",
  elements: [{ type: "mrkdwn", text }],
});
const present = <T>(items: (T | undefined)[]): T[] => items.filter((item) => item !== undefined);

const codeBlock = (table: string, max: number) =>
  `\`\`\`\n${shorten(escapeMrkdwn(table), max - 8)}\n\`\`\``;

/** Follow-up questions as a quiet line; help already lists its examples in its text. */
function suggestionsContext(answer: Answer): KnownBlock | undefined {
  const shown = answer.suggestions.slice(0, MAX_SUGGESTIONS).map((s) => `\`${escapeMrkdwn(s)}\``);
  if (shown.length === 0 || answer.intent === "help") return undefined;
  return context(shorten(`Try: ${shown.join(" · ")}`, LIMITS.sectionText));
}

/** The notification text: the lead, a comparison's monospace table, then the rest of the text. */
function messageText(answer: Answer, { lead, rest }: TextAroundTable, prefix: string): string {
  const table = answer.table ? `\n${codeBlock(formatTextTable(answer.table), 2000)}` : "";
  let room = LIMITS.messageText - prefix.length - table.length;
  const head = shortenWithPointer(escapeMrkdwn(lead), room);
  room -= head.length + 1;
  const tail = rest && room > 0 ? `\n${shortenWithPointer(escapeMrkdwn(rest), room)}` : "";
  return `${prefix}${head}${table}${tail}`;
}

/**
 * An answer from the core as a Slack message within Block Kit limits. The core's text carries the
 * facts with their `[n]` source markers, conflicts with dates and the note on the sources' age;
 * this adds a comparison's table straight after the lead sentence, the numbered and linked
 * sources, suggestions and feedback controls. Slack takes a table block only in an attachment,
 * which shows below the message's own blocks, so for a native table everything after the lead
 * goes into that attachment, in reading order. All text from users and the knowledge base is
 * escaped, so nothing in it can ping anyone.
 */
export function buildAnswerMessage(
  answer: Answer,
  options: AnswerMessageOptions = {},
): SlackMessage {
  const { tableStyle = "native", askedBy, feedback = "feedback_buttons", shareTo } = options;
  const question =
    askedBy && shorten(restateSlackText(askedBy.question.trim()), LIMITS.restatedQuestion);
  const asked = askedBy && `<@${askedBy.userId}> asked: ${question}`;
  const parts = splitAroundTable(answer);
  const shareable = isShareable(answer);

  const head = present([
    asked === undefined ? undefined : context(asked),
    section(answerMrkdwn(parts.lead, LIMITS.sectionText)),
  ]);
  const tail = present([
    parts.rest ? section(answerMrkdwn(parts.rest, LIMITS.sectionText)) : undefined,
    suggestionsContext(answer),
    buildSourcesSection(answer.citations),
    feedback && shareable ? buildFeedbackBlock(summariseAnswer(answer), feedback) : undefined,
    shareTo && shareable ? buildShareBlock(shareTo) : undefined,
  ]);
  const text = messageText(answer, parts, asked ? `${asked}\n` : "");
  if (!answer.table) return { text, blocks: [...head, ...tail] };
  if (tableStyle === "text") {
    const table = section(codeBlock(formatTextTable(answer.table), LIMITS.sectionText));
    return { text, blocks: [...head, table, ...tail] };
  }
  return {
    text,
    blocks: head,
    attachments: [{ blocks: [buildTableBlock(answer.table), ...tail] }],
  };
}

/** Answers go to the whole channel; help and "I don't know" only to the asker. */
export const isShareable = (answer: Answer): boolean =>
  answer.intent === "answer" || answer.intent === "compare";
