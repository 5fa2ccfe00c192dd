package dev.newsdesk.retrieval.search;

/** Which sources a search reads: both fused (the default), or one alone for comparison. */
public enum SearchMode {
  HYBRID,
  BM25,
  VECTOR
}
