package dev.newsdesk.bot.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.ingest.FeedState;
import java.io.IOException;
import java.nio.file.Files;
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
 */
public final class FeedSubscriptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final List<String> configured;
  private final Map<String, FeedState> added = new LinkedHashMap<>();
  private final Map<String, FeedState> states = new LinkedHashMap<>();

  private FeedSubscriptions(Path file, List<String> configured) {
    this.file = file;
    this.configured = List.copyOf(configured);
  }

  public static FeedSubscriptions load(Path file, List<String> configured) {
    FeedSubscriptions subscriptions = new FeedSubscriptions(file, configured);
    if (Files.isRegularFile(file)) {
      try {
        JsonNode root = JSON.readTree(Files.readString(file));
        root.path("added").forEach(url -> subscriptions.added.put(url.asText(), FeedState.fresh(url.asText())));
        root.path("state").forEach(node -> subscriptions.states.put(node.path("url").asText(), state(node)));
      } catch (IOException | RuntimeException e) {
        throw new RetrievalException("cannot read the feed list " + file + ": " + e.getMessage()
            + " (fix or delete the file; feeds in the configuration are kept)", e);
      }
    }
    return subscriptions;
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
    return true;
  }

  /** Removes an added feed; false when it was not added (a configured feed stays). */
  public synchronized boolean remove(String url) {
    states.remove(url);
    return added.remove(url) != null;
  }

  public synchronized void update(FeedState state) {
    states.put(state.url(), state);
  }

  public synchronized void save() {
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

  private static FeedState state(JsonNode node) {
    return new FeedState(node.path("url").asText(), text(node, "etag"), text(node, "last_modified"),
        node.path("failures").asInt(0), Instant.parse(node.path("next_poll").asText(Instant.EPOCH.toString())),
        text(node, "last_error"));
  }

  private static Optional<String> text(JsonNode node, String field) {
    return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
  }
}
