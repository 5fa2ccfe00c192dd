package dev.newsdesk.retrieval.article;

/**
 * Turns one decoded document of a known format into articles.
 *
 * <p>A reader never throws for bad content: whatever it cannot use becomes a {@link Problem} in
 * the result, so one bad record never hides the good ones beside it.
 */
@FunctionalInterface
public interface ArticleReader {

  ReadResult read(SourceDocument document);
}
