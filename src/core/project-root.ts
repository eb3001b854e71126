import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding package.json, found the same way from `src/` (tests) and `dist/src/` (built). */
export function projectRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${from}`);
    dir = parent;
  }
  return dir;
}

export const defaultKnowledgeDir = (): string => join(projectRoot(), "knowledge");
/** The five articles live beside the project (../shared/seeds), not inside it. */
export const defaultArticlesDir = (): string => join(projectRoot(), "..", "shared", "seeds");

/** The version in package.json, for `--version`, the start-up line and `/health`. */
export function packageVersion(): string {
  const manifest = readFileSync(join(projectRoot(), "package.json"), "utf8");
  return (JSON.parse(manifest) as { version: string }).version;
}
