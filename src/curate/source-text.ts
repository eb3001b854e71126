import { readFileSync } from "node:fs";

export type SourceTextResult = { ok: true; text: string } | { ok: false; reason: string };

/** Only text can back evidence: Markdown or plain text, as UTF-8. */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads a source's text for `kb add-source`, refusing what cannot serve as one: a file that
 * cannot be read, a binary file (a NUL byte, or bytes that are not UTF-8), an empty one.
 */
export function readSourceText(path: string): SourceTextResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder" : message;
    return { ok: false, reason: `cannot read ${path}: ${why}` };
  }
  const binary = `${path} looks like a binary file; a source must be plain text or Markdown (UTF-8)`;
  if (bytes.includes(0)) return { ok: false, reason: binary };
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { ok: false, reason: binary };
  }
  if (text.trim() === "") return { ok: false, reason: `${path} is empty` };
  return { ok: true, text };
}
