/**
 * The question in a message addressed to the bot: its own mention (`<@UBOT>` or `<@UBOT|name>`)
 * removed. Other markup stays; the core normalises it.
 */
export function questionText(text: string | undefined, botUserId: string | undefined): string {
  if (!text) return "";
  const own = botUserId
    ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, "g")
    : /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/;
  return text.replace(own, " ").replace(/\s+/g, " ").trim();
}
