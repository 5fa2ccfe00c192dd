package dev.newsdesk.retrieval.solr;

import static dev.newsdesk.retrieval.TestArticles.article;

import dev.newsdesk.retrieval.article.Article;
import java.util.List;

/** A small invented corpus of distinct stories, some long enough for several passages. */
public final class SolrCorpus {

  public static final List<String> QUESTIONS = List.of(
      "What did the council decide about the harbour budget?",
      "Which vaccine did the health ministry approve?",
      "Why did the copper mine close?",
      "Who won the chess championship?",
      "What happened to the rail bridge after the flood?",
      "How much did the central bank raise interest rates?");

  private SolrCorpus() {}

  public static List<Article> articles() {
    return List.of(
        article("harbour-budget-1", "Council cuts the harbour budget", "Valley Wire", "2026-08-01",
            "The town council voted on Monday to cut the harbour budget by a fifth. Dredging will pause until spring. "
                + "Fishermen said the decision would leave the channel too shallow for the larger boats."),
        article("harbour-budget-2", "Harbour budget cut draws protest", "Harbour Times", "2026-08-05",
            "Dozens of fishermen protested outside the town hall over the harbour budget cut. "
                + "The mayor promised to review dredging costs with the port authority next month."),
        article("vaccine", "Health ministry approves new flu vaccine", "Capital Post", "2026-08-10",
            "The health ministry approved a new nasal flu vaccine for children under twelve. "
                + "Clinics will offer the vaccine from October, and pharmacies later in the winter."),
        article("copper-mine", "Copper mine closes after flooding", "Valley Wire", "2026-08-12",
            "The Red Hill copper mine closed after groundwater flooded its lower shafts. "
                + "Three hundred miners were sent home while engineers pump out the water."),
        article("chess", "Teenager wins national chess championship", "Capital Post", "2026-08-15",
            "A sixteen-year-old from the coast won the national chess championship in a tense final game. "
                + "She sacrificed her queen on move thirty and mated in five."),
        article("rail-bridge", "Rail bridge closed after flood damage", "Harbour Times", "2026-08-18",
            "The old rail bridge over the river closed after the flood washed away part of a pier. "
                + "Trains will stop at the river station and buses will carry passengers across."),
        article("rates", "Central bank raises interest rates by half a point", "Capital Post", "2026-08-20",
            "The central bank raised its main interest rate by half a point to four percent, citing stubborn inflation. "
                + "Mortgage lenders are expected to follow within days."),
        longArticle("festival", "Summer music festival draws record crowds", 6,
            "the festival drew record crowds to the meadow"),
        longArticle("election", "Mayoral election campaign opens", 8, "candidates for mayor opened their campaigns"));
  }

  /** An article of {@code paragraphs} distinct paragraphs, long enough for several passages. */
  public static Article longArticle(String slug, String title, int paragraphs, String subject) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < paragraphs; i++) {
      text.append("In part ").append(i + 1).append(" of the report, ").append(subject)
          .append(" while volunteers counted visitor number ").append(i * 37 + 11)
          .append(" at gate ").append(i + 2).append(". Organisers described day ").append(i + 1)
          .append(" as busy but calm, and the local paper listed ").append(i * 5 + 3)
          .append(" stalls, ").append(i + 4).append(" stages and a long queue for water near tent ")
          .append(i + 7).append(". Reporters spoke with residents, traders, stewards and visitors about transport, ")
          .append("noise, litter, prices and the weather, which stayed dry until the evening of day ")
          .append(i + 1).append(".\n\n");
    }
    return article(slug, title, "Valley Wire", "2026-07-2" + (paragraphs % 10), text.toString());
  }
}
