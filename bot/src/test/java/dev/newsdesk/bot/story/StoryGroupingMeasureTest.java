package dev.newsdesk.bot.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.SampleNews;
import dev.newsdesk.retrieval.article.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The figures in {@link StoryGrouping}'s javadoc: syndicated copies made from the bundled sample
 * news, the two pairs of rewrites of one report the sample holds, and every other pair of sample
 * articles. Reproduce with {@code mvn -B -o -pl bot -am verify -Dtest='StoryGroupingMeasureTest'
 * -Dsurefire.failIfNoSpecifiedTests=false} and read the line it prints.
 */
class StoryGroupingMeasureTest {

  /** The sample's two reports of one development by two outlets (titles of the first of each pair). */
  private static final Set<Set<String>> REWRITES = Set.of(
      Set.of("Strike halts Port of Brennick as ships queue offshore", "Ships wait offshore as Brennick port strike begins"),
      Set.of("Tessaro Foods recalls 86,000 cartons of oat milk", "Oat drink recalled after sour taste complaints"));

  private final StoryGrouping grouping = new StoryGrouping();

  @Test
  @DisplayName("separates copies and rewrites from different stories and developments by the documented threshold")
  void separates() {
    List<Article> sample = SampleNews.read().articles();
    DoubleSummaryStatistics copies = new DoubleSummaryStatistics();
    for (Article a : sample) {
      for (StoryArticle copy : syndicated(a)) {
        copies.accept(grouping.resemblance(StoryArticle.of(a), copy));
        assertThat(grouping.sameStory(StoryArticle.of(a), copy)).as(copy.title()).isTrue();
      }
    }
    List<Double> rewrites = new ArrayList<>();
    DoubleSummaryStatistics others = new DoubleSummaryStatistics();
    String closest = "";
    for (int i = 0; i < sample.size(); i++) {
      for (int j = i + 1; j < sample.size(); j++) {
        StoryArticle a = StoryArticle.of(sample.get(i));
        StoryArticle b = StoryArticle.of(sample.get(j));
        double r = grouping.resemblance(a, b);
        if (REWRITES.contains(Set.of(a.title(), b.title()))) {
          rewrites.add(r);
          assertThat(grouping.sameStory(a, b)).as(a.title()).isTrue();
        } else {
          if (r > others.getMax()) {
            closest = a.title() + " / " + b.title();
          }
          others.accept(r);
          assertThat(grouping.sameStory(a, b)).as(a.title() + " / " + b.title()).isFalse();
        }
      }
    }
    System.out.printf(Locale.ROOT, "story grouping: %d syndicated copies %.2f..%.2f; rewrites %s; %d other pairs max %.2f (%s)%n",
        copies.getCount(), copies.getMin(), copies.getMax(), rewrites.stream().sorted(Comparator.naturalOrder())
            .map(r -> String.format(Locale.ROOT, "%.2f", r)).toList(), others.getCount(), others.getMax(), closest);
    assertThat(rewrites).hasSize(2);
    assertThat(copies.getMin()).isGreaterThan(StoryGrouping.SAME_STORY + 0.2);
    assertThat(others.getMax()).isLessThan(StoryGrouping.SAME_STORY - 0.2);
  }

  /** Three syndicated copies: dateline and footer; the last two paragraphs cut; a newsletter line and changed verbs. */
  private static List<StoryArticle> syndicated(Article a) {
    List<String> paragraphs = Arrays.asList(a.text().split("\n\n"));
    String cut = String.join("\n\n", paragraphs.subList(0, Math.max(1, paragraphs.size() - 2)));
    return List.of(
        copy(a, "wire", "Wire: " + a.title(), "NORTHFIELD (Valley Wire) - " + a.text()
            + "\n\nThis story was first published by " + a.outlet() + ". Republished with permission."),
        copy(a, "cut", "Short: " + a.title(), cut),
        copy(a, "newsletter", "Today: " + a.title(), "Subscribe to our newsletter for the latest news.\n\n"
            + a.text().replaceFirst(" said", " told reporters").replaceFirst(" said", " stated")));
  }

  private static StoryArticle copy(Article a, String kind, String title, String text) {
    return new StoryArticle(a.id() + "-" + kind, title, "Copy " + kind, a.published(), a.url(), text);
  }
}
