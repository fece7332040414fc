/** The extractor's one error type: its output broke the contract, or its input could not be read. */
export class ExtractionError extends Error {
  override readonly name = 'ExtractionError';

  constructor(
    message: string,
    readonly articleId: string,
  ) {
    super(`extractArticle: ${articleId}: ${message}`);
  }
}
