import { PassThrough } from "node:stream";
import type { CliIo } from "../../src/cli/io.js";

/** Streams for driving a CLI command in-process; `out()`/`err()` return what was written. */
export function captureIo(): CliIo & { out(): string; err(): string } {
  const collect = () => {
    const stream = new PassThrough();
    let text = "";
    stream.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
    });
    return { stream, text: () => text };
  };
  const stdout = collect();
  const stderr = collect();
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  return {
    stdin,
    stdout: stdout.stream,
    stderr: stderr.stream,
    out: stdout.text,
    err: stderr.text,
  };
}
