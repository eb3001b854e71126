import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { entryPath, type KnowledgeProblem } from "./problems.js";
import type { FactOrigin } from "./references.js";
import type { Fact, Source } from "./schema.js";
import { foldMarkdown, isMarkdownFile } from "./source-markdown.js";

/** Folds case, white space and typographic quotes, so evidence copied from a rendered page matches. */
export function foldForEvidence(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

export interface EvidenceFolders {
  /** The knowledge folder: curated sources' texts live in it (`sources/acme-2026.txt`). */
  dir: string;
  /** The seed articles' folder; when absent, their evidence is not checked (not an error). */
  articlesDir: string | undefined;
  /** Names a file as problems show it. */
  label: (path: string) => string;
}

/** Where a source's text is, and whether it must be there. */
type TextLocation =
  | { kind: "curated"; path: string }
  | { kind: "article"; path: string; checked: boolean }
  | { kind: "outside"; path: string };

/**
 * A `file` with a folder in it (`sources/acme-2026.txt`), or one found in the knowledge folder,
 * is a curated source: it travels with the knowledge and must be there. A bare name otherwise is
 * one of the seed articles, in the articles folder.
 */
export function locateSourceText(
  file: string,
  { dir, articlesDir }: EvidenceFolders,
): TextLocation {
  const inKnowledge = join(dir, file);
  if (file.includes("/") || file.includes("\\") || existsSync(inKnowledge)) {
    const inside = relative(dir, inKnowledge);
    const escapes = inside.startsWith("..") || isAbsolute(file) || isAbsolute(inside);
    return escapes ? { kind: "outside", path: file } : { kind: "curated", path: inKnowledge };
  }
  const path = join(articlesDir ?? "", file);
  return { kind: "article", path, checked: articlesDir !== undefined && existsSync(articlesDir) };
}

export interface EvidenceReport {
  problems: KnowledgeProblem[];
  /** Ids of sources whose evidence was not checked (seed articles, with no articles folder). */
  unchecked: string[];
}

/** A source's text, folded for matching: plain, and for Markdown also with its markup removed. */
interface SourceText {
  plain: string;
  markdown?: string;
}

/**
 * Checks that each fact's evidence phrase is really in the text of the source it cites. Curated
 * sources (inside the knowledge folder) are always checked; the seed articles where their folder
 * is present, and reported by the caller as "not checked" where it is not.
 */
export function evidenceProblems(
  sources: Source[],
  facts: Fact[],
  origins: FactOrigin[],
  folders: EvidenceFolders,
): EvidenceReport {
  const texts = new Map<string, SourceText>();
  const problems: KnowledgeProblem[] = [];
  const unchecked: string[] = [];
  const sourcesFile = folders.label(join(folders.dir, "sources.yml"));
  sources.forEach((source, i) => {
    const location = locateSourceText(source.file, folders);
    if (location.kind === "article" && !location.checked) {
      unchecked.push(source.id);
      return;
    }
    const text = location.kind === "outside" ? undefined : readText(location.path);
    if (typeof text === "string") {
      texts.set(source.id, fold(text, isMarkdownFile(source.file)));
      return;
    }
    const path = `${entryPath("sources", i, source.id)}.file`;
    problems.push({ file: sourcesFile, path, message: textProblem(location, text, folders) });
  });
  facts.forEach((fact, i) => {
    const origin = origins[i] as FactOrigin;
    fact.sources.forEach((cited, j) => {
      const text = texts.get(cited.id);
      if (text === undefined || contains(text, cited.evidence)) return;
      problems.push({
        file: origin.file,
        path: `${entryPath("facts", origin.index, fact.id)}.sources[${j}].evidence`,
        message: `evidence not found in article "${cited.id}": "${cited.evidence}"`,
      });
    });
  });
  return { problems, unchecked };
}

/** Why a source's text could not be read, naming where it was looked for. */
function textProblem(
  location: TextLocation,
  failure: { missing: boolean; reason: string } | undefined,
  folders: EvidenceFolders,
): string {
  const where = folders.label(location.path);
  if (location.kind === "outside" || !failure) return "must be a path inside the knowledge folder";
  if (location.kind === "article") return `article not found at ${where}`;
  return failure.missing
    ? `source text not found at ${where}`
    : `cannot read ${where}: ${failure.reason}`;
}

function readText(path: string): string | { missing: boolean; reason: string } {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { missing: code === "ENOENT", reason: code ?? String(error) };
  }
}

function fold(text: string, markdown: boolean): SourceText {
  const plain = foldForEvidence(text);
  return markdown ? { plain, markdown: foldForEvidence(foldMarkdown(text)) } : { plain };
}

/** Evidence copied from the raw text or, for Markdown, from the rendered page. */
function contains(text: SourceText, evidence: string): boolean {
  if (text.plain.includes(foldForEvidence(evidence))) return true;
  return text.markdown?.includes(foldForEvidence(foldMarkdown(evidence))) ?? false;
}
