import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readLines } from "../../src/cli/lines.js";

async function linesOf(...chunks: (string | Buffer)[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of readLines(Readable.from(chunks))) lines.push(line);
  return lines;
}

describe("readLines", () => {
  it("should split on newlines, keeping empty lines and an unterminated last line", async () => {
    expect(await linesOf("a\n\nb\nc")).toEqual(["a", "", "b", "c"]);
  });

  it("should not add a line after a final newline", async () => {
    expect(await linesOf("a\n")).toEqual(["a"]);
    expect(await linesOf("")).toEqual([]);
  });

  it("should drop the carriage return of a Windows line ending only", async () => {
    expect(await linesOf("a\r\nb\rc\r\n")).toEqual(["a", "b\rc"]);
  });

  it("should join lines and characters split across chunks", async () => {
    const whale = Buffer.from("🐳");

    expect(
      await linesOf(
        Buffer.from("co"),
        Buffer.from("reos "),
        whale.subarray(0, 2),
        whale.subarray(2),
        Buffer.from("\nx"),
      ),
    ).toEqual(["coreos 🐳", "x"]);
  });

  it("should read invalid UTF-8 as replacement characters", async () => {
    expect(await linesOf(Buffer.from([0x61, 0xff, 0x0a, 0xc3]))).toEqual(["a\ufffd", "\ufffd"]);
  });
});
