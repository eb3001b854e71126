import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { InFlight } from "../in-flight.js";

/** Global middleware: every request's listeners run inside `inFlight`, so shutdown can wait. */
export const trackInFlight =
  (inFlight: InFlight): Middleware<AnyMiddlewareArgs> =>
  async ({ next }) => {
    await inFlight.run(next);
  };
