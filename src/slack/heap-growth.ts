import { setFlagsFromString } from "node:v8";

/** How far the heap may grow past what is alive before V8 runs a full collection, in percent. */
export const HEAP_GROWING_PERCENT = 200;

/**
 * Lets the heap grow to three times what is alive between full garbage collections, where V8
 * allows a small heap up to about four times. Under load most of a Bolt app's resident memory is
 * garbage waiting for that collection, so it follows what stays alive: about 17 MB for a bare Bolt
 * app and 25 MB for ours (zod, the knowledge and its indexes), which V8's default turned into 35
 * to 50 MB more resident memory than the bare app's. At 200 % ours stays within 20 MB of it; at
 * 100 % it stayed under it, but the extra full collections cost a tenth of the throughput
 * (README, Performance). The flag is read at each collection, so setting it once at start is enough.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
