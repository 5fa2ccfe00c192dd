package dev.newsdesk.bot.watch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.newsdesk.bot.story.StoryArticle;

/**
 * Alerts to send and sent, in the watch database: one row per subscriber and story, so a story
 * (all its syndicated copies) alerts a subscriber once, ever. A row is written in the transaction
 * that takes its article off the inbox, and marked sent after the channel accepted it: a restart
 * resends what was not marked, and never skips a row.
 */
final class Outbox {

  /** A row waiting to be sent. */
  record Pending(long id, Subscriber subscriber, AlertItem item, Instant created) {}

  private final WatchDatabase db;

  Outbox(WatchDatabase db) {
    this.db = db;
  }

  /** Adds an alert unless the subscriber already has one for the story; whether it was added. */
  static boolean add(Connection c, Subscriber to, String story, NewArticle article, AlertItem item, Instant now)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("INSERT OR IGNORE INTO outbox (kind, address, story, topic, "
        + "article_id, title, outlet, url, published, sentence, created, lead) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      String articleId = article.articleId();
      insert.setString(1, to.kind().key());
      insert.setString(2, to.address());
      insert.setString(3, story);
      insert.setString(4, item.topic());
      insert.setString(5, articleId);
      insert.setString(6, item.title());
      insert.setString(7, item.outlet());
      insert.setString(8, item.url().orElse(null));
      if (item.published().isPresent()) {
        insert.setLong(9, item.published().get().toEpochMilli());
      } else {
        insert.setNull(9, java.sql.Types.INTEGER);
      }
      insert.setString(10, item.sentence());
      insert.setLong(11, now.toEpochMilli());
      insert.setString(12, article.lead());
      return insert.executeUpdate() == 1;
    }
  }

  /** The articles the subscriber was alerted to (or will be) since the instant, as story grouping compares them. */
  static List<StoryArticle> recent(Connection c, Subscriber to, Instant since) throws SQLException {
    List<StoryArticle> articles = new ArrayList<>();
    try (PreparedStatement query = c.prepareStatement(
        "SELECT * FROM outbox WHERE kind = ? AND address = ? AND created >= ? ORDER BY id")) {
      query.setString(1, to.kind().key());
      query.setString(2, to.address());
      query.setLong(3, since.toEpochMilli());
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          long published = r.getLong("published");
          Optional<Instant> date = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(published));
          articles.add(new StoryArticle(r.getString("article_id"), r.getString("title"), r.getString("outlet"), date,
              Optional.ofNullable(r.getString("url")), r.getString("lead")));
        }
      }
    }
    return articles;
  }

  /** Every unsent row of subscribers who are not paused, oldest first. */
  List<Pending> pending() {
    return db.transaction(c -> {
      List<Pending> rows = new ArrayList<>();
      try (PreparedStatement query = c.prepareStatement("SELECT o.* FROM outbox o JOIN subscriber s "
          + "ON s.kind = o.kind AND s.address = o.address WHERE o.sent IS NULL AND s.paused = 0 ORDER BY o.id");
          ResultSet r = query.executeQuery()) {
        while (r.next()) {
          long published = r.getLong("published");
          Optional<Instant> date = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(published));
          rows.add(new Pending(r.getLong("id"), new Subscriber(Subscriber.Kind.of(r.getString("kind")), r.getString("address")),
              new AlertItem(r.getString("topic"), r.getString("title"), r.getString("outlet"), date,
                  Optional.ofNullable(r.getString("url")), r.getString("sentence")),
              Instant.ofEpochMilli(r.getLong("created"))));
        }
      }
      return rows;
    });
  }

  /** How many alert items the subscriber was sent at or after the instant. */
  int sentSince(Subscriber to, Instant since) {
    return db.transaction(c -> {
      try (PreparedStatement query = c.prepareStatement(
          "SELECT COUNT(*) FROM outbox WHERE kind = ? AND address = ? AND sent >= ?")) {
        query.setString(1, to.kind().key());
        query.setString(2, to.address());
        query.setLong(3, since.toEpochMilli());
        try (ResultSet r = query.executeQuery()) {
          return r.next() ? r.getInt(1) : 0;
        }
      }
    });
  }

  /** The earliest instant at or after {@code since} at which the subscriber was sent an item. */
  Optional<Instant> firstSentSince(Subscriber to, Instant since) {
    return db.transaction(c -> {
      try (PreparedStatement query = c.prepareStatement(
          "SELECT MIN(sent) FROM outbox WHERE kind = ? AND address = ? AND sent >= ?")) {
        query.setString(1, to.kind().key());
        query.setString(2, to.address());
        query.setLong(3, since.toEpochMilli());
        try (ResultSet r = query.executeQuery()) {
          long first = r.next() ? r.getLong(1) : 0;
          return r.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(first));
        }
      }
    });
  }

  /** Marks rows sent at the instant. */
  void markSent(List<Long> ids, Instant at) {
    db.transaction(c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE outbox SET sent = ? WHERE id = ?")) {
        for (long id : ids) {
          update.setLong(1, at.toEpochMilli());
          update.setLong(2, id);
          update.addBatch();
        }
        update.executeBatch();
      }
      return null;
    });
  }
}
