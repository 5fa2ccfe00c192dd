package dev.newsdesk.retrieval.index;

/** What writing one article did to the index. */
public enum UpsertOutcome {
  /** The article was new. */
  ADDED,
  /** The article was there with different content; its passages were replaced. */
  UPDATED,
  /** The article was there with the same content; nothing was written. */
  UNCHANGED
}
