/** Thrown when an analyst's input cannot become an `Article`; the message names the file and the reason on one line. */
export class ArticleMalformedError extends Error {
  override readonly name = 'ArticleMalformedError';
  /** Stable id for the API's error catalogue. */
  readonly code = 'ARTICLE_MALFORMED';
  readonly reason: string;
  readonly fileName: string | undefined;

  constructor(reason: string, fileName?: string) {
    const oneLine = reason.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    super(`readArticle: ${fileName ?? 'input'}: ${oneLine}`);
    this.reason = oneLine;
    this.fileName = fileName;
  }
}
