/**
 * Slack reads `&`, `<` and `>` as control characters in mrkdwn: `<!channel>` pings a channel and
 * `<@U123>` a person. Every untrusted string (a question, knowledge text) goes through these.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Slack sends message and command text with `&`, `<`, `>` already encoded; undo that first. */
export function decodeSlackEntities(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_, name: string) =>
    name === "amp" ? "&" : name === "lt" ? "<" : ">",
  );
}

/** `<@U123>` or `<@U123|maria>`: a user mention as Slack sends it in message and command text. */
const USER_MENTION = /<@[UW][A-Z0-9]*(?:\|([^>]*))?>/g;

/** A mention shown as the name Slack sent with it, or `@someone`: read, but never a ping. */
export const quietMentions = (text: string): string =>
  text.replace(USER_MENTION, (_, name: string | undefined) =>
    name?.trim() ? `@${name.trim().replace(/^@/, "")}` : "@someone",
  );

/**
 * Text as Slack delivered it (encoded, maybe with `<!here>` or `<@U123>`), made safe to show
 * back: user mentions as plain names, everything else escaped so it shows as typed.
 */
export const restateSlackText = (text: string): string =>
  escapeMrkdwn(quietMentions(decodeSlackEntities(text)));
