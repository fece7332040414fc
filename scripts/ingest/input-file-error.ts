/** A file the ingest cannot load; the message is the one line the user sees: the file, then the reason. */
export class InputFileError extends Error {
  override readonly name = 'InputFileError';

  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
