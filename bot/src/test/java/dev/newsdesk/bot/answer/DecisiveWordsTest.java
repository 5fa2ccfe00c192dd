package dev.newsdesk.bot.answer;

import static dev.newsdesk.bot.answer.SmallNews.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which of the question's words the answer's article must hold: the things and events it is about
 * must be there (word for word or in a sense they usually have), while words that only shape the
 * question ("exactly", "don't") and the words naming the kind of fact asked for ("caused") need not.
 * Articles written for this test, answered offline through the real pipeline with the in-process models.
 */
@DisplayName("The words an answer must find")
class DecisiveWordsTest {

  static final Instant NOW = Instant.parse("2027-06-10T12:00:00Z");

  @TempDir static Path folder;
  static SmallNews news;

  @BeforeAll
  static void index() {
    news = SmallNews.of(folder, NOW, List.of(
        article("footbridge", "Selby footbridge to close for repairs", "Dale Post", "2027-05-20",
            "The Selby footbridge over the river Aske will close on 3 June for six weeks of repairs. "
                + "Inspectors found cracks in two of its steel supports during a routine check in April. "
                + "Walkers will be sent over the road bridge at Kirkby while the work lasts."),
        article("dairy", "Selby dairy fined over contaminated milk", "Dale Post", "2027-05-28",
            "A faulty valve at the Aske Farms dairy in Selby caused the milk contamination that led to last month's recall, "
                + "inspectors said on Friday. "
                + "The dairy was fined 400,000 crowns and must replace every valve on its bottling line by August. "
                + "The faulty valve will go back to the manufacturer, Tolland Valves, for tests."),
        article("insurance", "Many Selby homes had no flood insurance", "Dale Post", "2027-06-02",
            "Many households in Selby have no flood insurance, because premiums rose sharply after the flood of 2019. "
                + "The town council wants the government to help pay for the damage."),
        article("satellite", "Selby-built satellite Lark-3 reaches orbit", "Dale Post", "2027-06-01",
            "The weather satellite Lark-3, built in Selby, reached orbit on Tuesday. "
                + "It will measure rainfall over the northern seas for seven years. "
                + "The satellite weighs 2.1 tonnes and carries 4 cameras."),
        article("weather", "Record heat in Selby", "Dale Post", "2027-06-05",
            "Selby recorded 36.2 degrees on Thursday, the highest temperature ever measured there. "
                + "The reading was taken at the weather station beside Selby airfield."),
        article("hoses", "Aske Water bans garden hoses", "Dale Post", "2027-06-07",
            "Aske Water on Monday banned the use of garden hoses across the valley until the reservoir refills. "
                + "“Every bucket saved helps,” said Aske Water director Ms. Ida Lund. "
                + "Households that break the ban can be fined up to 2,000 crowns. "
                + "Water use in the valley reached 310 million litres on Sunday, a record for June."),
        article("drought-aid", "Aid for farmers after the drought", "Dale Post", "2027-06-08",
            "Farmers in the Aske valley who lost crops in the drought can apply for aid from 20 August, the farm office "
                + "said. About 400 people came to the farm office's meeting on the aid in Selby on Monday. "
                + "The office will give each farm up to 9,000 crowns."),
        article("puffins", "Fewer puffins on Holm", "Dale Post", "2027-06-03",
            "Volunteers counted 2,140 pairs of puffins on the Holm cliffs in early June, down from 2,610 last year. "
                + "The bird society blames a shortage of sand eels."),
        article("wind-farm", "Wind farm near the gannet colony approved", "Dale Post", "2027-06-04",
            "The Skarn wind farm was approved on Monday, though it lies near the largest gannet colony of the coast. "
                + "Adult tickets for the boat trip to the colony cost 12 crowns."),
        article("chess-youth", "Selby youth chess title for Ana Berg", "Dale Post", "2027-06-06",
            "Twelve-year-old Ana Berg won the youth chess title at the Selby chess club on Sunday, "
                + "beating 23 other players."),
        article("dairy-recall", "Aske Foods recalls milk", "Dale Post", "2027-04-20",
            "Aske Foods recalled 20,000 bottles of milk from its Selby dairy after customers complained of a sour taste."),
        article("barn", "Barn fire near Kirkby", "Dale Post", "2027-06-06",
            "A fire destroyed a hay barn near Kirkby on Sunday night. No one was hurt.")));
  }

  @AfterAll
  static void close() {
    news.close();
  }

  @Test
  @DisplayName("a numbered name is asked as written: Lark-3's weight is no answer about Lark-4")
  void numberedNameAsWritten() {
    Answer other = news.ask("How much does the Lark-4 satellite weigh?");
    assertThat(other.abstained()).as(other.text()).isTrue();
    assertThat(news.ask("How much does the lark-3 satellite weigh?").text()).contains("2.1 tonnes");
  }

  @Test
  @DisplayName("an adverb no article holds ('exactly') does not sink the answer")
  void adverbNeedNotBeInArticle() {
    Answer answer = news.ask("Where exactly was the Selby temperature reading taken?");
    assertThat(answer.abstained()).as(answer.text()).isFalse();
    assertThat(answer.text()).contains("Selby airfield");
  }

  @Test
  @DisplayName("an opening adverb or preposition ('Roughly how many', 'From what date') is no name the article must hold")
  void openingWordsAreNoNames() {
    Answer roughly = news.ask("Roughly how many people came to the meeting on the drought aid?");
    assertThat(roughly.abstained()).as(roughly.text()).isFalse();
    assertThat(roughly.text()).contains("400");
    Answer from = news.ask("From what date can Aske farmers apply for drought aid?");
    assertThat(from.abstained()).as(from.text()).isFalse();
    assertThat(from.text()).contains("20 August");
  }

  @Test
  @DisplayName("'who spoke about' asks who said something: the article's 'said' answers")
  void spokeIsSaid() {
    Answer answer = news.ask("Who at Aske Water spoke about the hose ban?");
    assertThat(answer.abstained()).as(answer.text()).isFalse();
    assertThat(answer.text()).contains("Ida Lund");
  }

  @Test
  @DisplayName("a contracted function word ('don't') is no word of the subject")
  void contractionIsNoSubject() {
    Answer answer = news.ask("Why don't many Selby households have flood insurance?");
    assertThat(answer.abstained()).as(answer.text()).isFalse();
    assertThat(answer.text()).contains("premiums");
  }

  @Test
  @DisplayName("the thing asked about ('the fire') sinks an article that lacks it, though 'caused' and the place are there")
  void missingThingBesideTheAnswerWord() {
    Answer fire = news.ask("What caused the fire at the Aske Farms dairy in Selby?");
    assertThat(fire.abstained()).as(fire.text()).isTrue();
    assertThat(news.ask("What caused the contamination at the Aske Farms dairy in Selby?").text()).contains("faulty valve");
  }

  @Test
  @DisplayName("what a 'how many pairs of' question counts must be in the article: puffins are counted in pairs too")
  void countedThingMustBeThere() {
    Answer gannets = news.ask("How many pairs of gannets were counted on the Holm cliffs?");
    assertThat(gannets.abstained()).as(gannets.text()).isTrue();
    assertThat(news.ask("How many pairs of puffins were counted on the Holm cliffs?").text()).contains("2,140");
    // a narrow thing counted ("razorbills") must be there too; "how many people" need not be written so
    Answer razorbills = news.ask("How many razorbills did volunteers count on the Holm cliffs in early June, down from last year?");
    assertThat(razorbills.abstained()).as(razorbills.text()).isTrue();
    assertThat(news.ask("How many people came to the farm office's meeting on the drought aid?").text()).contains("400");
  }

  @Test
  @DisplayName("another kind of a thing the article holds ('the adult chess title' beside the youth title) abstains")
  void otherKindAbstains() {
    Answer adult = news.ask("Who won the adult chess title at the Selby chess club?");
    assertThat(adult.abstained()).as(adult.text()).isTrue();
    assertThat(news.ask("Who won the youth chess title at the Selby chess club?").text()).contains("Ana Berg");
  }

  @Test
  @DisplayName("a follow-up's dates carried from the previous turn are widened when nothing in them answers")
  void carriedDatesWiden() {
    assertThat(news.ask("chat-carried", "Which company recalled milk in April?").text()).contains("Aske Foods");
    Answer fine = news.ask("chat-carried", "How much was it fined?");
    assertThat(fine.abstained()).as(fine.text()).isFalse();
    assertThat(fine.text()).contains("400,000 crowns");
  }

  @Test
  @DisplayName("an event no article tells of ('collapse') is not matched through a rare sense of its verb ('crack up')")
  void eventMatchedByItsCommonSense() {
    Answer collapse = news.ask("When did the Selby footbridge over the river Aske collapse?");
    assertThat(collapse.abstained()).as(collapse.text()).isTrue();
    assertThat(news.ask("When will the Selby footbridge close?").text()).contains("3 June");
  }

  @Test
  @DisplayName("'how many households' is not answered with a sum of money or a volume written beside households")
  void countIsNoSumOrVolume() {
    Answer fined = news.ask("How many households have been fined so far for breaking the Aske Water hose ban?");
    assertThat(fined.abstained()).as(fined.text()).isTrue();
    assertThat(news.ask("How much can households be fined for breaking the Aske Water hose ban?").text())
        .contains("2,000 crowns");
  }

  @Test
  @DisplayName("a question after a statement ('… sent back to its maker - which company made it?') asks who")
  void askingClauseAfterAStatement() {
    assertThat(news.ask("The Selby dairy's faulty valve is going back to its maker - which company made it?").text())
        .contains("Tolland Valves");
  }

  @Test
  @DisplayName("a possessive after a number ('Lark-3's') is no word the article must hold")
  void possessiveAfterANumber() {
    Answer years = news.ask("How many years will Lark-3's rainfall measurements last?");
    assertThat(years.abstained()).as(years.text()).isFalse();
    assertThat(years.text()).contains("seven years");
  }

  @Test
  @DisplayName("an irregular verb form no article holds ('gave') is read as its base form ('give'), not as a topic the news lacks")
  void irregularVerbForm() {
    Answer fine = news.ask("How big was the fine inspectors gave the Aske Farms dairy in Selby?");
    assertThat(fine.abstained()).as(fine.text()).isFalse();
    assertThat(fine.text()).contains("400,000 crowns");
  }

  @Test
  @DisplayName("the measure of a 'how heavy' question is the answer's to give ('weighs 2.1 tonnes'), not a word the article must hold")
  void howMeasureIsTheAnswers() {
    Answer heavy = news.ask("How heavy is the Lark-3 satellite?");
    assertThat(heavy.abstained()).as(heavy.text()).isFalse();
    assertThat(heavy.text()).contains("2.1 tonnes");
  }
}
