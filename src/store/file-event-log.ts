import {
  appendFileSync,
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { join } from "node:path";
import {
  type HandoverEventLog,
  type ReadOptions,
  readStoredEvent,
  type StoredEvent,
  serialiseEvent,
  type TakenEvents,
} from "./events.js";
import { takeFiles, unfinishedTakes } from "./taken-event-files.js";

export interface FileEventLogOptions {
  /** The data directory; created when the first event is written. */
  dir: string;
  /** Rotate `events.jsonl` once it grows past this many bytes. */
  maxBytes?: number;
  /** How many rotated files (`events.1.jsonl` ... `events.N.jsonl`) to keep. */
  keep?: number;
}

/** A rotation lock older than this was left by a crashed process and is taken over. */
const STALE_LOCK_MS = 10_000;

/**
 * Events as JSON lines in `<dir>/events.jsonl`. Events appended in the same turn of the event loop
 * (a busy bot answers several questions a turn) go out together as one `O_APPEND` write of whole
 * lines, so writers in several processes never interleave and a busy bot makes one system call
 * where it made one per event; each append resolves once its line is written. A line torn by a
 * crash is skipped on read.
 * Past `maxBytes` the file is rotated (events.jsonl -> events.1.jsonl -> ... ), under a lock file
 * so two writers do not rotate twice.
 */
export class FileEventLog implements HandoverEventLog {
  readonly file: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  private checkedTail = false;
  /**
   * Bytes this process believes the file holds: checked with stat only once past the limit, so the
   * common append is one write. Other writers' lines are not counted, which only delays rotation.
   */
  private knownSize: number | undefined;
  /** Lines waiting for this turn's write, with their appends to settle. */
  private pending: { line: string; settle: (error?: unknown) => void }[] = [];

  constructor(private readonly options: FileEventLogOptions) {
    this.file = join(options.dir, "events.jsonl");
    this.maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
    this.keep = options.keep ?? 3;
  }

  append(event: StoredEvent): Promise<void> {
    let line: string;
    try {
      line = `${serialiseEvent(event)}\n`;
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.flush());
      this.pending.push({ line, settle: (error) => (error ? reject(error) : resolve()) });
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    try {
      this.write(batch.map((entry) => entry.line).join(""));
      for (const entry of batch) entry.settle();
    } catch (error) {
      for (const entry of batch) entry.settle(error);
    }
  }

  private write(lines: string): void {
    if (!this.checkedTail) mkdirSync(this.options.dir, { recursive: true });
    // A crash mid-line leaves no newline at the end; start on a fresh line so only that one is lost.
    const prefix = this.checkedTail || endsWithNewline(this.file) ? "" : "\n";
    this.checkedTail = true;
    const text = prefix + lines;
    this.knownSize ??= sizeOf(this.file);
    try {
      appendFileSync(this.file, text, { encoding: "utf8", mode: 0o600 });
    } catch (error) {
      // The data folder was removed while we ran: make it again, once.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      mkdirSync(this.options.dir, { recursive: true });
      appendFileSync(this.file, text, { encoding: "utf8", mode: 0o600 });
    }
    this.knownSize += Buffer.byteLength(text);
    if (this.knownSize <= this.maxBytes) return;
    // Another process may have rotated the file away since this write: then there is nothing to do.
    this.knownSize = sizeOf(this.file);
    if (this.knownSize > this.maxBytes) {
      this.rotate();
      this.knownSize = sizeOf(this.file);
    }
  }

  async read({ since }: ReadOptions = {}): Promise<StoredEvent[]> {
    return this.files()
      .reverse()
      .flatMap((file) => readEventsIn(file, since));
  }

  /**
   * Moves every event out of the files, oldest first. Each file is renamed away before it is read,
   * so appends meanwhile start a new file and a second process taking at the same time gets none
   * of the same events; files taken by a process that died before `done()` are taken again.
   */
  take(): TakenEvents {
    const taken = takeFiles(this.options.dir, this.files().reverse());
    this.knownSize = undefined;
    this.checkedTail = false;
    const files = [...unfinishedTakes(this.options.dir, taken), ...taken];
    return {
      events: files.flatMap((file) => readEventsIn(file, undefined)),
      done: () => {
        for (const file of files) rmSync(file, { force: true });
      },
    };
  }

  /** The live file first, then the rotated ones, newest first. */
  private files(): string[] {
    const rotated = Array.from({ length: this.keep }, (_, i) => this.rotatedName(i + 1));
    return [this.file, ...rotated];
  }

  private rotatedName(n: number): string {
    return join(this.options.dir, `events.${n}.jsonl`);
  }

  private rotate(): void {
    const lock = join(this.options.dir, "events.lock");
    if (!takeLock(lock)) return; // another process is rotating
    try {
      // Another writer may have rotated between our append and the lock.
      if (sizeOf(this.file) <= this.maxBytes) return;
      const files = this.files();
      rmSync(files[files.length - 1] as string, { force: true });
      for (let i = files.length - 2; i >= 0; i--) {
        const from = files[i] as string;
        if (existsSync(from)) renameSync(from, files[i + 1] as string);
      }
    } finally {
      rmSync(lock, { force: true });
    }
  }
}

function readEventsIn(file: string, since: Date | undefined): StoredEvent[] {
  if (!existsSync(file)) return [];
  const events: StoredEvent[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const event = line.trim() === "" ? undefined : readStoredEvent(line, since);
    if (event) events.push(event);
  }
  return events;
}

function takeLock(lock: string): boolean {
  try {
    closeSync(openSync(lock, "wx"));
    return true;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs < STALE_LOCK_MS) return false;
      rmSync(lock, { force: true });
      closeSync(openSync(lock, "wx"));
      return true;
    } catch {
      return false;
    }
  }
}

/** The file's size; 0 when it does not exist (any more: another process may rotate it away). */
const sizeOf = (file: string): number => statSync(file, { throwIfNoEntry: false })?.size ?? 0;

function endsWithNewline(file: string): boolean {
  // Open first, then measure what was opened: another process may rotate the file away at any
  // moment (a stat, then an open, crashed here when it did), and an open file stays readable.
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return true;
    throw error;
  }
  try {
    const { size } = fstatSync(fd);
    if (size === 0) return true;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    closeSync(fd);
  }
}
