package dev.newsdesk.bot.watch;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real retriever that remembers each request it answered. */
final class CountingRetriever implements Retriever {

  private final Retriever real;
  private final List<SearchRequest> requests = new CopyOnWriteArrayList<>();

  CountingRetriever(Retriever real) {
    this.real = real;
  }

  @Override
  public List<RetrievedPassage> retrieve(SearchRequest request) {
    requests.add(request);
    return real.retrieve(request);
  }

  @Override
  public List<RetrievedPassage> newest(SearchRequest request) {
    requests.add(request);
    return real.newest(request);
  }

  /** The requests answered, in order. */
  List<SearchRequest> requests() {
    return List.copyOf(requests);
  }
}
