package dev.newsdesk.bot;

import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.article.ReadResult;
import dev.newsdesk.retrieval.article.Readers;
import dev.newsdesk.retrieval.article.SourceDocument;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import dev.newsdesk.retrieval.ingest.IngestReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The invented sample news bundled in the jar, indexed on first use so a new user can ask
 * questions straight away.
 */
public final class SampleNews {

  static final String RESOURCE = "/sample-news/sample-news.jsonl";

  private SampleNews() {}

  /** The bundled articles, read like any JSON Lines file. */
  public static ReadResult read() {
    try (InputStream in = SampleNews.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new RetrievalException("the sample news " + RESOURCE + " is missing from the jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Readers.read(SourceDocument.ofFile("sample-news.jsonl", text));
    } catch (IOException e) {
      throw new RetrievalException("cannot read the bundled sample news", e);
    }
  }

  /** Indexes the sample news when the index holds no articles; returns the report if it did. */
  public static java.util.Optional<IngestReport> indexIfEmpty(Newsdesk newsdesk) {
    try (NewsIndex probe = newsdesk.openForReading()) {
      if (probe.stats().articles() > 0) {
        return java.util.Optional.empty();
      }
    }
    try (NewsIndex index = newsdesk.openForWriting()) {
      return java.util.Optional.of(
          newsdesk.ingester(index).ingestArticles(read().articles(), IngestListener.QUIET));
    }
  }
}
