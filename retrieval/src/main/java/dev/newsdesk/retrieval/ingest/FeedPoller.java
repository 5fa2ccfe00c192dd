package dev.newsdesk.retrieval.ingest;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.article.Problem;
import dev.newsdesk.retrieval.article.ReadResult;
import dev.newsdesk.retrieval.article.Readers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one RSS or Atom feed: a conditional GET (ETag, Last-Modified) so an unchanged feed costs a
 * 304; items that carry only a summary get their article page fetched for its main text; new and
 * changed articles are ingested, duplicates found unchanged. Failures back off exponentially.
 */
public final class FeedPoller {

  /** Items with fewer words than this are taken for summaries, and their page is fetched. */
  static final int SUMMARY_WORDS = 80;

  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

  private final Ingester ingester;
  private final UrlFetcher pages;
  private final HttpClient client;
  private final Duration interval;
  private final Duration timeout;
  private final long maxBytes;
  private final Clock clock;

  public FeedPoller(Ingester ingester, UrlFetcher pages, Duration interval, Duration timeout, long maxBytes, Clock clock) {
    this.ingester = ingester;
    this.pages = pages;
    this.interval = interval;
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.clock = clock;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** The outcome of one poll: the feed's new state and what was ingested (empty on 304 or failure). */
  public record Polled(FeedState state, Optional<IngestReport> report) {}

  public Polled poll(FeedState state) {
    try {
      HttpResponse<InputStream> response = client.send(request(state), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() == 304) {
          return new Polled(succeeded(state, state.etag(), state.lastModified()), Optional.empty());
        }
        if (response.statusCode() / 100 != 2) {
          return failed(state, "HTTP " + response.statusCode());
        }
        byte[] bytes = body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > maxBytes) {
          return failed(state, InputLoader.tooLarge(bytes.length, maxBytes));
        }
        Loaded loaded = TextDecoder.decode(state.url(), bytes, StandardCharsets.UTF_8, Optional.of(state.url()),
            response.headers().firstValue("Content-Type"));
        if (loaded instanceof Loaded.Failure failure) {
          return failed(state, failure.problem().reason());
        }
        ReadResult read = Readers.read(((Loaded.Document) loaded).document());
        if (read.articles().isEmpty() && !read.problems().isEmpty()) {
          return failed(state, read.problems().get(0).reason());
        }
        IngestReport report = ingester.ingestArticles(withFullText(read.articles()), IngestListener.QUIET);
        return new Polled(succeeded(state, response.headers().firstValue("ETag"),
            response.headers().firstValue("Last-Modified")), Optional.of(report));
      }
    } catch (IOException e) {
      return failed(state, "cannot fetch: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(state, "interrupted");
    }
  }

  private HttpRequest request(FeedState state) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(state.url())).timeout(timeout)
        .header("User-Agent", "Newsdesk/0.1 (+news question answering)")
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
    state.etag().ifPresent(etag -> request.header("If-None-Match", etag));
    state.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
    return request.GET().build();
  }

  /** Items that carry only a summary, with the main text of their page when it can be fetched. */
  private List<Article> withFullText(List<Article> items) {
    List<Article> out = new ArrayList<>(items.size());
    for (Article item : items) {
      out.add(item.url().isPresent() && words(item.text()) < SUMMARY_WORDS ? fullText(item) : item);
    }
    return out;
  }

  private Article fullText(Article item) {
    Loaded page = pages.fetch(URI.create(item.url().get()), maxBytes);
    if (page instanceof Loaded.Document document) {
      ReadResult read = Readers.read(document.document());
      if (!read.articles().isEmpty() && words(read.articles().get(0).text()) > words(item.text())) {
        Article full = read.articles().get(0);
        return new Article(item.id(), item.url(), item.title(), item.outlet(),
            item.authors().isEmpty() ? full.authors() : item.authors(),
            item.published().or(full::published), full.text());
      }
    } else {
      Problem problem = ((Loaded.Failure) page).problem();
      log.info("kept the summary of {}: its page could not be read ({})", item.url().get(), problem.reason());
    }
    return item;
  }

  private FeedState succeeded(FeedState state, Optional<String> etag, Optional<String> lastModified) {
    return new FeedState(state.url(), etag, lastModified, 0, clock.instant().plus(interval), Optional.empty());
  }

  /** Waits the interval times 2^failures, at most a day, before the next try. */
  private Polled failed(FeedState state, String reason) {
    int failures = state.failures() + 1;
    long factor = 1L << Math.min(failures, 10);
    Duration wait = interval.multipliedBy(factor).compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : interval.multipliedBy(factor);
    log.warn("feed {} failed ({}); next try in {} min", state.url(), reason, wait.toMinutes());
    return new Polled(new FeedState(state.url(), state.etag(), state.lastModified(), failures,
        clock.instant().plus(wait), Optional.of(reason)), Optional.empty());
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
