/** The connection to the database dropped while an article's transaction was committing: it may or may not be in the graph. */
export class CommitOutcomeUnknownError extends Error {
  override readonly name = 'CommitOutcomeUnknownError';

  constructor(
    readonly articleId: string,
    override readonly cause: unknown,
  ) {
    super(`ingestExtraction: the database went away while article "${articleId}" was committing; it may be in the graph (ingest it again to be sure)`);
  }
}
