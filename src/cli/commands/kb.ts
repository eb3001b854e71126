import { loadKnowledge } from "../../core/knowledge/load.js";
import type { KnowledgeBase } from "../../core/knowledge/schema.js";
import { cutoffFor, formatStale, staleFacts } from "../../curate/stale-facts.js";
import { UsageError } from "../errors.js";
import { type CliIo, writeOut } from "../io.js";
import { knowledgeLocation } from "../knowledge.js";
import { parseCommand } from "../parse.js";
import { KB_USAGE } from "../usage.js";

const OPTIONS = {
  json: { type: "boolean" },
  "older-than": { type: "string" },
  id: { type: "string" },
  title: { type: "string" },
  author: { type: "string" },
  date: { type: "string" },
  url: { type: "string" },
} as const;

export type KbValues = ReturnType<typeof parseCommand<typeof OPTIONS>>["values"];

/** `containeros kb check [--older-than 5y]`, `kb export` (JSON, its only format; `--json` is accepted) and `kb add-source FILE …`. */
export async function kbCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, KB_USAGE, OPTIONS);
  const [action, ...extra] = positionals;
  if (values.help) return writeOut(io.stdout, `${KB_USAGE}\n`).then(() => 0);
  if (action === "add-source") {
    // Only this action needs the `yaml` package (it keeps sources.yml's comments and layout).
    const { addSourceCommand } = await import("./kb-add-source.js");
    return addSourceCommand(extra, values, io);
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`, KB_USAGE);
  const location = knowledgeLocation(values);
  if (action === "check") {
    const cutoff = olderThan(values["older-than"]);
    const { kb, uncheckedSources } = loadKnowledge(location);
    const note =
      uncheckedSources.length === 0
        ? "every evidence phrase was found in its article"
        : `evidence not checked: articles not found at ${location.articlesDir} (${uncheckedSources.join(", ")})`;
    const stale = cutoff
      ? `\n${formatStale(staleFacts(kb, cutoff), values["older-than"] as string, cutoff)}`
      : "";
    await writeOut(io.stdout, `${summarise(kb)}\nKnowledge base OK (${note}).${stale}\n`);
    return 0;
  }
  if (action === "export") {
    await writeOut(io.stdout, `${JSON.stringify(loadKnowledge(location).kb, null, 2)}\n`);
    return 0;
  }
  throw new UsageError(
    action ? `unknown kb action "${action}"` : "kb needs an action: check, export or add-source",
    KB_USAGE,
  );
}

function olderThan(age: string | undefined): Date | undefined {
  if (age === undefined) return undefined;
  const cutoff = cutoffFor(age);
  if (!cutoff) {
    throw new UsageError(
      `--older-than expects an age such as 5y, 90d or 12w, not "${age}"`,
      KB_USAGE,
    );
  }
  return cutoff;
}

/** Counts of facts per system and per topic, so curators see where coverage is thin. */
export function summarise(kb: KnowledgeBase): string {
  const count = (key: "system" | "topic", id: string) =>
    kb.facts.filter((f) => f[key] === id).length;
  const width = Math.max(...[...kb.systems, ...kb.topics].map((x) => x.id.length));
  const lines = [
    `${kb.facts.length} facts from ${kb.sources.length} sources about ${kb.systems.length} systems in ${kb.topics.length} topics.`,
    "Facts per system:",
    ...kb.systems.map((s) => `  ${s.id.padEnd(width)}  ${count("system", s.id)}`),
    "Facts per topic:",
    ...kb.topics.map((t) => `  ${t.id.padEnd(width)}  ${count("topic", t.id)}`),
    `Beyond the sources: ${kb.limits?.length ?? 0} limits. Synonym groups: ${kb.synonyms?.length ?? 0}.`,
  ];
  return lines.join("\n");
}
