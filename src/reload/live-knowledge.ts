import { createEngine, type Engine } from "../core/engine.js";
import type { LoadedKnowledge } from "../core/knowledge/load.js";
import { KnowledgeError, type KnowledgeProblem } from "../core/knowledge/problems.js";
import type { KnowledgeBase } from "../core/knowledge/schema.js";
import { fingerprint } from "./fingerprint.js";

/** One loaded, valid knowledge base with its engine; replaced whole, never changed. */
export interface KnowledgeSnapshot {
  engine: Engine;
  kb: KnowledgeBase;
  fingerprint: string;
  loadedAt: Date;
}

export interface ReloadFailure {
  at: Date;
  problems: KnowledgeProblem[];
}

export type ReloadOutcome =
  | { ok: true; snapshot: KnowledgeSnapshot; changed: boolean }
  | { ok: false; failure: ReloadFailure; kept: KnowledgeSnapshot };

/**
 * The knowledge the bot answers from, swapped whole when a reload finds valid knowledge and kept
 * when it does not. Questions take `current()` once, so one being answered finishes on the
 * knowledge it started with.
 */
export class LiveKnowledge {
  private snapshot: KnowledgeSnapshot;
  private failure: ReloadFailure | undefined;
  private checked: Date;
  private latestFailed = false;

  /**
   * Loads at once: invalid knowledge at start throws the loader's KnowledgeError. `dir` names the
   * folder in a problem that is not the loader's own (a folder that cannot be read).
   */
  constructor(
    private readonly load: () => LoadedKnowledge,
    private readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.snapshot = this.build(load().kb);
    this.checked = this.snapshot.loadedAt;
  }

  current(): KnowledgeSnapshot {
    return this.snapshot;
  }

  /** The last reload that failed, if any (it may since have been followed by a good one). */
  lastFailure(): ReloadFailure | undefined {
    return this.failure;
  }

  /** When the folder was last found valid (loaded, or reloaded unchanged). */
  checkedAt(): Date {
    return this.checked;
  }

  /** Whether the latest reload failed, so what is answered from is older than the folder. */
  failing(): boolean {
    return this.latestFailed;
  }

  /** Loads and validates everything again; switches only to valid knowledge. Never throws. */
  reload(): ReloadOutcome {
    let loaded: LoadedKnowledge;
    try {
      loaded = this.load();
    } catch (error) {
      this.failure = { at: this.now(), problems: problemsOf(error, this.dir) };
      this.latestFailed = true;
      return { ok: false, failure: this.failure, kept: this.snapshot };
    }
    const next = fingerprint(loaded.kb);
    const changed = next !== this.snapshot.fingerprint;
    if (changed) this.snapshot = this.build(loaded.kb, next);
    this.checked = changed ? this.snapshot.loadedAt : this.now();
    this.latestFailed = false;
    return { ok: true, snapshot: this.snapshot, changed };
  }

  private build(kb: KnowledgeBase, print = fingerprint(kb)): KnowledgeSnapshot {
    return { engine: createEngine(kb), kb, fingerprint: print, loadedAt: this.now() };
  }
}

/** A loader's problems, or one naming what else went wrong (a folder that cannot be read). */
function problemsOf(error: unknown, dir: string): KnowledgeProblem[] {
  if (error instanceof KnowledgeError) return error.problems;
  const message = error instanceof Error ? error.message : String(error);
  return [{ file: dir, path: "", message: `could not be read: ${message}` }];
}

/** An engine that answers each question from whatever knowledge is current when it is asked. */
export function liveEngine(knowledge: LiveKnowledge): Engine {
  return {
    get kb() {
      return knowledge.current().kb;
    },
    ask: (question, context) => knowledge.current().engine.ask(question, context),
    subjects: (question) => knowledge.current().engine.subjects(question),
  };
}
