import type { ReloadLog } from "./live-reload.js";

/** Reload messages in the terminal chat: on stderr, so stdout stays the conversation. */
export function stderrLog(
  write: (line: string) => void = (line) => process.stderr.write(line),
): ReloadLog {
  const at = (level: string) => (message: string) =>
    write(`${new Date().toISOString()} ${level} containeros: ${message}\n`);
  return { info: at("INFO"), warn: at("WARN"), error: at("ERROR") };
}
