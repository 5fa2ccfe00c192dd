package dev.newsdesk.bot.watch;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The embedded database beside the index ({@code <index>-watch.db}, SQLite): followed topics,
 * briefing times, articles waiting to be matched, alerts waiting to be sent and sent, feedback.
 *
 * <p>Opened in WAL mode with {@code synchronous=FULL}, so a transaction that returned is on disk
 * and survives SIGKILL or power loss ("Write-Ahead Logging", sqlite.org/wal.html;
 * sqlite.org/pragma.html#pragma_synchronous). The schema's version is SQLite's own {@code
 * user_version}; each migration below runs once, in order, in its own transaction. One connection,
 * used by one thread at a time ({@link #transaction}), because SQLite has one writer anyway.
 */
public final class WatchDatabase implements AutoCloseable {

  /** The migrations, oldest first; version n is reached by running the first n. Never edit one: append. */
  static final List<String> MIGRATIONS = List.of(
      """
      CREATE TABLE subscriber (kind TEXT NOT NULL, address TEXT NOT NULL, paused INTEGER NOT NULL DEFAULT 0,
        briefing_time TEXT, briefing_zone TEXT, last_briefing TEXT, PRIMARY KEY (kind, address));
      CREATE TABLE subscription (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, address TEXT NOT NULL,
        topic TEXT NOT NULL, outlet TEXT NOT NULL DEFAULT '', created INTEGER NOT NULL,
        UNIQUE (kind, address, topic, outlet));
      CREATE TABLE inbox (article_id TEXT PRIMARY KEY, title TEXT NOT NULL, outlet TEXT NOT NULL, url TEXT,
        published INTEGER, ingested INTEGER NOT NULL, committed INTEGER NOT NULL DEFAULT 0);
      CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, address TEXT NOT NULL,
        story TEXT NOT NULL, topic TEXT NOT NULL, article_id TEXT NOT NULL, title TEXT NOT NULL, outlet TEXT NOT NULL,
        url TEXT, published INTEGER, sentence TEXT NOT NULL, created INTEGER NOT NULL, sent INTEGER,
        UNIQUE (kind, address, story));
      CREATE INDEX outbox_pending ON outbox (sent, kind, address);
      CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, vote TEXT NOT NULL, channel TEXT NOT NULL,
        conversation TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL, sources TEXT NOT NULL,
        created INTEGER NOT NULL);
      """,
      // 2: the lead of each article, so copies of one story are recognised across batches (StoryGrouping)
      """
      ALTER TABLE inbox ADD COLUMN lead TEXT NOT NULL DEFAULT '';
      ALTER TABLE outbox ADD COLUMN lead TEXT NOT NULL DEFAULT '';
      CREATE INDEX outbox_recent ON outbox (kind, address, created);
      """,
      // 3: the whole text of each article, so the matcher can tell which topics an article cannot match
      // (AlertMatcher's pre-filter); NULL in rows staged before, which are searched for every topic
      """
      ALTER TABLE inbox ADD COLUMN text TEXT;
      """);

  private final Connection connection;
  private final Path file;

  private WatchDatabase(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
  }

  /**
   * Opens (creating if needed) the database file and brings its schema up to date.
   *
   * @throws UncheckedIOException when the file cannot be opened or migrated, or its schema is newer than this program
   */
  public static WatchDatabase open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement pragma = connection.createStatement()) {
        pragma.execute("PRAGMA journal_mode=WAL");
        pragma.execute("PRAGMA synchronous=FULL");
        pragma.execute("PRAGMA busy_timeout=10000");
        pragma.execute("PRAGMA foreign_keys=ON");
      }
      WatchDatabase database = new WatchDatabase(connection, file);
      database.migrate();
      return database;
    } catch (SQLException | java.io.IOException e) {
      throw new UncheckedIOException("cannot open the watch database " + file + ": " + e.getMessage(),
          new java.io.IOException(e));
    }
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  /** The schema version on disk. */
  public synchronized int version() {
    return transaction(WatchDatabase::userVersion);
  }

  /** Work done in one transaction: committed when it returns, rolled back when it throws. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs the work in one transaction, one caller at a time. */
  public synchronized <T> T transaction(Work<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new UncheckedIOException("watch database " + file + ": " + e.getMessage(), new java.io.IOException(e));
    }
  }

  private void migrate() {
    int onDisk = version();
    if (onDisk > MIGRATIONS.size()) {
      throw new UncheckedIOException("the watch database " + file + " has schema version " + onDisk
          + ", newer than this Newsdesk knows (" + MIGRATIONS.size() + ")", new java.io.IOException("newer schema"));
    }
    for (int version = onDisk + 1; version <= MIGRATIONS.size(); version++) {
      String script = MIGRATIONS.get(version - 1);
      int target = version;
      transaction(c -> {
        try (Statement statement = c.createStatement()) {
          for (String sql : script.split(";")) {
            if (!sql.isBlank()) {
              statement.execute(sql);
            }
          }
          statement.execute("PRAGMA user_version=" + target);
        }
        return null;
      });
    }
  }

  private static int userVersion(Connection c) throws SQLException {
    try (Statement statement = c.createStatement(); var rows = statement.executeQuery("PRAGMA user_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new UncheckedIOException("closing the watch database " + file, new java.io.IOException(e));
    }
  }
}
