import type { types } from "@slack/bolt";
import type { Answer } from "../../core/answer/contract.js";
import { escapeMrkdwn, restateSlackText } from "./escape.js";
import { buildFactBlocks } from "./facts.js";
import { LIMITS, shorten } from "./limits.js";
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
  return text.length <= max ? text : `${shorten(text, max - SHORTENED_POINTER.length - 1)} ${SHORTENED_POINTER}`;
}

const codeBlock = (table: string, max: number) =>
  `\`\`\`\n${shorten(escapeMrkdwn(table), max - 8)}\n\`\`\``;

function suggestionBlock(answer: Answer): KnownBlock | undefined {
  const shown = answer.suggestions.slice(0, MAX_SUGGESTIONS).map((s) => `\`${escapeMrkdwn(s)}\``);
  if (shown.length === 0) return undefined;
  if (answer.intent === "help") return section(`*Try asking:*\n${shown.map((s) => `• ${s}`).join("\n")}`);
  return context(shorten(`Try: ${shown.join(" · ")}`, LIMITS.sectionText));
}

/** Keeps the head and the tail (sources), and drops middle blocks with a pointer when too many. */
function fitBlocks(head: KnownBlock[], middle: KnownBlock[], tail: KnownBlock[]): KnownBlock[] {
  const room = LIMITS.blocks - head.length - tail.length;
  if (middle.length <= room) return [...head, ...middle, ...tail];
  const kept = middle.slice(0, room - 1);
  const dropped = middle.length - kept.length;
  return [...head, ...kept, context(`…and ${dropped} more ${SHORTENED_POINTER}`), ...tail];
}

/** The notification text: the answer and, for a comparison, the monospace table. */
function messageText(answer: Answer, prefix: string): string {
  const table = answer.table ? `\n${codeBlock(formatTextTable(answer.table), 2000)}` : "";
  const room = LIMITS.messageText - prefix.length - table.length;
  return `${prefix}${shortenWithPointer(escapeMrkdwn(answer.text), room)}${table}`;
}

/**
 * An answer from the core as a Slack message within Block Kit limits: the answer text, its facts
 * with source numbers, a comparison table, the citations and a note on their age. All text from
 * users and the knowledge base is escaped, so nothing in it can ping anyone.
 */
export function buildAnswerMessage(answer: Answer, options: AnswerMessageOptions = {}): SlackMessage {
  const { tableStyle = "native", askedBy } = options;
  const asked = askedBy
    ? `<@${askedBy.userId}> asked: ${shorten(restateSlackText(askedBy.question.trim()), LIMITS.restatedQuestion)}`
    : undefined;

  const head: KnownBlock[] = [];
  if (asked) head.push(context(asked));
  head.push(section(shortenWithPointer(escapeMrkdwn(answer.text), LIMITS.sectionText)));
  if (answer.table && tableStyle === "text") {
    head.push(section(codeBlock(formatTextTable(answer.table), LIMITS.sectionText)));
  }
  const tail = [suggestionBlock(answer), buildSourcesContext(answer.citations)].filter(
    (block) => block !== undefined,
  );
  const blocks = fitBlocks(head, buildFactBlocks(answer.facts, answer.citations), tail);

  const message: SlackMessage = { text: messageText(answer, asked ? `${asked}\n` : ""), blocks };
  if (answer.table && tableStyle === "native") {
    message.attachments = [{ blocks: [buildTableBlock(answer.table)] }];
  }
  return message;
}

/** Answers go to the whole channel; help and "I don't know" only to the asker. */
export const isShareable = (answer: Answer): boolean =>
  answer.intent === "answer" || answer.intent === "compare";
