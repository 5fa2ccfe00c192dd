package dev.newsdesk.retrieval.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A retriever decorator for searches limited to dates: when nothing is found in the dates, it
 * searches again without them and records that it did, so a misread or empty date range never
 * hides the news and the answer can say which dates were searched.
 *
 * <p>Failures of the wrapped retriever pass through unchanged: an exception is never turned into
 * an empty result.
 */
public final class DateWidening {

  private final Retriever retriever;

  public DateWidening(Retriever retriever) {
    this.retriever = Objects.requireNonNull(retriever, "retriever");
  }

  /** The passages for the request; widened (no date range) only when the dated search is empty. */
  public Retrieval retrieve(SearchRequest request) {
    List<RetrievedPassage> found = retriever.retrieve(request);
    if (!found.isEmpty() || !dated(request)) {
      return new Retrieval(found, request, false);
    }
    return widen(request);
  }

  /** The passages for the request within its date range, never widened. */
  public Retrieval within(SearchRequest request) {
    return new Retrieval(retriever.retrieve(request), request, false);
  }

  /**
   * The passages for the request without its date range, recorded as widened. A widened dated search
   * reads {@value #WIDENED_DEPTH} times the passages asked for: its answer is announced as the latest
   * on the question's topic, so the newest story must be among those read, not only the best-matching
   * older ones ("What happened yesterday in Brennick?" had found June's port strike and August's
   * festival, not October's museum opening).
   */
  public Retrieval widen(SearchRequest request) {
    SearchRequest undated = request.withDateRange(Optional.empty(), Optional.empty());
    return new Retrieval(
        retriever.retrieve(dated(request) ? undated.withK(request.k() * WIDENED_DEPTH) : undated), request,
        dated(request));
  }

  /**
   * The opening passages of the newest articles within the request's dates ({@link
   * Retriever#newest}); when none was published in them and {@code widen} is set, the newest of all
   * dates up to the as-of instant, recorded as widened ("nothing from today; the latest, from …").
   */
  public Retrieval newest(SearchRequest request, boolean widen) {
    List<RetrievedPassage> found = retriever.newest(request);
    if (!found.isEmpty() || !dated(request) || !widen) {
      return new Retrieval(found, request, false);
    }
    return new Retrieval(retriever.newest(request.withDateRange(Optional.empty(), Optional.empty())), request, true);
  }

  /** How many times the passages asked for a widened dated search reads. */
  public static final int WIDENED_DEPTH = 3;

  private static boolean dated(SearchRequest request) {
    return request.from().isPresent() || request.to().isPresent();
  }

  /**
   * What a search found: the passages, best first; the request as planned (its date range is the
   * one asked for); and whether that range was dropped because nothing was found in it.
   */
  public record Retrieval(List<RetrievedPassage> passages, SearchRequest request, boolean widened) {

    public Retrieval {
      passages = List.copyOf(passages);
      Objects.requireNonNull(request, "request");
    }
  }
}
