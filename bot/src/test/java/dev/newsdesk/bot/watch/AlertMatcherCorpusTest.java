package dev.newsdesk.bot.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.bot.story.StoryGrouping;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The matcher's pre-filter on real news")
class AlertMatcherCorpusTest {

  static final Path CORPUS = Path.of(System.getProperty("newsdesk.shared", "../../shared"), "eval", "realtimeqa", "corpus.jsonl");
  private static final int ARTICLES = 200;
  private static final int BATCH = 25;
  private static final String NO_OUTLET = "Outlet 9";

  @TempDir Path home;

  @Test
  @DisplayName("searching only the topics some article covers gives exactly the alerts of searching every topic")
  void should_find_the_same_matches_as_searching_every_topic() throws Exception {
    assumeTrue(Files.isRegularFile(CORPUS), "the RealTime QA corpus is not beside the checkout");
    Map<String, String> env = Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none");
    NewsdeskConfig config = new ConfigLoader(env, new DataFolders(env, "Linux", home)).load(Optional.empty())
        .withIndexPath(home.resolve("index"));
    Newsdesk newsdesk = new Newsdesk(config);
    List<Article> news = read(ARTICLES);
    try (NewsIndex index = newsdesk.openForWriting()) {
      for (int from = 0; from < news.size(); from += 50) {
        newsdesk.ingester(index).ingestArticles(news.subList(from, Math.min(news.size(), from + 50)), IngestListener.QUIET);
      }
      List<NewArticle> waiting = newsdesk.watch().inbox().waiting(1000);
      assertThat(waiting).hasSizeGreaterThan(ARTICLES * 9 / 10).allSatisfy(a -> assertThat(a.text()).isPresent());
      List<Subscription> topics = topics(news);
      CountingRetriever filtered = new CountingRetriever(newsdesk.retriever(index, config.retrieval().mode()));
      CountingRetriever every = new CountingRetriever(newsdesk.retriever(index, config.retrieval().mode()));
      AlertMatcher withText = new AlertMatcher(filtered, index::analyze, 0.75, new StoryGrouping());
      AlertMatcher withoutText = new AlertMatcher(every, index::analyze, 0.75, new StoryGrouping());
      List<AlertMatcher.Match> expected = new ArrayList<>();
      List<AlertMatcher.Match> actual = new ArrayList<>();
      for (int from = 0; from < waiting.size(); from += BATCH) {
        List<NewArticle> batch = waiting.subList(from, Math.min(waiting.size(), from + BATCH));
        // the same batch as staged by schema version 2, without text: every topic is searched
        expected.addAll(withoutText.match(batch.stream().map(a -> new NewArticle(a.articleId(), a.title(), a.outlet(),
            a.url(), a.published(), a.ingested(), a.lead(), Optional.empty())).toList(), topics));
        actual.addAll(withText.match(batch, topics));
      }

      // without text only the outlet filter can rule a topic out: no article is from "Outlet 9"
      int searchable = (int) topics.stream().filter(t -> !t.outlet().equals(Optional.of(NO_OUTLET))).count();
      int batches = (waiting.size() + BATCH - 1) / BATCH;
      assertThat(every.requests()).hasSize(searchable * batches);
      assertThat(filtered.requests()).hasSizeLessThan(every.requests().size() * 2 / 3);
      assertThat(expected).hasSizeGreaterThan(100);
      assertThat(describe(actual)).containsExactlyInAnyOrderElementsOf(describe(expected));
      // some of the alerts need words beyond the kept lead: a pre-filter on the lead would have lost them
      assertThat(actual).filteredOn(m -> new TopicMatch(index::analyze).coverage(m.item().topic(),
          m.article().title() + "\n" + m.article().lead()) < 0.75).isNotEmpty();
    }
  }

  private static List<String> describe(List<AlertMatcher.Match> matches) {
    return matches.stream().map(m -> m.subscriber().address() + " | " + m.item().topic() + " | " + m.article().articleId()
        + " | " + m.story() + " | " + m.item().sentence()).toList();
  }

  /**
   * Topics as readers would follow them: two longer words of a headline; a headline word with a word
   * from late in the text; one word; and some only from one outlet.
   */
  private static List<Subscription> topics(List<Article> news) {
    Set<String> labels = new LinkedHashSet<>();
    List<Subscription> topics = new ArrayList<>();
    for (int i = 0; i < news.size() && topics.size() < 150; i++) {
      Article a = news.get(i);
      List<String> title = words(a.title());
      List<String> late = words(a.text().substring(Math.min(a.text().length(), 2 * NewArticle.LEAD_CHARS)));
      List<String> candidates = new ArrayList<>();
      if (title.size() > 1) {
        candidates.add(title.get(0) + " " + title.get(1));
      }
      if (!title.isEmpty() && !late.isEmpty()) {
        candidates.add(title.get(title.size() - 1) + " " + late.get(late.size() / 2));
      }
      if (i % 10 == 0 && !title.isEmpty()) {
        candidates.add(title.get(0));
      }
      for (String topic : candidates) {
        Optional<String> outlet = i % 7 == 0 ? Optional.of(a.outlet()) : i % 11 == 0 ? Optional.of(NO_OUTLET) : Optional.empty();
        if (labels.add(topic + outlet)) {
          topics.add(new Subscription(topics.size() + 1, Subscriber.telegram(topics.size() + 1), topic, outlet));
        }
      }
    }
    return topics;
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+")).filter(w -> w.length() > 4).toList();
  }

  /** The corpus's first articles, dated an hour ago, spread over three outlets. */
  private static List<Article> read(int count) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(CORPUS)) {
      for (String line = lines.readLine(); line != null && out.size() < count; line = lines.readLine()) {
        JsonNode row = json.readTree(line);
        out.add(Article.of(Optional.of(row.path("url").asText()), row.path("title").asText(), "Outlet " + (out.size() % 3),
            List.of(), Optional.of(Instant.now().minus(1, ChronoUnit.HOURS)), row.path("text").asText()));
      }
    }
    return out;
  }
}
