import { loadKnowledge } from "../../core/knowledge/load.js";
import type { KnowledgeBase } from "../../core/knowledge/schema.js";
import { UsageError } from "../errors.js";
import { type CliIo, writeOut } from "../io.js";
import { knowledgeLocation } from "../knowledge.js";
import { parseCommand } from "../parse.js";
import { KB_USAGE } from "../usage.js";

/** `containeros kb check` and `containeros kb export --json`. */
export async function kbCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, KB_USAGE, { json: { type: "boolean" } });
  const [action, ...extra] = positionals;
  if (values.help) return writeOut(io.stdout, `${KB_USAGE}\n`).then(() => 0);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`, KB_USAGE);
  const location = knowledgeLocation(values);
  if (action === "check") {
    const { kb, uncheckedSources } = loadKnowledge(location);
    const note =
      uncheckedSources.length === 0
        ? "every evidence phrase was found in its article"
        : `evidence not checked: articles not found at ${location.articlesDir} (${uncheckedSources.join(", ")})`;
    await writeOut(io.stdout, `${summarise(kb)}\nKnowledge base OK (${note}).\n`);
    return 0;
  }
  if (action === "export") {
    if (!values.json) throw new UsageError("kb export prints JSON only: add --json", KB_USAGE);
    await writeOut(io.stdout, `${JSON.stringify(loadKnowledge(location).kb, null, 2)}\n`);
    return 0;
  }
  throw new UsageError(
    action ? `unknown kb action "${action}"` : "kb needs an action: check or export",
    KB_USAGE,
  );
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
  ];
  return lines.join("\n");
}
