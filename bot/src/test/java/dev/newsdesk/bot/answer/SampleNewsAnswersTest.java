package dev.newsdesk.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.SampleNews;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Answers over the bundled sample news")
class SampleNewsAnswersTest {

  private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

  @TempDir static Path folder;
  private static NewsIndex index;
  private static AnsweringService answering;
  private static NewsdeskConfig config;
  private static Newsdesk newsdesk;

  @BeforeAll
  static void indexSampleNews() {
    config = new ConfigLoader(Map.of(), new DataFolders(Map.of(), "Linux", folder))
        .load(Optional.empty()).withIndexPath(folder.resolve("index"));
    newsdesk = new Newsdesk(config);
    try (NewsIndex writable = newsdesk.openForWriting()) {
      newsdesk.ingester(writable).ingestArticles(SampleNews.read().articles(), IngestListener.QUIET);
    }
    index = newsdesk.openForReading();
    answering = newsdesk.answering(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  static Stream<JsonNode> questions() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try (InputStream in = SampleNewsAnswersTest.class.getResourceAsStream("/sample-questions.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(json.readTree(line));
        }
      }
    }
    return out.stream();
  }

  @Test
  @DisplayName("the sample is indexed with the in-process embedding model's vectors")
  void sampleHasVectors() {
    assertThat(index.embedding().model()).isEqualTo("bge-small-en-v1.5-q");
    assertThat(index.embedding().dimension()).isEqualTo(384);
    assertThat(newsdesk.retriever(index, config.retrieval().mode()).mode()).isEqualTo("bm25+vector");
  }

  @Test
  @DisplayName("the sample holds at least 40 articles from several outlets over several months")
  void sampleIsRich() {
    var stats = index.stats();
    assertThat(stats.articles()).isGreaterThanOrEqualTo(40);
    assertThat(stats.outlets()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(stats.earliest().orElseThrow().plusMonths(4)).isBefore(stats.latest().orElseThrow());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  @DisplayName("each question is answered from the right article, or declined when the news is silent")
  void answers(JsonNode question) {
    Answer answer = answering.answer(question.get("question").asText());

    if (question.path("absent").asBoolean()) {
      assertThat(answer.abstained()).isTrue();
      assertThat(answer.sources()).isEmpty();
      assertThat(answer.text()).doesNotContainPattern(MARKER.pattern());
    } else {
      assertThat(answer.abstained()).isFalse();
      assertThat(answer.text()).contains(question.get("expect").asText());
      assertThat(answer.sources()).extracting(s -> s.url().orElse("")).contains(question.get("url").asText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  @DisplayName("every citation points to a retrieved passage and the sources are exactly the cited ones")
  void citationsAreExact(JsonNode question) {
    String q = question.get("question").asText();
    Answer answer = answering.answer(q);
    List<RetrievedPassage> retrieved = newsdesk.search(index).search(
        SearchRequest.of(q, config.retrieval().passages())
            .withMaxPerArticle(config.retrieval().maxPassagesPerArticle())).passages();

    Set<Integer> cited = new LinkedHashSet<>();
    Matcher m = MARKER.matcher(answer.text());
    while (m.find()) {
      cited.add(Integer.parseInt(m.group(1)));
    }
    assertThat(answer.sources()).extracting(Source::n).containsExactlyElementsOf(cited);
    assertThat(cited).containsExactlyElementsOf(
        Stream.iterate(1, i -> i + 1).limit(cited.size()).toList());
    assertQuotesComeFromCitedPassages(answer, retrieved);
    for (Source source : answer.sources()) {
      assertThat(retrieved).anySatisfy(p -> {
        assertThat(p.articleId()).isEqualTo(source.articleId());
        assertThat(source.excerpt()).contains(p.text());
      });
    }
  }

  /** Each quoted sentence, up to its marker, appears in a retrieved passage of the cited article. */
  private static void assertQuotesComeFromCitedPassages(Answer answer, List<RetrievedPassage> retrieved) {
    Matcher m = MARKER.matcher(answer.text());
    boolean widened = answer.dates().map(DatesSearched::widened).orElse(false);
    int from = widened ? answer.text().indexOf(": ") + 2 : 0;
    while (m.find()) {
      String quote = answer.text().substring(from, m.start()).strip();
      from = m.end();
      String quoted = quote.replaceAll("^[.\\s]+", "");
      Source source = answer.sources().get(Integer.parseInt(m.group(1)) - 1);
      assertThat(retrieved)
          .filteredOn(p -> p.articleId().equals(source.articleId()))
          .extracting(p -> p.text().replaceAll("\\s+", " "))
          .as("passages of [%s] quoting: %s", m.group(1), quoted)
          .anySatisfy(text -> assertThat(text).contains(quoted));
    }
  }
}
