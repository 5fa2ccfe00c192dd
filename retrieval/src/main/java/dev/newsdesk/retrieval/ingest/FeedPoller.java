package dev.newsdesk.retrieval.ingest;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.article.Problem;
import dev.newsdesk.retrieval.article.ReadResult;
import dev.newsdesk.retrieval.article.Readers;
import java.io.IOException;
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
 *
 * <p>Every download has a whole-download deadline (the timeout); the item pages of one poll share
 * a budget of {@value #PAGE_BUDGET_TIMEOUTS} timeouts, after which the remaining items keep their
 * summaries, so one slow site holds the poller for a bounded time. An item whose link is not a web
 * address is reported and skipped; its neighbours are ingested.
 */
public final class FeedPoller {

  /** Items with fewer words than this are taken for summaries, and their page is fetched. */
  static final int SUMMARY_WORDS = 80;

  /** How many timeouts the item pages of one poll may take together. */
  static final int PAGE_BUDGET_TIMEOUTS = 3;

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

  /**
   * The outcome of one poll: the feed's new state, what was ingested (empty on 304 or failure), and
   * the items skipped or left with their summary, with why (a bad link, a refused or failed page).
   */
  public record Polled(FeedState state, Optional<IngestReport> report, List<Problem> itemProblems) {
    public Polled {
      java.util.Objects.requireNonNull(state, "state");
      java.util.Objects.requireNonNull(report, "report");
      itemProblems = List.copyOf(itemProblems);
    }

    public Polled(FeedState state, Optional<IngestReport> report) {
      this(state, report, List.of());
    }
  }

  /** Polls the feed once; never throws: an unexpected failure is a failed poll, backed off like any other. */
  public Polled poll(FeedState state) {
    try {
      return fetchAndIngest(state);
    } catch (RuntimeException e) {
      log.error("feed {}: unexpected failure", state.url(), e);
      return failed(state, "unexpected failure: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  private Polled fetchAndIngest(FeedState state) {
    try {
      HttpResponse<byte[]> response = BoundedDownload.get(client, request(state), maxBytes, timeout);
      if (response.statusCode() == 304) {
        return new Polled(succeeded(state, state.etag(), state.lastModified()), Optional.empty());
      }
      if (response.statusCode() / 100 != 2) {
        return failed(state, "HTTP " + response.statusCode());
      }
      byte[] bytes = response.body();
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
      List<Problem> problems = new ArrayList<>();
      IngestReport report = ingester.ingestArticles(withFullText(webItems(read.articles(), problems), problems),
          IngestListener.QUIET);
      return new Polled(succeeded(state, response.headers().firstValue("ETag"),
          response.headers().firstValue("Last-Modified")), Optional.of(report), problems);
    } catch (java.util.concurrent.TimeoutException e) {
      return failed(state, "timed out after " + timeout.toSeconds() + " s");
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

  /** The items whose link, if any, is a web address; the others are reported and skipped. */
  private static List<Article> webItems(List<Article> items, List<Problem> problems) {
    List<Article> out = new ArrayList<>(items.size());
    for (Article item : items) {
      Optional<String> bad = item.url().flatMap(FeedPoller::notWebAddress);
      if (bad.isPresent()) {
        problems.add(Problem.failed("feed item \"" + item.title() + "\"", bad.get() + "; item skipped"));
        log.warn("feed item \"{}\" skipped: {}", item.title(), bad.get());
      } else {
        out.add(item);
      }
    }
    return out;
  }

  private static Optional<String> notWebAddress(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return Optional.of("its link is not a web address: " + shown(url));
      }
      return Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.of("its link is malformed: " + shown(url));
    }
  }

  private static String shown(String url) {
    return url.length() <= 200 ? url : url.substring(0, 200) + "…";
  }

  /** Items that carry only a summary, with the main text of their page when it can be fetched in the budget. */
  private List<Article> withFullText(List<Article> items, List<Problem> problems) {
    long budgetEnds = System.nanoTime() + timeout.multipliedBy(PAGE_BUDGET_TIMEOUTS).toNanos();
    List<Article> out = new ArrayList<>(items.size());
    for (Article item : items) {
      boolean summary = item.url().isPresent() && words(item.text()) < SUMMARY_WORDS;
      if (summary && System.nanoTime() - budgetEnds < 0) {
        out.add(fullText(item, problems));
      } else {
        out.add(item);
      }
    }
    return out;
  }

  private Article fullText(Article item, List<Problem> problems) {
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
      problems.add(Problem.skipped(problem.location(), "kept the summary: " + problem.reason()));
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
