import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startFlags } from "../../bench/processes.js";
import { projectRoot } from "../../src/core/project-root.js";

const manifest = JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

describe("node flags for the bot", () => {
  it("should be passed by npm start on the command line, from package.json's config.nodeFlags", () => {
    expect(startFlags()).toEqual(["--heap-growing-percent=200"]);
    expect(manifest.scripts.start).toBe("node $npm_package_config_nodeFlags scripts/start.js");
  });

  it("should be flags this Node accepts (an unknown one stops node before it runs anything)", () => {
    const run = spawnSync(process.execPath, [...startFlags(), "-e", "0"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(
      spawnSync(process.execPath, ["--heap-growing-percentage=200", "-e", "0"]).status,
    ).not.toBe(0);
  });
});
