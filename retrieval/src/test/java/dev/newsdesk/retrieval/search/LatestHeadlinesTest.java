package dev.newsdesk.retrieval.search;

import static dev.newsdesk.retrieval.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.PassageSplitter;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.LatestHeadlines.Headline;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The latest headlines")
class LatestHeadlinesTest {

  @TempDir Path folder;
  private NewsIndex index;
  private LatestHeadlines headlines;

  @BeforeEach
  void index() {
    index = NewsIndex.openForWriting(folder);
    PassageSplitter splitter = new PassageSplitter(20, 40, 1);
    String longStory = IntStream.range(0, 12)
        .mapToObj(i -> "Day " + i + " of the tram strike in Northfield left commuters walking in the rain.")
        .collect(Collectors.joining(" "));
    List<Article> articles = List.of(
        article("strike-long", "Tram strike enters second week", "Northfield Courier", "2026-07-10", longStory),
        article("strike-vote", "Tram drivers vote to strike", "Valley Wire", "2026-07-01",
            "Tram drivers in Northfield voted to strike over pay on Wednesday, their union said."),
        article("museum", "Museum opens whale hall", "Harbor Gazette", "2026-07-05",
            "The maritime museum opened a hall devoted to whales on Saturday."),
        Article.of(Optional.empty(), "Undated note on the tram timetable", "Valley Wire", List.of(), Optional.empty(),
            "The tram timetable changes in spring."));
    articles.forEach(a -> index.upsert(a, splitter.split(a.text())));
    index.commit();
    headlines = new LatestHeadlines(index);
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void should_list_each_article_once_newest_first_with_undated_last() {
    List<Headline> latest = headlines.latest(10);

    assertThat(latest).extracting(Headline::title).containsExactly(
        "Tram strike enters second week", "Museum opens whale hall", "Tram drivers vote to strike",
        "Undated note on the tram timetable");
    assertThat(latest.get(0).published()).contains(Instant.parse("2026-07-10T09:00:00Z"));
    assertThat(latest.get(0).url()).contains("https://northfield-courier.example/strike-long");
  }

  @Test
  void should_keep_only_the_requested_number() {
    assertThat(headlines.latest(2)).extracting(Headline::title)
        .containsExactly("Tram strike enters second week", "Museum opens whale hall");
  }

  @Test
  void should_list_only_articles_about_the_topic_newest_first_when_a_topic_is_given() {
    assertThat(headlines.latest("strike", 10)).extracting(Headline::title)
        .containsExactly("Tram strike enters second week", "Tram drivers vote to strike");
  }

  @Test
  void should_list_nothing_when_no_article_matches_the_topic() {
    assertThat(headlines.latest("volcano", 10)).isEmpty();
    assertThat(headlines.latest("the of", 10)).isEmpty();
  }

  @Test
  void should_list_everything_when_the_topic_is_blank() {
    assertThat(headlines.latest("  ", 10)).hasSize(4);
  }

  @Test
  @DisplayName("a topic of 600 distinct words is cut to its rarest terms, never a TooManyClauses failure")
  void should_trim_a_topic_of_hundreds_of_distinct_words() {
    String topic = IntStream.range(0, 600).mapToObj(i -> "zq" + Integer.toString(i, 36) + "x")
        .collect(Collectors.joining(" ", "", " whales"));

    assertThat(headlines.latest(topic, 5)).extracting(Headline::title).containsExactly("Museum opens whale hall");
  }
}
