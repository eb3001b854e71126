import type { Logger } from "@slack/bolt";
import { vi } from "vitest";
import type { Engine } from "../../src/core/engine.js";
import { Metrics } from "../../src/metrics/metrics.js";
import type { SlackDeps } from "../../src/slack/deps.js";
import { MemoryContextStore } from "../../src/store/context-store.js";
import { MemoryDedupStore } from "../../src/store/dedup.js";
import type { StoredEvent } from "../../src/store/events.js";
import { MemoryFloodCounter } from "../../src/store/flood.js";
import { realEngine } from "./engine.js";

/** A Bolt logger that keeps every line, as `LEVEL message`, for assertions. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at =
    (level: string) =>
    (...parts: unknown[]) =>
      void lines.push(`${level} ${parts.map(String).join(" ")}`);
  return {
    lines,
    debug: vi.fn(at("DEBUG")),
    info: vi.fn(at("INFO")),
    warn: vi.fn(at("WARN")),
    error: vi.fn(at("ERROR")),
    setLevel: vi.fn(),
    getLevel: vi.fn(),
    setName: vi.fn(),
  } as Logger & { lines: string[] };
}

/** Listener dependencies in memory over the real engine; `recorded` holds appended events. */
export function buildSlackDeps(overrides: Partial<SlackDeps> = {}): {
  deps: SlackDeps;
  recorded: StoredEvent[];
} {
  const recorded: StoredEvent[] = [];
  const deps: SlackDeps = {
    engine: realEngine(),
    dedup: new MemoryDedupStore(),
    contexts: new MemoryContextStore(),
    events: { append: async (event) => void recorded.push(event), read: async () => recorded },
    flood: new MemoryFloodCounter(),
    metrics: new Metrics(),
    ...overrides,
  };
  return { deps, recorded };
}

/** An engine whose every answer fails, as a bug in the core would. */
export function throwingEngine(error: Error): Engine {
  return {
    ...realEngine(),
    ask: () => {
      throw error;
    },
  };
}
