package dev.newsdesk.bot.answer;

import static dev.newsdesk.bot.answer.SmallNews.article;
import static dev.newsdesk.bot.answer.SmallNews.firstSentence;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paraphrases the word model cannot see but WordNet can ("fine" for a penalty, "streetcar" for a
 * tram: 0.23 and 0.42 as word vectors), and the near misses that widening must not let through (a
 * house of an opera is no home). Articles written for this test, answered offline through the real
 * pipeline with the in-process models.
 */
@DisplayName("Paraphrases matched through WordNet senses")
class ParaphraseSensesTest {

  @TempDir static Path folder;
  static SmallNews news;

  @BeforeAll
  static void index() {
    news = SmallNews.of(folder, Instant.parse("2027-03-10T12:00:00Z"), List.of(
        article("tram-contract", "Kran Bygg wins the Lunde tram contract", "Fjord Times", "2027-03-03",
            "Kran Bygg will build the new tram line from Lunde station to the ferry quay, the town said on Monday. "
                + "Under the contract, Kran Bygg must pay a penalty of 20,000 crowns for every day the line opens late. "
                + "The line will be 4 kilometres long and have six stops."),
        article("harbour-homes", "Hasvik builds new homes by the harbour", "Fjord Times", "2027-03-04",
            "Work has started on 40 new homes beside the harbour in Hasvik. "
                + "The homes are being built by the town's housing company and should be ready in 2028. "
                + "Each of the new homes will have a view of the fjord."),
        article("bakery", "Bakery prices rise in Verrel", "Fjord Times", "2027-03-08",
            "Bakeries in Verrel have raised the price of a loaf of rye bread by 4 crowns this month. "
                + "Bakers blamed the higher cost of flour and electricity for the increase."),
        article("storm", "Storm floods the Lunde quay", "Fjord Times", "2027-03-02",
            "A storm flooded the Lunde quay on Sunday night. "
                + "No one was seriously hurt, although two people were treated for cold."),
        article("heat", "Verrel swelters in a March heatwave", "Fjord Times", "2027-03-07",
            "The heatwave pushed temperatures in Verrel to 24 degrees on Saturday, a March record."),
        article("bus-deal", "Verrel bus drivers accept deal", "Fjord Times", "2027-03-09",
            "Verrel bus drivers accepted a new deal on Tuesday, ending their strike. "
                + "The deal adds two days of annual leave and a pay rise of 3% from April.")));
  }

  @AfterAll
  static void close() {
    news.close();
  }

  @Test
  @DisplayName("a fine is a penalty and a streetcar a tram: the sentence that says so answers")
  void senseOfAMissedWordSupports() {
    Answer answer = news.ask("What fine does the builder face for each day the streetcar line is late?");
    assertThat(answer.abstained()).as(answer.text()).isFalse();
    assertThat(answer.text()).contains("20,000 crowns");
  }

  @Test
  @DisplayName("a wage increase is the pay rise WordNet lists it beside")
  void compoundSynonym() {
    assertThat(news.ask("What wage increase did the Verrel bus drivers get?").text()).contains("3%");
  }

  @Test
  @DisplayName("a heatwave (WordNet's 'heat wave') is a thing the article must hold: a storm's injuries are no answer")
  void closedCompoundIsAThing() {
    Answer answer = news.ask("How many people died in the heatwave?");
    assertThat(answer.abstained()).as(answer.text()).isTrue();
  }

  /** A casual word for a programme, and a count of people in other words, in an index of their own. */
  @Nested
  @DisplayName("a scheme is a programme, and pupils are the kids counted")
  class SchemeAndKids {

    @TempDir Path own;

    @Test
    @DisplayName("how many kids are in the reading scheme: the count of pupils comes first, not a child's age")
    void schemeAndKids() {
      try (SmallNews schools = SmallNews.of(own, Instant.parse("2027-03-10T12:00:00Z"), List.of(
          article("reading", "Vesby schools start a reading programme", "Fjord Times", "2027-03-03",
              "Every primary school in Vesby began a new reading programme on Monday. "
                  + "“A child who reads at six is far more likely to enjoy books at twelve,” said head teacher Ms. Ragna Lie. "
                  + "The programme covers 9 schools and about 2,400 pupils between the ages of five and eleven. "
                  + "It is funded by a grant of 300,000 crowns from the town."),
          article("ward", "Vesby hospital opens a children's ward", "Fjord Times", "2027-03-05",
              "Vesby Hospital opened a new children's ward with 18 beds on Friday.")))) {
        Answer answer = schools.ask("How many kids are in the Vesby school reading scheme?");
        assertThat(answer.abstained()).as(answer.text()).isFalse();
        assertThat(firstSentence(answer)).contains("2,400 pupils");
        // a scheme the news does not tell of is still not answered
        assertThat(schools.ask("How many kids are in the Vesby school swimming scheme?").abstained()).isTrue();
        // whose ward it is ("kids'") is no body that acts: the children's ward answers
        Answer ward = schools.ask("How many beds does the new kids' ward at Vesby Hospital have?");
        assertThat(ward.abstained()).as(ward.text()).isFalse();
        assertThat(firstSentence(ward)).contains("18 beds");
      }
    }
  }

  /** A noun in -ee and the verb whose object it names, in an index of their own. */
  @Nested
  @DisplayName("an -ee noun and its verb")
  class ObjectOfAVerb {

    @TempDir Path own;

    @Test
    @DisplayName("evacuees are those evacuated: the sentence that says where they slept answers")
    void objectOfAVerbIsFound() {
      try (SmallNews flood = SmallNews.of(own, Instant.parse("2027-03-10T12:00:00Z"), List.of(
          article("skog-flood", "River Skog floods Tenby village", "Fjord Times", "2027-03-05",
              "The River Skog burst its banks at Tenby on Thursday, and 210 residents were evacuated by boat. "
                  + "Most of them spent the night at the Lunde sports hall, while others stayed with relatives."),
          article("lunde-hall", "Lunde sports hall reopens", "Fjord Times", "2027-02-20",
              "The Lunde sports hall reopened on Saturday after a new floor was laid. "
                  + "The hall can now seat 600 spectators.")))) {
        Answer answer = flood.ask("Where did the Tenby flood evacuees spend the night?");
        assertThat(answer.abstained()).as(answer.text()).isFalse();
        assertThat(firstSentence(answer)).contains("Lunde sports hall");
      }
    }
  }

  /** A question's word that the article writes as a kind of it, in an index of their own. */
  @Nested
  @DisplayName("a kind of the thing asked for")
  class KindOfTheThing {

    @TempDir Path own;

    @Test
    @DisplayName("a penalty: the article that says the dairy was fined answers; a fire it does not tell of is not answered")
    void kindOfTheThingAskedSupports() {
      try (SmallNews dairy = SmallNews.of(own, Instant.parse("2027-03-10T12:00:00Z"), List.of(
          article("holm-fined", "Regulator acts over Holm Dairy cheese", "Fjord Times", "2027-03-06",
              "The food regulator has fined Holm Dairy 900,000 crowns over mislabelled cheese, it said on Friday. "
                  + "The dairy said it would not appeal."),
          article("holm-jobs", "Holm Dairy adds night shift", "Fjord Times", "2027-02-20",
              "Holm Dairy will add a night shift at its Vesby plant and hire 40 workers."),
          // another article writes "penalty" (and "give"), so the word is no paraphrase only the question holds
          article("kran-contract", "Kran Bygg wins the Lunde tram contract", "Fjord Times", "2027-02-22",
              "Kran Bygg will build the new tram line, and the town will give it two years. "
                  + "Under the contract, Kran Bygg must pay a penalty of 20,000 crowns for every day the line opens late.")))) {
        Answer answer = dairy.ask("How big a penalty did the regulator give Holm Dairy?");
        assertThat(answer.abstained()).as(answer.text()).isFalse();
        assertThat(firstSentence(answer)).contains("900,000 crowns");
        assertThat(dairy.ask("What caused the fire at the Holm Dairy plant?").abstained()).isTrue();
      }
    }
  }

  /** A preposition of several words, in an index of its own. */
  @Nested
  @DisplayName("a preposition of several words")
  class ComplexPreposition {

    @TempDir Path own;

    @Test
    @DisplayName("voted in favour of a strike: the article need not write 'favour' ('backed strike action')")
    void favourIsNoThingToFind() {
      try (SmallNews vote = SmallNews.of(own, Instant.parse("2027-03-10T12:00:00Z"), List.of(
          article("drivers-ballot", "Lunde bus drivers vote to strike", "Fjord Times", "2027-03-04",
              "Lunde bus drivers will strike next month. "
                  + "Of the 620 members who took part in the ballot, 81.2% backed strike action, the Lunde Drivers' Union said."),
          article("drivers-deal", "Verrel bus drivers accept offer", "Fjord Times", "2027-03-08",
              "Verrel bus drivers voted to accept the offer, with a share of 64.5% in a ballot that closed on Monday.")))) {
        Answer answer = vote.ask("What share of Lunde bus drivers voted in favour of striking?");
        assertThat(answer.abstained()).as(answer.text()).isFalse();
        assertThat(firstSentence(answer)).contains("81.2%");
      }
    }
  }

  /** A verb of two words, in an index of its own. */
  @Nested
  @DisplayName("a verb of two words")
  class PhrasalVerb {

    @TempDir Path own;

    @Test
    @DisplayName("to blast off is to launch: the sentence that says when the probe was launched answers")
    void phrasalVerbMeansWhatNeitherWordSays() {
      try (SmallNews launch = SmallNews.of(own, Instant.parse("2027-03-10T12:00:00Z"), List.of(
          article("probe", "Vesby probe launched", "Fjord Times", "2027-03-04",
              "The Vesby probe was launched at 04:17 on Tuesday from the Skarholm site. "
                  + "It will reach the asteroid in March."),
          // a blast of another kind, so the word is no paraphrase only the question holds
          article("blast", "Gas blast damages houses in Lunde", "Fjord Times", "2027-03-08",
              "A gas blast damaged two houses in Lunde on Monday. No one was hurt, the fire service said at 09:30.")))) {
        Answer answer = launch.ask("What time did the Vesby probe blast off?");
        assertThat(answer.abstained()).as(answer.text()).isFalse();
        assertThat(firstSentence(answer)).contains("04:17");
      }
    }
  }

  /** A verb no article writes, relating the things named or being the event asked about, in an index of its own. */
  @Nested
  @DisplayName("a verb no article writes")
  class VerbNoArticleWrites {

    @TempDir Path own;

    @Test
    @DisplayName("to slap a penalty on is to fine; a passive or a verb with no object is the event asked about and abstains")
    void verbThatRelatesTheThingsNamed() {
      try (SmallNews verbs = SmallNews.of(own, Instant.parse("2027-03-10T12:00:00Z"), List.of(
          article("fine", "Regulator fines Kran Bygg over tram delays", "Fjord Times", "2027-03-05",
              "The transport regulator has fined Kran Bygg 50,000 crowns over repeated delays on the Lunde tram line, "
                  + "it said on Thursday. Kran Bygg said it would pay the penalty and finish the line by June."),
          article("protest", "Dockers protest on the Lunde quay", "Fjord Times", "2027-03-06",
              "About 300 dock workers protested on the Lunde quay on Friday against plans to close the north terminal. "
                  + "The protest ended peacefully in the afternoon, police said."),
          article("pier", "Hasvik pier closes for repairs", "Fjord Times", "2027-03-07",
              "The old Hasvik pier will close on 12 April for six weeks of repairs after inspectors found rust in its "
                  + "steel supports. The pier was built in 1931.")))) {
        Answer fine = verbs.ask("What penalty did the regulator slap on Kran Bygg?");
        assertThat(fine.abstained()).as(fine.text()).isFalse();
        assertThat(firstSentence(fine)).contains("50,000 crowns");
        // the protest's count and the pier's closing date are near misses: nothing was arrested or collapsed
        Answer arrested = verbs.ask("How many dock workers were arrested on the Lunde quay?");
        assertThat(arrested.abstained()).as(arrested.text()).isTrue();
        Answer collapsed = verbs.ask("When did the Hasvik pier collapse?");
        assertThat(collapsed.abstained()).as(collapsed.text()).isTrue();
      }
    }

    @Test
    @DisplayName("'the pier thing' asks about the pier: a word for anything is no word the article must hold")
    void wordForAnything() {
      try (SmallNews pier = SmallNews.of(own, Instant.parse("2027-03-10T12:00:00Z"), List.of(
          article("pier", "Hasvik pier closes for repairs", "Fjord Times", "2027-03-07",
              "The old Hasvik pier will close on 12 April for six weeks of repairs after inspectors found rust in its "
                  + "steel supports. The pier was built in 1931."),
          article("ferry", "Lunde ferry gets a new engine", "Fjord Times", "2027-03-08",
              "The Lunde ferry will get a new engine in May, the operator said.")))) {
        Answer built = pier.ask("When was the Hasvik pier thing built?");
        assertThat(built.abstained()).as(built.text()).isFalse();
        assertThat(built.text()).contains("built in 1931");
      }
    }
  }
}
