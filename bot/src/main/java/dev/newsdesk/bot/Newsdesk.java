package dev.newsdesk.bot;

import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.ExtractiveComposer;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.retrieval.article.Readers;
import dev.newsdesk.retrieval.chunk.PassageSplitter;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.Ingester;
import dev.newsdesk.retrieval.ingest.InputLoader;
import dev.newsdesk.retrieval.ingest.UrlFetcher;
import dev.newsdesk.retrieval.search.Bm25Retriever;
import dev.newsdesk.retrieval.search.TermWeights;
import java.time.Duration;

/** The one place that wires Newsdesk's parts together from the configuration. */
public final class Newsdesk {

  private Newsdesk() {}

  /** The ingest pipeline writing into the given (writable) index. */
  public static Ingester ingester(NewsIndex index, NewsdeskConfig config) {
    InputLoader loader =
        new InputLoader(config.maxFileBytes(), new UrlFetcher(Duration.ofSeconds(config.fetchTimeoutSeconds())));
    return new Ingester(index, loader, Readers::read, new PassageSplitter());
  }

  /** The answering service over the given index, with the offline extractive composer. */
  public static AnsweringService answering(NewsIndex index, NewsdeskConfig config) {
    ExtractiveComposer composer =
        new ExtractiveComposer(new TermWeights(index), config.minCoverage(), config.maxSentences());
    return new AnsweringService(
        new Bm25Retriever(index),
        composer,
        config.passages(),
        config.maxPassagesPerArticle(),
        config.maxQuestionLength());
  }
}
