package dev.newsdesk.bot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.bot.SampleNews;
import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.retrieval.article.Article;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The answer-quality check")
class QaCheckTest {

  private final QaCheck check = new QaCheck();

  private static QaItem expects(List<List<String>> must) {
    return new QaItem("t-1", "how-many", List.of("What pay rise did the dockers get?"), Optional.empty(), must,
        Optional.of("https://example.test/a"), false);
  }

  private static QaItem absent() {
    return new QaItem("t-2", "absent", List.of("Who won the chess olympiad?"), Optional.empty(), List.of(),
        Optional.empty(), true);
  }

  private static Answer said(String text) {
    return new Answer(text, false, List.of());
  }

  @Test
  @DisplayName("is correct when every group has a phrase, ignoring case, spacing and citation markers")
  void everyGroupMatched() {
    QaCheck.Verdict v = check.check(expects(List.of(List.of("6.5%", "6.5 per cent"), List.of("two  years"))),
        said("Workers get a pay rise of 6.5 PER\u00a0cent [1, 2] over two\tyears [1]. Quill called it fair [2]."));

    assertThat(v).isEqualTo(new QaCheck.Verdict(true, true));
  }

  @Test
  @DisplayName("is correct but not first-sentence correct when the fact comes only in a later sentence")
  void factLater() {
    QaCheck.Verdict v = check.check(expects(List.of(List.of("6.5%"))),
        said("The port is working again [1]. Workers get a pay rise of 6.5% over two years [1]."));

    assertThat(v).isEqualTo(new QaCheck.Verdict(true, false));
  }

  @Test
  @DisplayName("a quotation of several sentences with its 'said …' is one first sentence, as a reader takes it")
  void quotationIsOneSentence() {
    QaCheck.Verdict v = check.check(expects(List.of(List.of("Marta Quill"))),
        said("“It is fair. We accept it,” said Marta Quill, who leads the union [1]. The port reopened [2]."));

    assertThat(v).isEqualTo(new QaCheck.Verdict(true, true));
    assertThat(check.firstSentence(said("“It is fair. We accept it,” said Marta Quill [1]. The port reopened [2].")))
        .isEqualTo("“It is fair. We accept it,” said Marta Quill.");
  }

  @Test
  @DisplayName("is wrong when one group has no phrase in the answer")
  void groupMissing() {
    QaCheck.Verdict v = check.check(expects(List.of(List.of("6.5%"), List.of("annual leave"))),
        said("Workers get a pay rise of 6.5% over two years [1]."));

    assertThat(v).isEqualTo(new QaCheck.Verdict(false, false));
  }

  @Test
  @DisplayName("a citation marker between two words does not break a phrase")
  void markerInsidePhrase() {
    assertThat(check.check(expects(List.of(List.of("pay rise of 6.5%"))), said("A pay rise [1] of 6.5% [2].")).correct())
        .isTrue();
  }

  @Test
  @DisplayName("an abstention is wrong where an answer is expected, and the only right answer where none is")
  void abstentions() {
    Answer abstention = Answer.abstain("I couldn't find anything in the indexed news that answers this question.");

    assertThat(check.check(expects(List.of(List.of("find anything"))), abstention).correct()).isFalse();
    assertThat(check.check(absent(), abstention)).isEqualTo(new QaCheck.Verdict(true, true));
    assertThat(check.check(absent(), said("Lina Havel won the Tarnby youth title [1].")).correct()).isFalse();
  }

  @Test
  @DisplayName("an item that expects an answer must say what it holds")
  void itemNeedsPhrases() {
    assertThatThrownBy(() -> expects(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t-1: must needs at least one group");
  }

  @Test
  @DisplayName("the bundled set reads, with unique ids, at least 130 items and an article for every answerable one")
  void bundledSet() {
    List<QaItem> items = QaItems.bundled();

    assertThat(items).hasSizeGreaterThanOrEqualTo(130);
    assertThat(items.stream().map(QaItem::id).distinct().count()).isEqualTo(items.size());
    assertThat(items).filteredOn(i -> !i.abstain()).allMatch(i -> i.url().isPresent());
    assertThat(items.stream().map(QaItem::kind).distinct()).contains(
        "who", "how-many", "when", "where", "why-how", "paraphrase", "absent", "follow-up", "topic-shift", "dated");
    assertThat(items).filteredOn(i -> i.kind().equals("follow-up")).allMatch(i -> i.turns().size() == 2);
  }

  @Test
  @DisplayName("every expected phrase is in the sample article the item names (bundled and fresh sets), except a stale 'today' item's")
  void phrasesAreInTheirArticles() {
    Map<String, Article> articles = SampleNews.read().articles().stream()
        .collect(Collectors.toMap(a -> a.url().orElse(a.id()), a -> a));

    List<QaItem> all = new java.util.ArrayList<>(QaItems.bundled());
    for (String set : List.of("fresh-a", "fresh-b", "fresh-c", "fresh-d", "fresh-e", "fresh-f", "fresh-g",
        "fresh-h", "fresh-w", "fresh-j", "fresh-k", "fresh-l", "fresh-m")) {
      all.addAll(QaItems.read(Path.of("src/test/resources/qa-sets/" + set + ".jsonl")));
    }
    for (QaItem item : all) {
      if (item.abstain()) {
        continue;
      }
      Article article = articles.get(item.url().orElseThrow());
      assertThat(article).as(item.id() + " names a sample article").isNotNull();
      boolean stale = item.asOf().isPresent()
          && item.asOf().get().isAfter(article.published().orElseThrow().plus(Duration.ofDays(2)));
      String text = QaCheck.normalise(article.title() + " " + article.text());
      if (!stale) {
        assertThat(item.must()).as(item.id()).allMatch(g -> QaCheck.holdsAll(List.of(g), text));
      }
    }
  }

  @Test
  @DisplayName("a malformed line is reported with its line number")
  void badLine() {
    assertThatThrownBy(() -> QaItems.parse("\n{\"id\":\"x\",\"kind\":\"who\",\"turns\":[\"Who?\"],\"as_of\":\"June\"}", "set.jsonl"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("set.jsonl line 2: as_of is not");
  }
}
