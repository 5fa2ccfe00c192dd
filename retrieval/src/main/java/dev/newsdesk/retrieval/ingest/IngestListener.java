package dev.newsdesk.retrieval.ingest;

/** Hears about an ingest run's progress, for a progress bar; every method has a quiet default. */
public interface IngestListener {

  IngestListener QUIET = new IngestListener() {};

  /** A document was read and holds this many articles still to be written. */
  default void documentRead(String location, int articles) {}

  /** One article was written (or found unchanged, or skipped). */
  default void articleDone() {}
}
