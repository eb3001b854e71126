#!/usr/bin/env node
// Builds the TypeScript (tsconfig.build.json, incremental) into dist/. With --if-changed (and as
// scripts/start.js calls it), it builds only when something the build reads is newer than the
// last build, so an unchanged tree starts without a tsc run.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
/** Written after every successful build: its mtime is when that build started. */
const STAMP = join(root, "dist", ".build-stamp");
const CONFIG = "tsconfig.build.json";
/** What `npm start` runs; without it, dist/ counts as not built whatever the stamp says. */
const MAIN = join(root, "dist", "src", "main.js");
/** tsc's incremental state; it does not check that its outputs still exist, so it goes with them. */
const BUILD_INFO = join(root, "dist", ".tsbuildinfo");

/** The newest mtime under `path`, folders included (removing or renaming a file touches its folder). */
function newestMtime(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** What the build reads: the folders tsconfig.build.json includes, the configs and the manifests. */
function buildInputs() {
  const { include = [] } = JSON.parse(readFileSync(join(root, CONFIG), "utf8"));
  const files = [CONFIG, "tsconfig.json", "package.json", "package-lock.json"];
  return [...include, ...files].map((path) => join(root, path));
}

function isUpToDate() {
  const built = statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined || !existsSync(MAIN)) return false;
  return Math.max(...buildInputs().map(newestMtime)) <= built;
}

/** Runs tsc; on success, dates the stamp from the build's start, so an edit made meanwhile counts. */
export function build() {
  const started = new Date();
  if (!existsSync(MAIN)) rmSync(BUILD_INFO, { force: true });
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  const { status } = spawnSync(process.execPath, [tsc, "-p", CONFIG], {
    cwd: root,
    stdio: "inherit",
  });
  if (status !== 0) return status ?? 1;
  if (!existsSync(STAMP)) writeFileSync(STAMP, "");
  utimesSync(STAMP, started, started);
  return 0;
}

/** What `npm start` runs first: builds only when needed; the exit code to stop with, or 0. */
export function buildIfChanged() {
  if (isUpToDate()) return 0;
  process.stderr.write("containeros: building dist/ (never built, or sources changed since) …\n");
  return build();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(process.argv.includes("--if-changed") ? buildIfChanged() : build());
}
