/** The store the bot writes cannot be reached: a condition to report plainly, not an internal error. */
export class StoreUnavailableError extends Error {
  readonly code = "containeros_store_unavailable";
  constructor(message: string) {
    super(message);
    this.name = "StoreUnavailableError";
  }
}

/** What went wrong, in one line for a log: an Error's message, anything else as text. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
