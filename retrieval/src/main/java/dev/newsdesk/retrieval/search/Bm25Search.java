package dev.newsdesk.retrieval.search;

import java.io.IOException;
import java.util.List;

/**
 * Keyword search with BM25 over passage text and headline, run by the archive's engine.
 *
 * <p>The headline is boosted because it names the story; word pairs of the question that occur
 * close together in a passage (within {@value #PROXIMITY_SLOP} positions) add a small bonus, which
 * favours passages about the same thing over ones that merely share words.
 */
public final class Bm25Search implements CandidateSource {

  /** How far apart (in positions) the question's words may be for the proximity bonus. */
  public static final int PROXIMITY_SLOP = 8;

  /** The weight of the proximity bonus against the terms' own scores. */
  public static final float PROXIMITY_BOOST = 0.5f;

  /** The default weight of the headline's terms. */
  public static final float TITLE_BOOST = 1.5f;

  private final float titleBoost;

  public Bm25Search(float titleBoost) {
    this.titleBoost = titleBoost;
  }

  public Bm25Search() {
    this(TITLE_BOOST);
  }

  @Override
  public String name() {
    return "bm25";
  }

  @Override
  public List<Object> candidates(SearchView view, SearchRequest request, int depth) throws IOException {
    return view.keywords(request, titleBoost, depth);
  }
}
