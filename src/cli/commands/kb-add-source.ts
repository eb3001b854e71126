import { knowledgeLabel } from "../../core/knowledge/problems.js";
import { addSource } from "../../curate/add-source.js";
import { UsageError } from "../errors.js";
import { type CliIo, writeOut } from "../io.js";
import { knowledgeLocation } from "../knowledge.js";
import { KB_USAGE } from "../usage.js";
import type { KbValues } from "./kb.js";

const REQUIRED = ["id", "title", "author", "date", "url"] as const;

/** `containeros kb add-source FILE --id ID --title … --author … --date YYYY-MM-DD --url …` */
export async function addSourceCommand(
  positionals: string[],
  values: KbValues,
  io: CliIo,
): Promise<number> {
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError("kb add-source needs the FILE with the source's text", KB_USAGE);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`, KB_USAGE);
  const missing = REQUIRED.filter((name) => values[name] === undefined);
  if (missing.length > 0) {
    throw new UsageError(
      `kb add-source needs ${missing.map((m) => `--${m}`).join(", ")}`,
      KB_USAGE,
    );
  }
  const { dir } = knowledgeLocation(values);
  const fields = Object.fromEntries(REQUIRED.map((name) => [name, values[name] as string]));
  const label = knowledgeLabel(dir);
  const { source, textPath, sourcesPath } = addSource(dir, {
    file,
    ...(fields as Record<(typeof REQUIRED)[number], string>),
  });
  await writeOut(
    io.stdout,
    [
      `Added source "${source.id}" (${source.date}): copied the text to ${label(textPath)} and listed it in ${label(sourcesPath)}.`,
      `Cite it from a fact with { id: ${source.id}, evidence: "3 to 25 words copied from the text" }, then run containeros kb check.`,
      "",
    ].join("\n"),
  );
  return 0;
}
