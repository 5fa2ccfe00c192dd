package dev.newsdesk.retrieval.ingest;

import dev.newsdesk.retrieval.article.Problem;
import dev.newsdesk.retrieval.article.SourceDocument;

/** An input after loading: either its decoded document or the reason it could not be read. */
sealed interface Loaded {

  record Document(SourceDocument document) implements Loaded {}

  record Failure(Problem problem) implements Loaded {}
}
