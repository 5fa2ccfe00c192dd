package dev.newsdesk.bot.watch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The followed topics and briefing times in the watch database; every change is one transaction. */
public final class Subscriptions {

  /** The most topics one subscriber may follow. */
  public static final int MAX_TOPICS = 50;

  /** A subscriber's daily briefing time, in its time zone. */
  public record BriefingTime(Subscriber subscriber, LocalTime time, ZoneId zone, Optional<String> lastSentDay) {}

  private final WatchDatabase db;
  private final Clock clock;

  public Subscriptions(WatchDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Follows a topic (lower-cased, spaces collapsed); following it again changes nothing and says so.
   *
   * @return the subscription, and whether it is new
   */
  public Followed follow(Subscriber subscriber, String topic, Optional<String> outlet) {
    String clean = topic.strip().replaceAll("\\s+", " ");
    String from = outlet.map(String::strip).orElse("");
    return db.transaction(c -> {
      ensureSubscriber(c, subscriber);
      resume(c, subscriber);
      List<Subscription> existing = list(c, subscriber);
      for (Subscription s : existing) {
        if (s.topic().equalsIgnoreCase(clean) && s.outlet().orElse("").equalsIgnoreCase(from)) {
          return new Followed(s, false);
        }
      }
      if (existing.size() >= MAX_TOPICS) {
        throw new IllegalArgumentException("you already follow " + MAX_TOPICS + " topics; unfollow one first");
      }
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO subscription (kind, address, topic, outlet, created) VALUES (?, ?, ?, ?, ?)")) {
        insert.setString(1, subscriber.kind().key());
        insert.setString(2, subscriber.address());
        insert.setString(3, clean);
        insert.setString(4, from);
        insert.setLong(5, clock.millis());
        insert.executeUpdate();
      }
      List<Subscription> now = list(c, subscriber);
      return new Followed(now.get(now.size() - 1), true);
    });
  }

  /** A subscription and whether {@link #follow} created it. */
  public record Followed(Subscription subscription, boolean created) {}

  /** The subscriber's topics, oldest first (their position is the {@code n} of {@code /unfollow n}). */
  public List<Subscription> of(Subscriber subscriber) {
    return db.transaction(c -> list(c, subscriber));
  }

  /** Every subscription of every subscriber that is not paused. */
  public List<Subscription> active() {
    return db.transaction(c -> read(c.prepareStatement(
        "SELECT s.* FROM subscription s JOIN subscriber r ON r.kind = s.kind AND r.address = s.address "
            + "WHERE r.paused = 0 ORDER BY s.id")));
  }

  /** Stops following the topic at position {@code n} (from 1) or named so; the one removed, if any. */
  public Optional<Subscription> unfollow(Subscriber subscriber, String numberOrTopic) {
    String wanted = numberOrTopic.strip();
    return db.transaction(c -> {
      List<Subscription> mine = list(c, subscriber);
      Optional<Subscription> gone = Optional.empty();
      if (wanted.matches("\\d{1,3}")) {
        int n = Integer.parseInt(wanted);
        gone = n >= 1 && n <= mine.size() ? Optional.of(mine.get(n - 1)) : Optional.empty();
      } else {
        gone = mine.stream().filter(s -> s.topic().equalsIgnoreCase(wanted) || s.label().equalsIgnoreCase(wanted))
            .findFirst();
      }
      if (gone.isPresent()) {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM subscription WHERE id = ?")) {
          delete.setLong(1, gone.get().id());
          delete.executeUpdate();
        }
      }
      return gone;
    });
  }

  /** Sets (or, with an empty time, turns off) the subscriber's daily briefing. */
  public void briefingAt(Subscriber subscriber, Optional<LocalTime> time, ZoneId zone) {
    db.transaction(c -> {
      ensureSubscriber(c, subscriber);
      try (PreparedStatement update = c.prepareStatement(
          "UPDATE subscriber SET briefing_time = ?, briefing_zone = ? WHERE kind = ? AND address = ?")) {
        update.setString(1, time.map(LocalTime::toString).orElse(null));
        update.setString(2, time.isPresent() ? zone.getId() : null);
        update.setString(3, subscriber.kind().key());
        update.setString(4, subscriber.address());
        update.executeUpdate();
      }
      return null;
    });
  }

  /** Every briefing time set by a subscriber that is not paused. */
  public List<BriefingTime> briefingTimes() {
    return db.transaction(c -> {
      List<BriefingTime> times = new ArrayList<>();
      try (PreparedStatement query = c.prepareStatement(
          "SELECT * FROM subscriber WHERE briefing_time IS NOT NULL AND paused = 0");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          times.add(new BriefingTime(new Subscriber(Subscriber.Kind.of(rows.getString("kind")), rows.getString("address")),
              LocalTime.parse(rows.getString("briefing_time")), ZoneId.of(rows.getString("briefing_zone")),
              Optional.ofNullable(rows.getString("last_briefing"))));
        }
      }
      return times;
    });
  }

  /** Records that the briefing of the given local day went out, so it is not sent twice. */
  public void briefingSent(Subscriber subscriber, String day) {
    db.transaction(c -> {
      try (PreparedStatement update = c.prepareStatement(
          "UPDATE subscriber SET last_briefing = ? WHERE kind = ? AND address = ?")) {
        update.setString(1, day);
        update.setString(2, subscriber.kind().key());
        update.setString(3, subscriber.address());
        update.executeUpdate();
      }
      return null;
    });
  }

  /** Pauses a subscriber who blocked the bot: nothing more is sent until it follows a topic again. */
  public void pause(Subscriber subscriber) {
    setPaused(subscriber, true);
  }

  /** Whether the subscriber is paused. */
  public boolean paused(Subscriber subscriber) {
    return db.transaction(c -> {
      try (PreparedStatement query = c.prepareStatement("SELECT paused FROM subscriber WHERE kind = ? AND address = ?")) {
        query.setString(1, subscriber.kind().key());
        query.setString(2, subscriber.address());
        try (ResultSet rows = query.executeQuery()) {
          return rows.next() && rows.getInt(1) == 1;
        }
      }
    });
  }

  private void setPaused(Subscriber subscriber, boolean paused) {
    db.transaction(c -> {
      ensureSubscriber(c, subscriber);
      try (PreparedStatement update = c.prepareStatement(
          "UPDATE subscriber SET paused = ? WHERE kind = ? AND address = ?")) {
        update.setInt(1, paused ? 1 : 0);
        update.setString(2, subscriber.kind().key());
        update.setString(3, subscriber.address());
        update.executeUpdate();
      }
      return null;
    });
  }

  private static void resume(Connection c, Subscriber subscriber) throws SQLException {
    try (PreparedStatement update = c.prepareStatement("UPDATE subscriber SET paused = 0 WHERE kind = ? AND address = ?")) {
      update.setString(1, subscriber.kind().key());
      update.setString(2, subscriber.address());
      update.executeUpdate();
    }
  }

  private static void ensureSubscriber(Connection c, Subscriber subscriber) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT OR IGNORE INTO subscriber (kind, address) VALUES (?, ?)")) {
      insert.setString(1, subscriber.kind().key());
      insert.setString(2, subscriber.address());
      insert.executeUpdate();
    }
  }

  private static List<Subscription> list(Connection c, Subscriber subscriber) throws SQLException {
    PreparedStatement query = c.prepareStatement("SELECT * FROM subscription WHERE kind = ? AND address = ? ORDER BY id");
    query.setString(1, subscriber.kind().key());
    query.setString(2, subscriber.address());
    return read(query);
  }

  private static List<Subscription> read(PreparedStatement query) throws SQLException {
    List<Subscription> all = new ArrayList<>();
    try (query; ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        String outlet = rows.getString("outlet");
        all.add(new Subscription(rows.getLong("id"),
            new Subscriber(Subscriber.Kind.of(rows.getString("kind")), rows.getString("address")),
            rows.getString("topic"), outlet.isEmpty() ? Optional.empty() : Optional.of(outlet)));
      }
    }
    return all;
  }
}
