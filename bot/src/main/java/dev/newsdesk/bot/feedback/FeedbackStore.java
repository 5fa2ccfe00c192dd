package dev.newsdesk.bot.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.watch.WatchDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Votes on answers, kept in the watch database beside the index; each vote is one transaction. */
public final class FeedbackStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WatchDatabase db;

  public FeedbackStore(WatchDatabase db) {
    this.db = db;
  }

  /** Stores the vote. */
  public void record(Feedback feedback) {
    db.transaction(c -> {
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO feedback "
          + "(vote, channel, conversation, question, answer, sources, created) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, feedback.vote().key());
        insert.setString(2, feedback.channel());
        insert.setString(3, feedback.conversation());
        insert.setString(4, feedback.question());
        insert.setString(5, feedback.answer());
        insert.setString(6, feedback.sources());
        insert.setLong(7, feedback.at().toEpochMilli());
        return insert.executeUpdate();
      }
    });
  }

  /** How many votes of this kind are stored. */
  public long count(Feedback.Vote vote) {
    return db.transaction(c -> {
      try (PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM feedback WHERE vote = ?")) {
        query.setString(1, vote.key());
        try (ResultSet r = query.executeQuery()) {
          return r.next() ? r.getLong(1) : 0L;
        }
      }
    });
  }

  /** Every vote, oldest first. */
  public List<Feedback> all() {
    return db.transaction(c -> {
      List<Feedback> all = new ArrayList<>();
      try (PreparedStatement query = c.prepareStatement("SELECT * FROM feedback ORDER BY id");
          ResultSet r = query.executeQuery()) {
        while (r.next()) {
          all.add(new Feedback(Feedback.Vote.of(r.getString("vote")), r.getString("channel"), r.getString("conversation"),
              r.getString("question"), r.getString("answer"), r.getString("sources"),
              Instant.ofEpochMilli(r.getLong("created"))));
        }
      }
      return all;
    });
  }

  /**
   * Every vote as a JSON array, for review and for the evaluation: {@code [{"vote":"up","channel":…,
   * "conversation":…,"question":…,"answer":…,"sources":[…],"at":"2026-11-30T16:00:00Z"}]}.
   */
  public String exportJson() {
    ArrayNode out = JSON.createArrayNode();
    for (Feedback f : all()) {
      ObjectNode row = out.addObject().put("vote", f.vote().key()).put("channel", f.channel())
          .put("conversation", f.conversation()).put("question", f.question()).put("answer", f.answer());
      try {
        row.set("sources", JSON.readTree(f.sources()));
      } catch (IOException e) {
        throw new UncheckedIOException("stored sources are not JSON", e);
      }
      row.put("at", f.at().toString());
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
