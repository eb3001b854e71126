import { LogLevel } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { createLogger, redactSecrets } from "../../src/slack/logger.js";

describe("createLogger", () => {
  it("should write lines at or above its level", () => {
    const lines: string[] = [];
    const logger = createLogger(LogLevel.WARN, (line) => lines.push(line));
    logger.info("hidden");
    logger.warn("shown", { channel: "C1" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\S+Z WARN containeros: shown \{ channel: 'C1' \}\n$/);
  });

  it("should redact tokens and signing secrets however they got into a message", () => {
    const lines: string[] = [];
    const logger = createLogger(LogLevel.DEBUG, (line) => lines.push(line));
    logger.debug(
      "token xoxb-123-456-abcDEF and xapp-1-A1-2-xyz, secret 0f3c9d2e8a7b6c5d4e3f2a1b0c9d8e7f",
    );
    expect(lines[0]).not.toMatch(/xoxb-|xapp-|0f3c9d2e/);
    expect(redactSecrets("Bearer xoxp-1-2")).toBe("Bearer [redacted]");
  });
});
