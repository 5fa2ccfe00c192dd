package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.util.List;

/** Writes an answer to a question from the retrieved passages, citing them as {@code [n]}. */
@FunctionalInterface
public interface Composer {

  Answer compose(String question, List<RetrievedPassage> passages);
}
