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

/** Text as Slack delivered it (encoded, maybe with `<!here>`), made safe to show back. */
export const restateSlackText = (text: string): string => escapeMrkdwn(decodeSlackEntities(text));
