/** A failure of the local CoreNLP worker's provisioning or start, with a message fit for the terminal. */
export class LocalNlpError extends Error {
  override name = 'LocalNlpError';
}
