package dev.newsdesk.bot.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.ingest.FeedState;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The feeds Newsdesk polls and their poll state, kept in {@code feeds.json} in the data folder:
 * those named in the configuration ({@code feeds.urls}) and those added with {@code feeds add}.
 * Saved atomically (write a temporary file, then move it), so a crash never leaves half a file.
 *
 * <p>Two processes share the file: {@code serve} saves poll state every round while {@code feeds
 * add} and {@code feeds remove} change the list. So a save re-reads the file under a lock on
 * {@code <file>.lock} and writes back the other process's changes together with this one's: feeds
 * this instance added or removed are applied to what is on disk, never the whole list overwritten;
 * {@link #refresh()} takes in what others changed.
 */
public final class FeedSubscriptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final List<String> configured;
  private final Map<String, FeedState> added = new LinkedHashMap<>();
  private final Map<String, FeedState> states = new LinkedHashMap<>();
  // changes of this instance not yet saved, applied to the file's list on save
  private final java.util.Set<String> addedHere = new java.util.LinkedHashSet<>();
  private final java.util.Set<String> removedHere = new java.util.LinkedHashSet<>();

  private FeedSubscriptions(Path file, List<String> configured) {
    this.file = file;
    this.configured = List.copyOf(configured);
  }

  public static FeedSubscriptions load(Path file, List<String> configured) {
    FeedSubscriptions subscriptions = new FeedSubscriptions(file, configured);
    OnDisk disk = read(file);
    disk.added().forEach(url -> subscriptions.added.put(url, FeedState.fresh(url)));
    subscriptions.states.putAll(disk.states());
    return subscriptions;
  }

  /** What the file holds: the added feeds, and the state of each feed polled. */
  private record OnDisk(List<String> added, Map<String, FeedState> states) {}

  private static OnDisk read(Path file) {
    List<String> added = new ArrayList<>();
    Map<String, FeedState> states = new LinkedHashMap<>();
    if (Files.isRegularFile(file)) {
      try {
        JsonNode root = JSON.readTree(Files.readString(file));
        root.path("added").forEach(url -> added.add(url.asText()));
        root.path("state").forEach(node -> states.put(node.path("url").asText(), state(node)));
      } catch (IOException | RuntimeException e) {
        throw new RetrievalException("cannot read the feed list " + file + ": " + e.getMessage()
            + " (fix or delete the file; feeds in the configuration are kept)", e);
      }
    }
    return new OnDisk(added, states);
  }

  /**
   * Takes in the feeds another process added or removed since this one read the file (the CLI's
   * {@code feeds add} while {@code serve} runs); this instance's own unsaved changes stay.
   */
  public synchronized void refresh() {
    try (FileLock lock = lock()) {
      merge(read(file));
    }
  }

  /** Every subscribed feed with its state, configured ones first. */
  public synchronized List<FeedState> all() {
    List<FeedState> out = new ArrayList<>();
    for (String url : configured) {
      out.add(states.getOrDefault(url, FeedState.fresh(url)));
    }
    for (String url : added.keySet()) {
      if (!configured.contains(url)) {
        out.add(states.getOrDefault(url, FeedState.fresh(url)));
      }
    }
    return out;
  }

  public boolean isConfigured(String url) {
    return configured.contains(url);
  }

  /** Adds a feed; false when it was already subscribed. */
  public synchronized boolean add(String url) {
    if (configured.contains(url) || added.containsKey(url)) {
      return false;
    }
    added.put(url, FeedState.fresh(url));
    addedHere.add(url);
    removedHere.remove(url);
    return true;
  }

  /** Removes an added feed; false when it was not added (a configured feed stays). */
  public synchronized boolean remove(String url) {
    states.remove(url);
    boolean removed = added.remove(url) != null;
    if (removed) {
      removedHere.add(url);
      addedHere.remove(url);
    }
    return removed;
  }

  public synchronized void update(FeedState state) {
    states.put(state.url(), state);
  }

  /** Writes the list and states, merged with what another process saved meanwhile (see the class). */
  public synchronized void save() {
    try (FileLock lock = lock()) {
      merge(read(file));
      write();
      addedHere.clear();
      removedHere.clear();
    }
  }

  /** The file's list with this instance's additions and removals applied; the newer state of each feed. */
  private void merge(OnDisk disk) {
    Map<String, FeedState> merged = new LinkedHashMap<>();
    for (String url : disk.added()) {
      if (!removedHere.contains(url)) {
        merged.put(url, FeedState.fresh(url));
      }
    }
    addedHere.forEach(url -> merged.put(url, FeedState.fresh(url)));
    added.clear();
    added.putAll(merged);
    disk.states().forEach((url, state) -> {
      FeedState ours = states.get(url);
      if ((added.containsKey(url) || configured.contains(url)) && (ours == null || state.nextPoll().isAfter(ours.nextPoll()))) {
        states.put(url, state);
      }
    });
    states.keySet().removeIf(url -> !added.containsKey(url) && !configured.contains(url));
  }

  private void write() {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode urls = root.putArray("added");
    added.keySet().forEach(urls::add);
    ArrayNode saved = root.putArray("state");
    states.values().forEach(s -> {
      ObjectNode node = saved.addObject().put("url", s.url()).put("failures", s.failures())
          .put("next_poll", s.nextPoll().toString());
      s.etag().ifPresent(e -> node.put("etag", e));
      s.lastModified().ifPresent(m -> node.put("last_modified", m));
      s.lastError().ifPresent(e -> node.put("last_error", e));
    });
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new RetrievalException("cannot save the feed list " + file + ": " + e.getMessage(), e);
    }
  }

  /** A lock held while reading and writing the file; both processes take it. */
  private FileLock lock() {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      FileChannel channel = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        return new FileLock(channel, channel.lock());
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    } catch (IOException e) {
      throw new RetrievalException("cannot lock the feed list " + file + ": " + e.getMessage(), e);
    }
  }

  /** An exclusive lock on the lock file, released with its channel. */
  private record FileLock(FileChannel channel, java.nio.channels.FileLock lock) implements AutoCloseable {
    @Override
    public void close() {
      try {
        lock.release();
        channel.close();
      } catch (IOException e) {
        throw new RetrievalException("cannot release the lock of the feed list: " + e.getMessage(), e);
      }
    }
  }

  private static FeedState state(JsonNode node) {
    return new FeedState(node.path("url").asText(), text(node, "etag"), text(node, "last_modified"),
        node.path("failures").asInt(0), Instant.parse(node.path("next_poll").asText(Instant.EPOCH.toString())),
        text(node, "last_error"));
  }

  private static Optional<String> text(JsonNode node, String field) {
    return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
  }
}
