package dev.newsdesk.retrieval.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.article.ArticleNotes;
import dev.newsdesk.retrieval.article.ArticleReader;
import dev.newsdesk.retrieval.article.Problem;
import dev.newsdesk.retrieval.article.ReadResult;
import dev.newsdesk.retrieval.article.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads inputs exactly as {@link Ingester} does (same loader, same reader) and touches no index:
 * what {@code newsdesk ingest --dry-run} shows a user debugging a source.
 */
public final class DryRun {

  private final InputLoader loader;
  private final ArticleReader reader;

  public DryRun(InputLoader loader, ArticleReader reader) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** One article as it would be indexed, with what the reader noticed about it. */
  public record ReadArticle(Article article, ArticleNotes notes) {}

  /** Everything the inputs hold: the articles, and the items that would be skipped or fail. */
  public record Report(List<ReadArticle> articles, List<Problem> problems) {
    public Report {
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
    }

    /**
     * The report as the one JSON object {@code ingest --dry-run --json} prints: {@code {"articles":
     * [{id, url, title, outlet, authors, published, published_from, partial, warnings, text}],
     * "problems": [{input, reason}]}}; {@code published} is ISO-8601 UTC or null, {@code text} is
     * exactly what would be split into passages.
     */
    public ObjectNode toJson(ObjectMapper mapper) {
      ObjectNode root = mapper.createObjectNode();
      ArrayNode list = root.putArray("articles");
      for (ReadArticle read : articles) {
        Article a = read.article();
        ObjectNode o = list.addObject();
        o.put("id", a.id());
        o.put("url", a.url().orElse(null));
        o.put("title", a.title());
        o.put("outlet", a.outlet());
        a.authors().forEach(o.putArray("authors")::add);
        if (a.authors().isEmpty()) {
          o.putArray("authors");
        }
        o.put("published", a.published().map(Object::toString).orElse(null));
        o.put("published_from", read.notes().publishedFrom().orElse(null));
        o.put("partial", read.notes().partial());
        ArrayNode warnings = o.putArray("warnings");
        read.notes().warnings().forEach(warnings::add);
        o.put("text", a.text());
      }
      ArrayNode problemList = root.putArray("problems");
      problems.forEach(p -> problemList.addObject().put("input", p.location()).put("reason", p.reason()));
      return root;
    }
  }

  /** Reads everything the names stand for (files, folders, web addresses). */
  public Report read(List<String> names) {
    List<ReadArticle> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String name : names) {
      InputLoader.Expansion expansion = loader.expand(name);
      problems.addAll(expansion.problems());
      for (Input input : expansion.inputs()) {
        Loaded loaded = loader.load(input);
        if (loaded instanceof Loaded.Failure failure) {
          problems.add(failure.problem());
        } else {
          read(((Loaded.Document) loaded).document(), articles, problems);
        }
      }
    }
    return new Report(articles, problems);
  }

  private void read(SourceDocument document, List<ReadArticle> articles, List<Problem> problems) {
    ReadResult result;
    try {
      result = reader.read(document);
    } catch (RuntimeException e) {
      problems.add(Problem.failed(document.location(), "could not be read: " + e));
      return;
    }
    result.problems().stream().filter(p -> p.kind() != Problem.Kind.WARNING).forEach(problems::add);
    for (Article article : result.articles()) {
      articles.add(new ReadArticle(article, result.notesFor(article)));
    }
  }
}
