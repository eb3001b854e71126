import { existsSync, readdirSync, renameSync } from "node:fs";
import { join } from "node:path";

/**
 * Event files being handed over to another store: renamed `events.taken-<pid>-<time>-<n>.jsonl`
 * before they are read, so appends meanwhile start a new file and no two processes take the same
 * file; deleted once what they hold is stored elsewhere.
 */
const TAKEN_PREFIX = "events.taken-";

/** Renames each existing file of `files` to a taken name in `dir`; returns the new names. */
export function takeFiles(dir: string, files: readonly string[]): string[] {
  return files.flatMap((file, i) => {
    const taken = join(dir, `${TAKEN_PREFIX}${process.pid}-${Date.now()}-${i}.jsonl`);
    try {
      renameSync(file, taken);
      return [taken];
    } catch {
      return []; // not there, or another process took it first
    }
  });
}

/**
 * Taken files in `dir` that an earlier take never finished with: this process's, or those of a
 * process that is gone (one still running may be copying them now). Not those in `ours`.
 */
export function unfinishedTakes(dir: string, ours: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(TAKEN_PREFIX) && name.endsWith(".jsonl"))
    .filter((name) => {
      const pid = Number(name.slice(TAKEN_PREFIX.length).split("-")[0]);
      return pid === process.pid || !isRunning(pid);
    })
    .map((name) => join(dir, name))
    .filter((file) => !ours.includes(file))
    .sort();
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
