import { type FSWatcher, readdirSync, watch } from "node:fs";
import { join } from "node:path";

export interface FolderWatch {
  close(): void;
}

/**
 * Calls `onChange` on any change in `dir` or a folder directly in it (facts/, sources/). Each
 * folder gets its own watcher: Node 20's recursive watching on Linux misses events in new folders
 * and can throw when files are deleted. After every change the folders are looked at again, so a
 * new `sources/` is watched as soon as it appears. Watching directories, not files, also sees an
 * editor's save-by-rename. A watcher that fails is reported and closed; the next change or SIGHUP
 * looks again.
 */
export function watchFolder(
  dir: string,
  onChange: () => void,
  onError: (message: string) => void,
): FolderWatch {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  const add = (path: string) => {
    if (watchers.has(path)) return;
    try {
      const watcher = watch(path, { persistent: false }, changed);
      watcher.on("error", (error) => {
        watcher.close();
        watchers.delete(path);
        onError(`stopped watching ${path}: ${error.message}`);
      });
      watchers.set(path, watcher);
    } catch (error) {
      onError(`cannot watch ${path}: ${(error as Error).message}`);
    }
  };
  const rescan = () => {
    if (closed) return;
    const wanted = new Set([dir, ...subfolders(dir).map((name) => join(dir, name))]);
    for (const [path, watcher] of watchers) {
      if (wanted.has(path)) continue;
      watcher.close(); // a folder that is gone: watched afresh if it comes back
      watchers.delete(path);
    }
    for (const path of wanted) add(path);
  };
  function changed() {
    rescan();
    onChange();
  }
  rescan();
  return {
    close() {
      closed = true;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}
