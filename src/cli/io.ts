import type { Readable, Writable } from "node:stream";

/** The streams a command uses, passed in so tests can drive commands without a process. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
}

export function processIo(): CliIo {
  // A reader that went away (`| head`) ends the output quietly, as other CLI tools do.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/** Writes and waits for the stream to drain, so piping into `head` or a slow reader loses nothing. */
export function writeOut(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
