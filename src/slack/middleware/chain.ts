import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

type Step = Middleware<AnyMiddlewareArgs>;

/**
 * Several global middleware as one `app.use` step, run in order; a step that does not call
 * `next()` stops the rest and the listeners, and a failure anywhere reaches the steps before it
 * as it would in Bolt. Bolt dispatches every `app.use` step through async functions of its own,
 * with a copy of the listener arguments each, on every request; as one step ours cost less
 * (README, Performance). Like Bolt, a step may call `next()` once.
 */
export function chain(...steps: Step[]): Step {
  return (args) => {
    let called = -1;
    const run = (index: number): Promise<void> => {
      if (index <= called) return Promise.reject(new Error("next() called multiple times"));
      called = index;
      const step = steps[index];
      return step ? step({ ...args, next: () => run(index + 1) }) : args.next();
    };
    return run(0);
  };
}
