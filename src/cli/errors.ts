/** A mistake in how the CLI was called: reported in one line with exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}
