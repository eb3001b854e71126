import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/core/project-root.js";

const manifest = JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  config?: unknown;
};

describe("how npm start runs the bot", () => {
  it("should run node with its default options: no V8 flag on the command line or from config", () => {
    expect(manifest.scripts.start).toBe("node scripts/start.js");
    expect(manifest.config).toBeUndefined();
  });
});
