package dev.newsdesk.bot.answer;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A few articles written for a test, indexed for real (with the in-process embedding model unless
 * told otherwise) and answered through the real pipeline, as of a fixed clock.
 */
final class SmallNews implements AutoCloseable {

  private final Newsdesk newsdesk;
  private final NewsIndex index;
  private final AnsweringService answering;

  private SmallNews(Newsdesk newsdesk, NewsIndex index) {
    this.newsdesk = newsdesk;
    this.index = index;
    this.answering = newsdesk.answering(index);
  }

  /** Indexes the articles into {@code folder} with the embedding model, answering as of {@code now}. */
  static SmallNews of(Path folder, Instant now, List<Article> articles) {
    return of(folder, now, articles, Map.of());
  }

  static SmallNews of(Path folder, Instant now, List<Article> articles, Map<String, String> settings) {
    Map<String, String> env = new HashMap<>(settings);
    Newsdesk newsdesk = new Newsdesk(new ConfigLoader(env, new DataFolders(env, "Linux", folder))
        .load(Optional.empty()).withIndexPath(folder.resolve("index")), Clock.fixed(now, ZoneOffset.UTC));
    try (NewsIndex writable = newsdesk.openForWriting()) {
      newsdesk.ingester(writable).ingestArticles(articles, IngestListener.QUIET);
    }
    return new SmallNews(newsdesk, newsdesk.openForReading());
  }

  /** An article of the given outlet, published at 09:00 UTC on {@code day} (yyyy-mm-dd). */
  static Article article(String slug, String title, String outlet, String day, String text) {
    return Article.of(Optional.of("https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + slug), title,
        outlet, List.of("A. Reporter"), Optional.of(Instant.parse(day + "T09:00:00Z")), text);
  }

  /** The answer's first sentence, up to its first citation mark: what a reader sees first. */
  static String firstSentence(Answer answer) {
    return answer.text().split("(?<=\\]\\.)\\s|(?<=\\])\\s(?=\\p{Lu})")[0];
  }

  AnsweringService answering() {
    return answering;
  }

  Answer ask(String question) {
    return answering.answer(question);
  }

  Answer ask(String conversation, String question) {
    return answering.answer(Question.in(conversation, question), AnswerListener.NONE);
  }

  NewsIndex index() {
    return index;
  }

  Newsdesk newsdesk() {
    return newsdesk;
  }

  @Override
  public void close() {
    index.close();
  }
}
