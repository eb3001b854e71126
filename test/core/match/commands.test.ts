import { describe, expect, it } from "vitest";
import { quotedCommands } from "../../../src/core/match/commands.js";

const tokensOf = (text: string) => quotedCommands(text).map(({ tokens }) => tokens);

describe("quotedCommands", () => {
  it("should read a code span's first two words, without flags", () => {
    expect(tokensOf("how do I use `ros config set` on rancheros")).toEqual([["ros", "config"]]);
    expect(tokensOf("can I just `docker run -d nginx`?")).toEqual([["docker", "run"]]);
    expect(tokensOf("can I `rpm-ostree install htop`?")).toEqual([["rpm", "ostree", "install"]]);
  });

  it("should read two words before 'command' as a command named, not quoted", () => {
    expect(quotedCommands("how does the ros config command work?")).toEqual([
      { tokens: ["ros", "config"], quoted: false },
    ]);
    // "what's the command-line client called?" names no command.
    expect(tokensOf("what's the command-line client called?")).toEqual([]);
    expect(tokensOf("is there a command for that")).toEqual([]);
  });

  it("should leave out output, versions, single names and things set side by side", () => {
    expect(tokensOf("how do I get docker onto snappy? `docker: not found`")).toEqual([]);
    expect(tokensOf("which ships the newest docker? need `docker 1.6` features")).toEqual([]);
    expect(tokensOf("what does `fleetctl` do?")).toEqual([]);
    expect(tokensOf("`system-docker ps` vs `docker ps` on rancheros")).toEqual([]);
  });
});
