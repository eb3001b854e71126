import { createRequire } from "node:module";
import type * as PromClient from "prom-client";

/**
 * The four prom-client classes the metrics use, loaded from their own modules. prom-client's index
 * also loads its Pushgateway (http, https, zlib), Summary, cluster aggregation and default metrics:
 * about 90 ms of the bot's start-up, against 9 ms for these. The types are the package's own.
 */
const require = createRequire(import.meta.url);

export const Counter = require("prom-client/lib/counter") as typeof PromClient.Counter;
export const Gauge = require("prom-client/lib/gauge") as typeof PromClient.Gauge;
export const Histogram = require("prom-client/lib/histogram") as typeof PromClient.Histogram;
export const Registry = require("prom-client/lib/registry") as typeof PromClient.Registry;
