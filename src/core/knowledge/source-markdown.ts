/** Curated sources may be Markdown: evidence may then be copied from the page as it renders. */
export const isMarkdownFile = (file: string): boolean => /\.(md|markdown)$/i.test(file);

/**
 * Markdown as a reader sees it: link text without its target, no emphasis or code marks, no
 * heading or quote markers. Only for matching evidence; never shown.
 */
export function foldMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>+|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/(\*\*|__|\*|_|`+|~~)(?=\S)([^\n]*?\S)\1/g, "$2");
}
