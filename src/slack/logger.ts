import { inspect } from "node:util";
import { type Logger, LogLevel } from "@slack/bolt";

const ORDER: readonly LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** Anything shaped like a Slack token or a signing secret is replaced before a line is written. */
const SECRET = /\bx(?:ox[abposer]|app)-[A-Za-z0-9-]+|\b[0-9a-f]{32}\b/g;
export const redactSecrets = (text: string): string => text.replace(SECRET, "[redacted]");

const format = (part: unknown) => (typeof part === "string" ? part : inspect(part, { depth: 4 }));

/**
 * Bolt's Logger interface, writing `time level name: message` lines to stderr (stdout stays free
 * for the terminal mode), with tokens and secrets redacted however they got into a message.
 */
export function createLogger(
  level: LogLevel = LogLevel.INFO,
  write: (line: string) => void = (line) => process.stderr.write(line),
): Logger {
  let current = level;
  let name = "containeros";
  const log =
    (at: LogLevel) =>
    (...parts: unknown[]) => {
      if (ORDER.indexOf(at) < ORDER.indexOf(current)) return;
      const message = redactSecrets(parts.map(format).join(" "));
      write(`${new Date().toISOString()} ${at.toUpperCase()} ${name}: ${message}\n`);
    };
  return {
    debug: log(LogLevel.DEBUG),
    info: log(LogLevel.INFO),
    warn: log(LogLevel.WARN),
    error: log(LogLevel.ERROR),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    setName: (next) => {
      name = next;
    },
  };
}
