package dev.newsdesk.retrieval.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One JSON object read as an article, whatever its producer called the fields.
 *
 * <p>Field names are matched without regard to case, trying the names in the order listed in each
 * constant. A value may be a string, a number (dates as epoch seconds or milliseconds), an object
 * with a {@code name} (publishers, authors) or {@code rendered} (WordPress) field, or a list.
 */
final class JsonRecord {

  private static final List<String> TITLE = List.of("title", "headline");
  private static final List<String> TEXT =
      List.of("text", "body", "content", "article", "articlebody");
  private static final List<String> URL = List.of("url", "link", "href");
  private static final List<String> OUTLET = List.of("source", "outlet", "site", "publisher");
  private static final List<String> AUTHORS = List.of("author", "authors", "byline");
  private static final List<String> PUBLISHED =
      List.of("published", "published_at", "publishedat", "date", "pubdate", "datepublished",
          "time");

  /** What a user is told when a record has none of the {@link #TEXT} fields. */
  static final String NO_TEXT = "record has no text (expected one of text, body, content)";

  private final Map<String, JsonNode> fields = new HashMap<>();

  JsonRecord(JsonNode object) {
    object.fields().forEachRemaining(f -> fields.putIfAbsent(key(f.getKey()), f.getValue()));
  }

  /** The article this record describes, or a problem at {@code location} when it has no text. */
  ReadResult read(String location) {
    String text = first(TEXT).map(JsonRecord::clean).orElse("");
    if (text.isEmpty()) {
      return ReadResult.problem(Problem.skipped(location, NO_TEXT));
    }
    Optional<String> url = first(URL);
    String title =
        first(TITLE).map(JsonRecord::plain).orElseGet(() -> Headlines.fromText(text));
    String outlet = first(OUTLET).orElse("");
    List<String> authors = authors();
    PublicationDate date = published();
    Optional<Instant> published = date.instant();
    Optional<String> id = url.isPresent() ? Optional.empty() : first(List.of("id"));
    Article article =
        id.map(i -> new Article(i, url, title, outlet, authors, published, text))
            .orElseGet(() -> Article.of(url, title, outlet, authors, published, text));
    return ReadResult.of(article, ArticleNotes.dated(date));
  }

  private Optional<String> first(List<String> names) {
    return names.stream()
        .filter(fields::containsKey)
        .map(fields::get)
        .map(JsonRecord::string)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private List<String> authors() {
    for (String name : AUTHORS) {
      JsonNode node = fields.get(name);
      if (node == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (JsonNode one : node.isArray() ? node : List.of(node)) {
        string(one).map(Bylines::names).ifPresent(names::addAll);
      }
      if (!names.isEmpty()) {
        return names.stream().distinct().toList();
      }
    }
    return List.of();
  }

  private PublicationDate published() {
    List<PublicationDate.Candidate> candidates = new ArrayList<>();
    for (String name : PUBLISHED) {
      JsonNode node = fields.get(name);
      if (node == null) {
        continue;
      }
      if (node.isNumber()) {
        Optional<Instant> instant = DateParser.fromEpoch(node.asLong());
        if (instant.isPresent() && candidates.isEmpty()) {
          return PublicationDate.of(instant.get(), "json " + name);
        }
      }
      string(node).ifPresent(raw -> candidates.add(new PublicationDate.Candidate("json " + name, raw)));
    }
    return PublicationDate.firstOf(candidates);
  }

  /** The text a value stands for: itself, its {@code name} or {@code rendered}, or its items. */
  private static Optional<String> string(JsonNode node) {
    if (node.isTextual() || node.isNumber()) {
      return node.asText().isBlank() ? Optional.empty() : Optional.of(node.asText().strip());
    }
    if (node.isObject()) {
      return string(node.path("name")).or(() -> string(node.path("rendered")));
    }
    if (node.isArray() && node.size() > 0) {
      List<String> parts = new ArrayList<>();
      node.forEach(item -> string(item).ifPresent(parts::add));
      return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", parts));
    }
    return Optional.empty();
  }

  private static String clean(String text) {
    return TextCleaner.clean(HtmlText.looksLikeHtml(text) ? HtmlText.paragraphsOf(text) : text);
  }

  /** A title as text: WordPress and others send entities ({@code &#8217;}) and inline tags. */
  private static String plain(String title) {
    return Titles.fromHtml(title);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
