package dev.newsdesk.bot.watch;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.ingest.CommitHook;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The ingest's commit hook: records each article an ingest adds in the watch database before the
 * index commits it ({@code staged}: headline, outlet, dates and the whole text, which the matcher
 * analyses), marks them committed after, and wakes the matcher. Matching, and any analysis of the
 * text, runs on the matcher's own thread, so ingest only pays for one small transaction per commit.
 *
 * <p>An article published more than {@code maxAge} before it is ingested (a back-fill of old news)
 * is not recorded, so it never alerts. An undated article counts as published when ingested.
 */
public final class AlertInbox implements CommitHook {

  private final WatchDatabase db;
  private final Clock clock;
  private final Duration maxAge;
  private final Runnable wake;

  public AlertInbox(WatchDatabase db, Clock clock, Duration maxAge, Runnable wake) {
    this.db = db;
    this.clock = clock;
    this.maxAge = maxAge;
    this.wake = wake;
  }

  @Override
  public void staged(List<Article> added) {
    Instant now = clock.instant();
    List<Article> fresh = added.stream()
        .filter(a -> a.published().map(p -> !p.isBefore(now.minus(maxAge))).orElse(true)).toList();
    if (fresh.isEmpty()) {
      return;
    }
    db.transaction(c -> {
      try (PreparedStatement insert = c.prepareStatement("INSERT OR REPLACE INTO inbox "
          + "(article_id, title, outlet, url, published, ingested, committed, lead, text) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
        for (Article a : fresh) {
          insert.setString(1, a.id());
          insert.setString(2, a.title());
          insert.setString(3, a.outlet());
          insert.setString(4, a.url().orElse(null));
          if (a.published().isPresent()) {
            insert.setLong(5, a.published().get().toEpochMilli());
          } else {
            insert.setNull(5, java.sql.Types.INTEGER);
          }
          insert.setLong(6, now.toEpochMilli());
          insert.setString(7, a.text().substring(0, Math.min(a.text().length(), NewArticle.LEAD_CHARS)));
          insert.setString(8, a.text());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
  }

  @Override
  public void committed() {
    db.transaction(c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE inbox SET committed = 1 WHERE committed = 0")) {
        return update.executeUpdate();
      }
    });
    wake.run();
  }

  /**
   * After a crash: an article staged whose commit may not have happened is kept when the index
   * holds it and forgotten otherwise (the next ingest of it stages it again).
   */
  void recover(Predicate<String> inIndex) {
    List<String> uncertain = db.transaction(c -> ids(c, "SELECT article_id FROM inbox WHERE committed = 0"));
    List<String> kept = uncertain.stream().filter(inIndex).toList();
    db.transaction(c -> {
      for (String id : uncertain) {
        String sql = kept.contains(id) ? "UPDATE inbox SET committed = 1 WHERE article_id = ?"
            : "DELETE FROM inbox WHERE article_id = ?";
        try (PreparedStatement statement = c.prepareStatement(sql)) {
          statement.setString(1, id);
          statement.executeUpdate();
        }
      }
      return null;
    });
  }

  /** The committed articles waiting to be matched, oldest first, at most {@code limit}. */
  List<NewArticle> waiting(int limit) {
    return db.transaction(c -> {
      List<NewArticle> articles = new ArrayList<>();
      try (PreparedStatement query = c.prepareStatement(
          "SELECT * FROM inbox WHERE committed = 1 ORDER BY ingested, article_id LIMIT ?")) {
        query.setInt(1, limit);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            long published = rows.getLong("published");
            Optional<Instant> date = rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(published));
            articles.add(new NewArticle(rows.getString("article_id"), rows.getString("title"), rows.getString("outlet"),
                Optional.ofNullable(rows.getString("url")), date, Instant.ofEpochMilli(rows.getLong("ingested")),
                rows.getString("lead"), Optional.ofNullable(rows.getString("text"))));
          }
        }
      }
      return articles;
    });
  }

  /** Removes matched articles, in the transaction that records their alerts. */
  static void remove(Connection c, Collection<NewArticle> articles) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM inbox WHERE article_id = ?")) {
      for (NewArticle a : articles) {
        delete.setString(1, a.articleId());
        delete.addBatch();
      }
      delete.executeBatch();
    }
  }

  private static List<String> ids(Connection c, String sql) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }
}
