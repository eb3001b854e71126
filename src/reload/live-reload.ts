import { formatProblem } from "../core/knowledge/problems.js";
import { debounce } from "./debounce.js";
import type { LiveKnowledge, ReloadOutcome } from "./live-knowledge.js";
import { watchFolder } from "./watch-folder.js";

/** What reloading writes to: the Slack logger, or stderr in the terminal. */
export interface ReloadLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface LiveReloadOptions {
  knowledge: LiveKnowledge;
  /** The knowledge folder to watch. */
  dir: string;
  log: ReloadLog;
  /** Reload when the folder changes; when false, only SIGHUP reloads (a coordinated rollout). */
  watch?: boolean;
  /** Quiet time that ends a burst of changes; one reload per burst. */
  quietMs?: number;
}

export interface LiveReload {
  stop(): void;
}

/** A burst of edits (an editor's two writes, a `git pull` of ten files) settles within this. */
export const QUIET_MS = 300;

/**
 * Reloads the knowledge when its folder changes and on SIGHUP, once per burst of either, and
 * logs the outcome: the new counts, or every problem with the knowledge kept.
 */
export function startLiveReload({
  knowledge,
  dir,
  log,
  watch = true,
  quietMs = QUIET_MS,
}: LiveReloadOptions): LiveReload {
  const burst = debounce(() => report(knowledge.reload(), log), quietMs);
  const watcher = watch
    ? watchFolder(dir, burst.trigger, (message) => log.warn(`Knowledge watch: ${message}`))
    : undefined;
  const onHangUp = () => {
    log.info("SIGHUP received: reloading the knowledge");
    burst.trigger();
  };
  process.on("SIGHUP", onHangUp);
  log.info(
    watch
      ? `Watching ${dir} for knowledge changes (SIGHUP also reloads)`
      : `Knowledge reloads on SIGHUP (${dir} is not watched: CONTAINEROS_WATCH_KNOWLEDGE=off)`,
  );
  return {
    stop() {
      process.off("SIGHUP", onHangUp);
      burst.cancel();
      watcher?.close();
    },
  };
}

/** One log entry per reload, saying what is being answered from now. */
export function report(outcome: ReloadOutcome, log: ReloadLog): void {
  if (outcome.ok) {
    const { kb, fingerprint } = outcome.snapshot;
    const counts = `${kb.facts.length} facts, ${kb.sources.length} sources, ${kb.systems.length} systems, ${kb.topics.length} topics`;
    if (outcome.changed) log.info(`Knowledge reloaded: ${counts} (fingerprint ${fingerprint})`);
    else log.info(`Knowledge checked, unchanged: ${counts} (fingerprint ${fingerprint})`);
    return;
  }
  const { failure, kept } = outcome;
  const count = failure.problems.length === 1 ? "1 problem" : `${failure.problems.length} problems`;
  const lines = failure.problems.map((problem) => `  ${formatProblem(problem)}`);
  log.error(
    `Knowledge reload failed with ${count}; still answering from the knowledge loaded at ${kept.loadedAt.toISOString()} (fingerprint ${kept.fingerprint}):\n${lines.join("\n")}`,
  );
}
