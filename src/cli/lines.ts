import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";

/**
 * The lines of a stream as `wc -l` counts them: split on "\n" only, a "\r" before it dropped,
 * an unterminated last line kept. Unlike readline, a lone "\r" (common in binary input) is not a
 * line break, so one line in is always one answer out. Invalid UTF-8 becomes U+FFFD.
 */
export async function* readLines(stream: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  for await (const chunk of stream) {
    pending += typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    let start = 0;
    let end = pending.indexOf("\n");
    while (end !== -1) {
      yield withoutCr(pending.slice(start, end));
      start = end + 1;
      end = pending.indexOf("\n", start);
    }
    pending = pending.slice(start);
  }
  pending += decoder.end();
  if (pending.length > 0) yield withoutCr(pending);
}

const withoutCr = (line: string) => (line.endsWith("\r") ? line.slice(0, -1) : line);
