#!/usr/bin/env node
// `npm start`: builds dist/ if the sources changed since the last build, then runs the bot in this
// same process (one node start, not two), with node's default options: no V8 flags.
import { buildIfChanged } from "./build.js";

const code = buildIfChanged();
if (code !== 0) process.exit(code);
await import("../dist/src/main.js");
