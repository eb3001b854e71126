import { isMap, isSeq, parseDocument, Scalar } from "yaml";
import type { Source } from "../core/knowledge/schema.js";

/**
 * sources.yml with one more entry, its comments, quoting and layout otherwise untouched (the
 * `yaml` package's Document keeps them). Dates are quoted like the others, so YAML never reads
 * one as a timestamp. Returns a reason instead when the file is not a `sources:` list.
 */
export function withSourceAppended(text: string, source: Source): string | { reason: string } {
  const doc = parseDocument(text);
  if (doc.errors.length > 0)
    return { reason: `sources.yml does not parse: ${doc.errors[0]?.message}` };
  const list = isMap(doc.contents) ? doc.contents.get("sources", true) : undefined;
  if (!isSeq(list)) return { reason: "sources.yml has no `sources:` list" };
  const entry = doc.createNode(source);
  const date = entry.get("date", true);
  if (date instanceof Scalar) date.type = Scalar.QUOTE_DOUBLE;
  list.add(entry);
  return doc.toString({ lineWidth: 0 });
}

/** The ids already in sources.yml as written, whatever else is wrong with it. */
export function sourceIds(text: string): string[] {
  const data = parseDocument(text).toJS() as { sources?: { id?: unknown }[] } | null;
  return (data?.sources ?? []).map((s) => String(s?.id ?? ""));
}
