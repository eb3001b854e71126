import { existsSync } from "node:fs";
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
