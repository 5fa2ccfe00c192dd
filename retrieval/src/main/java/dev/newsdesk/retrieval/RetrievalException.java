package dev.newsdesk.retrieval;

/**
 * The index or an input could not be read or written: the one unchecked failure of this module.
 *
 * <p>It is never turned into an empty result: "the index is broken" must not look like "no news".
 */
public final class RetrievalException extends RuntimeException {

  public RetrievalException(String message, Throwable cause) {
    super(message, cause);
  }

  public RetrievalException(String message) {
    super(message);
  }
}
