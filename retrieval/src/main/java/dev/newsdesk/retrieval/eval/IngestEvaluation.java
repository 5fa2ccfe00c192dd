package dev.newsdesk.retrieval.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.article.ArticleReader;
import dev.newsdesk.retrieval.ingest.DryRun;
import dev.newsdesk.retrieval.ingest.InputLoader;
import dev.newsdesk.retrieval.ingest.UrlFetcher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores how faithfully inputs are read, against a set of pages and feeds with what each must give.
 *
 * <p>The set is a folder holding {@code expected.json}: {@code {"cases": [{"input": "pages/a.html",
 * "kind": "3 dates from the wrong part", "articles": [{"title", "outlet", "published" (ISO-8601 or
 * null when the input states none), "authors", "body": [sentences that must be in the text],
 * "furniture": [lines that must not], "partial", "url" (optional)}]}]}}. Each input is read as
 * {@code ingest --dry-run} reads it; the i-th article read is scored against the i-th expected.
 * An expected article that was neither read nor reported as a problem, or two articles read under
 * one id, is data loss.
 */
public final class IngestEvaluation {

  private final ArticleReader reader;
  private final ObjectMapper mapper = new ObjectMapper();

  public IngestEvaluation(ArticleReader reader) {
    this.reader = reader;
  }

  /** The scores per kind (sorted by kind) for the set in this folder. */
  public Map<String, IngestScores> run(Path folder) {
    JsonNode expected;
    try {
      expected = mapper.readTree(folder.resolve("expected.json").toFile());
    } catch (IOException e) {
      throw new RetrievalException("cannot read " + folder.resolve("expected.json") + ": " + e.getMessage(), e);
    }
    DryRun dryRun = new DryRun(new InputLoader(50L << 20, new UrlFetcher(Duration.ofSeconds(10))), reader);
    Map<String, IngestScores> byKind = new TreeMap<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode c : expected.path("cases")) {
      String input = folder.resolve(c.path("input").asText()).toString();
      DryRun.Report report = dryRun.read(List.of(input));
      IngestScores scores = byKind.computeIfAbsent(c.path("kind").asText(), k -> new IngestScores());
      List<JsonNode> wanted = new ArrayList<>();
      c.path("articles").forEach(wanted::add);
      for (int i = 0; i < wanted.size(); i++) {
        if (i >= report.articles().size()) {
          scores.missing(input, report.problems().size() > i - report.articles().size());
          continue;
        }
        DryRun.ReadArticle read = report.articles().get(i);
        if (!ids.add(read.article().id())) {
          scores.duplicateId(input + " " + read.article().id());
        }
        score(wanted.get(i), read, input, scores);
      }
    }
    return byKind;
  }

  private static void score(JsonNode want, DryRun.ReadArticle read, String input, IngestScores s) {
    Article a = read.article();
    String where = input + ": " + a.title();
    s.count("title", norm(want.path("title").asText()).equals(norm(a.title())), where + " (want " + want.path("title").asText() + ")");
    s.count("outlet", want.path("outlet").asText().equals(a.outlet()), where + " outlet " + a.outlet());
    if (want.path("published").isNull()) {
      s.count("undated", a.published().isEmpty(), where + " invented " + a.published());
    } else {
      Instant date = Instant.parse(want.path("published").asText());
      s.count("date", a.published().filter(date::equals).isPresent(), where + " date " + a.published() + " want " + date);
    }
    Set<String> authors = new HashSet<>();
    want.path("authors").forEach(n -> authors.add(n.asText()));
    s.count("authors", authors.equals(new HashSet<>(a.authors())), where + " authors " + a.authors());
    String text = norm(a.text());
    int found = 0;
    int required = want.path("body").size();
    for (JsonNode sentence : want.path("body")) {
      if (text.contains(norm(sentence.asText()))) {
        found++;
      } else {
        s.note(where + " missing body: " + sentence.asText());
      }
    }
    s.add("body", found, required);
    boolean warned = read.notes().partial() || !read.notes().warnings().isEmpty();
    if (required > 0 && found * 2 < required && !warned) {
      s.halfWithoutWarning(where);
    }
    for (JsonNode line : want.path("furniture")) {
      boolean clean = !text.contains(norm(line.asText()));
      s.count("furniture", clean, where + " furniture: " + line.asText());
    }
    s.count("partial", want.path("partial").asBoolean() == read.notes().partial(), where + " partial " + read.notes().partial());
    if (want.has("url") && !want.path("url").isNull()) {
      s.count("url", a.url().filter(u -> u.equals(want.path("url").asText())).isPresent(), where + " url " + a.url());
    }
  }

  private static String norm(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
