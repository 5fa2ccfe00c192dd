package dev.newsdesk.retrieval.eval;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.util.List;

/** Picks one of a question's choices using only the passages retrieved for it. */
@FunctionalInterface
public interface ChoicePicker {

  /** The 0-based index of the chosen choice. */
  int pick(EvalQuestion.Asked question, List<RetrievedPassage> passages);
}
