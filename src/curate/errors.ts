/** A curator's change that was refused; nothing was written. Lists every reason at once. */
export class CurationError extends Error {
  readonly code = "containeros_curation_refused";
  constructor(
    what: string,
    readonly reasons: string[],
  ) {
    super(`${what}: nothing was changed.\n${reasons.map((reason) => `  ${reason}`).join("\n")}`);
    this.name = "CurationError";
  }
}
