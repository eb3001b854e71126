import type { types } from "@slack/bolt";
import { yearSpan } from "../../core/answer/citations.js";
import type { KnowledgeBase } from "../../core/knowledge/schema.js";
import type { AskedSubject } from "../../gaps/most-asked.js";
import { escapeMrkdwn } from "./escape.js";
import { LIMITS, shorten } from "./limits.js";
import { link } from "./sources.js";

type KnownBlock = types.KnownBlock;

export interface HomeContent {
  kb: KnowledgeBase;
  /** Questions the bot answers well (the core's help examples). */
  examples: string[];
  mostAsked: AskedSubject[];
}

const header = (text: string): KnownBlock => ({
  type: "header",
  text: { type: "plain_text", text: shorten(text, LIMITS.headerText) },
});
const section = (text: string): KnownBlock => ({
  type: "section",
  text: { type: "mrkdwn", text: shorten(text, LIMITS.sectionText) },
});
const context = (text: string): KnownBlock => ({
  type: "context",
  elements: [{ type: "mrkdwn", text: shorten(text, LIMITS.sectionText) }],
});
/** Lines in as few sections as fit, so a long list (every source, every system) is never cut. */
export function sections(lines: string[]): KnownBlock[] {
  const texts: string[] = [];
  for (const line of lines) {
    const last = texts.length - 1;
    const joined = last >= 0 ? `${texts[last]}\n${line}` : line;
    if (last >= 0 && joined.length <= LIMITS.sectionText) texts[last] = joined;
    else texts.push(line);
  }
  return texts.map(section);
}
const code = (question: string) => `\`${escapeMrkdwn(question)}\``;

/**
 * The App Home tab: what the bot knows (systems, topics, sources with authors and dates, counts),
 * how to ask, and what people ask most. Knowledge text is escaped like any other.
 */
export function buildHomeView({ kb, examples, mostAsked }: HomeContent): types.HomeView {
  const counts = `${kb.facts.length} facts · ${kb.systems.length} systems · ${kb.topics.length} topics · ${kb.sources.length} sources`;
  const systems = kb.systems.map((s) => `*${escapeMrkdwn(s.name)}*: ${escapeMrkdwn(s.summary)}`);
  const topics = kb.topics.map((t) => escapeMrkdwn(t.name)).join(" · ");
  const asked =
    mostAsked.length > 0
      ? mostAsked.map((m) => `• ${code(m.question)} (${m.count}×)`).join("\n")
      : "Nothing asked yet: be the first.";
  // Newest first, each with its date: readers judge an answer by its sources' age.
  const sources = [...kb.sources]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((s) => `• ${escapeMrkdwn(s.date)} · ${link(s.url, s.title)} · ${escapeMrkdwn(s.author)}`);
  const blocks: KnownBlock[] = [
    header("containeros"),
    section(
      "I answer questions about container operating systems, only from facts I can cite. Mention me in a channel, send me a direct message, or use `/containeros`. In a thread, follow-ups such as _and its size?_ or _compare them_ work too.",
    ),
    context(counts),
    { type: "divider" },
    header("Systems"),
    ...sections(systems),
    header("Topics"),
    section(topics),
    header("Try asking"),
    section(examples.map((e) => `• ${code(e)}`).join("\n")),
    header("Most asked"),
    section(asked),
    header("Sources"),
    ...sections(sources),
    context(`The sources date from ${yearSpan(kb.sources)}; things may have changed since.`),
  ];
  return { type: "home", blocks };
}
