/** The store the bot writes cannot be reached: a condition to report plainly, not an internal error. */
export class StoreUnavailableError extends Error {
  readonly code = "containeros_store_unavailable";
  constructor(message: string) {
    super(message);
    this.name = "StoreUnavailableError";
  }
}
