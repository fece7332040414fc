/** The NLP service could not annotate an article; the message names the service and how to start it. */
export class NlpUnavailableError extends Error {
  override name = 'NlpUnavailableError';
}
