package dev.newsdesk.retrieval.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes about itself in {@code application/ld+json} scripts.
 *
 * <p>News sites state headline, publisher, authors, date and often the full text there, which is
 * more reliable than scraping the layout. The article may be a top-level object, one of an array,
 * or one of an {@code @graph}; scripts that are not valid JSON are ignored.
 */
final class JsonLdArticle {

  private static final Set<String> ARTICLE_TYPES =
      Set.of("Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
          "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
          "LiveBlogPosting");

  private final JsonNode node;

  private JsonLdArticle(JsonNode node) {
    this.node = node;
  }

  /** The first article described in the page's JSON-LD scripts, if any. */
  static Optional<JsonLdArticle> find(Document page, ObjectMapper mapper) {
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      Optional<JsonNode> article = parse(script.data(), mapper).flatMap(JsonLdArticle::articleIn);
      if (article.isPresent()) {
        return article.map(JsonLdArticle::new);
      }
    }
    return Optional.empty();
  }

  Optional<String> headline() {
    return text(node.path("headline")).or(() -> text(node.path("name")));
  }

  Optional<String> publisherName() {
    JsonNode publisher = node.path("publisher");
    JsonNode first = publisher.isArray() ? publisher.path(0) : publisher;
    return first.isTextual() ? text(first) : text(first.path("name"));
  }

  List<String> authors() {
    JsonNode author = node.path("author");
    List<String> names = new ArrayList<>();
    for (JsonNode one : author.isArray() ? author : List.of(author)) {
      (one.isTextual() ? text(one) : text(one.path("name"))).map(Bylines::names)
          .ifPresent(names::addAll);
    }
    return names;
  }

  Optional<String> datePublished() {
    return text(node.path("datePublished"));
  }

  Optional<String> articleBody() {
    return text(node.path("articleBody"));
  }

  Optional<String> url() {
    return text(node.path("url"));
  }

  private static Optional<JsonNode> parse(String json, ObjectMapper mapper) {
    try {
      return Optional.of(mapper.readTree(json));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static Optional<JsonNode> articleIn(JsonNode node) {
    if (node.isArray()) {
      for (JsonNode item : node) {
        Optional<JsonNode> found = articleIn(item);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (isArticle(node.path("@type"))) {
      return Optional.of(node);
    }
    return node.has("@graph") ? articleIn(node.path("@graph")) : Optional.empty();
  }

  private static boolean isArticle(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }

  private static Optional<String> text(JsonNode value) {
    return value.isValueNode() && !value.asText().isBlank()
        ? Optional.of(value.asText().strip())
        : Optional.empty();
  }
}
