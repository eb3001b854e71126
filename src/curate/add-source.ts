import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { formatPath } from "../core/knowledge/problems.js";
import { type Source, sourceSchema } from "../core/knowledge/schema.js";
import { isMarkdownFile } from "../core/knowledge/source-markdown.js";
import { CurationError } from "./errors.js";
import { readSourceText } from "./source-text.js";
import { sourceIds, withSourceAppended } from "./sources-file.js";

export interface NewSource {
  /** The text to copy in: plain text or Markdown. */
  file: string;
  id: string;
  title: string;
  author: string;
  date: string;
  url: string;
}

export interface AddedSource {
  source: Source;
  /** Where the text was copied to, and the sources.yml that lists it now. */
  textPath: string;
  sourcesPath: string;
}

/**
 * `kb add-source`: copies the text into `<dir>/sources/` and adds a validated entry to
 * sources.yml. Every check runs before anything is written; a refusal lists every reason and
 * changes nothing.
 */
export function addSource(dir: string, input: NewSource): AddedSource {
  const source: Source = {
    id: input.id,
    title: input.title,
    author: input.author,
    date: input.date,
    url: input.url,
    file: `sources/${input.id}${isMarkdownFile(input.file) ? extname(input.file) : ".txt"}`,
  };
  const reasons = entryProblems(source);
  const text = readSourceText(input.file);
  if (!text.ok) reasons.push(text.reason);

  const sourcesPath = join(dir, "sources.yml");
  const textPath = join(dir, source.file);
  const listed = readList(sourcesPath, reasons);
  if (listed !== undefined && sourceIds(listed).includes(source.id))
    reasons.push(`--id: a source "${source.id}" is already in ${sourcesPath}`);
  if (existsSync(textPath)) reasons.push(`${textPath} already exists`);
  const updated = listed === undefined ? undefined : withSourceAppended(listed, source);
  if (typeof updated === "object") reasons.push(`${sourcesPath}: ${updated.reason}`);
  if (reasons.length > 0 || !text.ok || typeof updated !== "string")
    throw new CurationError(`Could not add source "${input.id}"`, reasons);

  mkdirSync(join(dir, "sources"), { recursive: true });
  writeFileSync(textPath, text.text, { flag: "wx" });
  try {
    // Renamed into place: a watching bot never reads a half-written sources.yml.
    const temporary = `${sourcesPath}.${process.pid}.tmp`;
    writeFileSync(temporary, updated);
    renameSync(temporary, sourcesPath);
  } catch (error) {
    rmSync(textPath, { force: true });
    throw error;
  }
  return { source, textPath, sourcesPath };
}

function readList(path: string, reasons: string[]): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    reasons.push(`cannot read ${path}: is --knowledge a knowledge folder?`);
    return undefined;
  }
}

/** The entry as the schema sees it, plus a date that exists on the calendar. */
function entryProblems(source: Source): string[] {
  const parsed = sourceSchema.safeParse(source);
  const reasons = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `--${formatPath(issue.path)}: ${issue.message}`);
  if (!reasons.some((r) => r.startsWith("--date")) && !isCalendarDate(source.date))
    reasons.push(`--date: ${source.date} is not a date on the calendar`);
  return reasons;
}

function isCalendarDate(date: string): boolean {
  const [year, month = 1, day = 1] = date.split("-").map(Number);
  const parsed = new Date(Date.UTC(year as number, month - 1, day));
  return parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}
