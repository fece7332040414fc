/** The connection to the database dropped while a batch's transaction was committing: its articles may or may not be in the graph. */
export class CommitOutcomeUnknownError extends Error {
  override readonly name = 'CommitOutcomeUnknownError';

  constructor(
    readonly articleIds: string[],
    override readonly cause: unknown,
  ) {
    const named = articleIds.map((id) => `"${id}"`).join(', ');
    super(`ingestExtractions: the database went away while article(s) ${named} were committing; they may be in the graph (ingest them again to be sure)`);
  }
}
