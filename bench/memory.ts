import { readFileSync } from "node:fs";
import { round1 } from "./stats.js";

export interface Rss {
  /** Resident memory (VmRSS), MB. */
  rssMb: number;
  /** Peak resident memory so far (VmHWM), MB. */
  peakMb: number;
}

/** Resident memory of a Linux process, from /proc/<pid>/status. */
export function readRss(pid: number): Rss {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const mb = (field: string) =>
    round1(Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1]) / 1024);
  return { rssMb: mb("VmRSS"), peakMb: mb("VmHWM") };
}

export interface AppMemory {
  afterStartupMb: number;
  afterHttpMb: number;
  peakMb: number;
}

export interface MemoryResult {
  ours: AppMemory;
  bare: AppMemory;
  /** Our resident memory after the HTTP run minus the bare app's, MB. */
  overheadMb: number;
}

export function memoryResult(
  startup: Record<"ours" | "bare", Rss>,
  afterHttp: Record<"ours" | "bare", Rss>,
): MemoryResult {
  const side = (kind: "ours" | "bare"): AppMemory => ({
    afterStartupMb: startup[kind].rssMb,
    afterHttpMb: afterHttp[kind].rssMb,
    peakMb: afterHttp[kind].peakMb,
  });
  return {
    ours: side("ours"),
    bare: side("bare"),
    overheadMb: round1(afterHttp.ours.rssMb - afterHttp.bare.rssMb),
  };
}
