package dev.newsdesk.retrieval.ingest;

import dev.newsdesk.retrieval.article.Article;
import java.util.List;

/**
 * Hears which articles an ingest run adds, around each commit of the index, so that work on new
 * articles (alerts) can run off the ingest path and survive a crash at any moment: {@link #staged}
 * runs before the commit and must have recorded the articles durably when it returns; {@link
 * #committed} runs once the commit made them searchable. An article staged whose commit never
 * happened is simply not in the index; the hook's owner must check.
 */
public interface CommitHook {

  CommitHook NONE = new CommitHook() {
    @Override
    public void staged(List<Article> added) {}

    @Override
    public void committed() {}
  };

  /** The articles added (not updated, not unchanged) since the last commit; called only when there are some. */
  void staged(List<Article> added);

  /** The commit after the last {@link #staged} call is done. */
  void committed();
}
