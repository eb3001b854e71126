/**
 * The question in a message addressed to the bot: its own mention (`<@UBOT>` or `<@UBOT|name>`)
 * removed, with the spaces around it. Other markup and the message's line breaks and spacing stay
 * (pasted output is read by its lines and columns); the core normalises them.
 */
export function questionText(text: string | undefined, botUserId: string | undefined): string {
  if (!text) return "";
  const own = botUserId
    ? new RegExp(`[ \\t]*<@${botUserId}(?:\\|[^>]*)?>[ \\t]*`, "g")
    : /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>[ \t]*/;
  return text.replace(own, " ").trim();
}
