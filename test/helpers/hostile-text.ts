import fc from "fast-check";
import type { KnowledgeBase } from "../../src/core/knowledge/schema.js";

/** Generators of the untrusted text a chat bot meets, for property-based tests. */

const id = fc.stringMatching(/^[A-Z0-9]{1,11}$/);
const word = fc.string({ unit: "grapheme", maxLength: 12 });
const host = fc.stringMatching(/^[a-z0-9.-]{1,20}$/);

/** Slack's markup, well formed and broken: mentions, channels, groups, links. */
export const slackMarkup = fc.oneof(
  id.map((u) => `<@U${u}>`),
  fc.tuple(id, word).map(([u, name]) => `<@U${u}|${name}>`),
  fc.tuple(id, word).map(([c, name]) => `<#C${c}|${name}>`),
  fc.tuple(id, word).map(([s, name]) => `<!subteam^S${s}|@${name}>`),
  fc.constantFrom("<!here>", "<!channel>", "<!everyone>", "<!date^1392734382^{date}|Feb 18>"),
  fc.tuple(host, word).map(([h, label]) => `<http://${h}|${label}>`),
  host.map((h) => `<https://${h}/coreos?q=size&amp;x=1>`),
  fc.constantFrom("<@", "<#C1|", "<http://", "|>", ">>", "<<", "<|>", "<mailto:a@b|"),
);

/** Entities, half-entities and things that look like them. */
export const entities = fc.constantFrom(
  "&amp;",
  "&lt;",
  "&gt;",
  "&amp",
  "&lt;;",
  "&#39",
  "&#x1F600;",
  "&&&",
  "&amp;lt;",
  "&quot;",
  "&nbsp;",
);

/** Code points people do not type but bots receive: controls, bidi marks, lone surrogates. */
export const oddCharacters = fc
  .oneof(
    fc.integer({ min: 0, max: 0x1f }),
    fc.integer({ min: 0x7f, max: 0x9f }),
    fc.integer({ min: 0x0590, max: 0x08ff }),
    fc.constantFrom(0x200b, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069, 0xfeff, 0xfffd),
    fc.integer({ min: 0xd800, max: 0xdfff }),
  )
  .map((code) => String.fromCharCode(code));

export const emoji = fc.constantFrom(
  ":whale:",
  ":+1:",
  ":flag-de:",
  "🐳",
  "👩🏽‍💻",
  "🇩🇪",
  "❤️",
  "🚀🚀🚀",
  ":",
  "::",
);

export const punctuationOrSpace = fc.string({
  unit: fc.constantFrom(..." \t\n\r\u00a0\u3000?!.,;:-_'\"()[]{}/\\|*#@~`^%$€…—"),
  maxLength: 200,
});

/** Real names, topic words and question cues, so hostile text also reaches the matcher's paths. */
export function knowledgeWords(kb: KnowledgeBase) {
  return fc.constantFrom(
    ...kb.systems.flatMap((s) => [s.id, s.name, ...s.aliases]),
    ...kb.topics.flatMap((t) => t.words),
    ...["vs", "versus", "compare", "side by side", "difference between", "or", "all", "them"],
    ...["which is smaller", "and its", "what about", "help", "?", "what does", "use"],
  );
}

/** A question stitched from all of the above, with the separators chat text has. */
export function hostileQuestion(kb: KnowledgeBase) {
  const piece = fc.oneof(
    { weight: 3, arbitrary: knowledgeWords(kb) },
    { weight: 2, arbitrary: slackMarkup },
    { weight: 1, arbitrary: entities },
    { weight: 1, arbitrary: oddCharacters },
    { weight: 1, arbitrary: emoji },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
    { weight: 1, arbitrary: word },
  );
  const separator = fc.constantFrom(" ", "", "  ", "\n", "\t", ", ", "&amp;", "|", ">");
  return fc
    .array(fc.tuple(piece, separator), { maxLength: 14 })
    .map((parts) => parts.map(([p, s]) => p + s).join(""));
}

/** Strings of about 10,000 characters: one fragment repeated, so the length is cheap to reach. */
export function hugeQuestion(kb: KnowledgeBase) {
  return fc
    .tuple(hostileQuestion(kb), fc.integer({ min: 9_000, max: 11_000 }))
    .map(([fragment, length]) =>
      (fragment || "x").repeat(Math.ceil(length / (fragment.length || 1))).slice(0, length),
    );
}
