package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.search.DateWidening;
import dev.newsdesk.retrieval.search.TimeScope;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Says first when the news does not come from the dates a question named: "Nothing in the indexed
 * news from 30 November 2026 answers this; the latest, from 28 November 2026: …". Applies to the
 * answers of every composer, since which dates were searched is the pipeline's knowledge, not the
 * model's.
 */
final class ScopeNote {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** The longest rolling window named by its length, in days ("the past 30 days"). */
  private static final int ROLLING_BY_LENGTH_DAYS = 31;

  private ScopeNote() {}

  /** The dates the question named and whether the search had to drop them. */
  static Optional<DatesSearched> dates(QueryPlan plan, DateWidening.Retrieval found) {
    return plan.scope().map(s -> new DatesSearched(s.from(), s.to(), s.expression(), found.widened()));
  }

  /** The answer, led by the note when its search dropped the dates the question named. */
  static Answer lead(Answer answer, QueryPlan plan, DateWidening.Retrieval found) {
    if (!found.widened() || plan.scope().isEmpty()) {
      return answer;
    }
    String nothing = nothing(plan);
    if (answer.abstained()) {
      // the offline composer's "I couldn't find anything…" would say the same twice: nothing older answers either
      String text = answer.text().equals(Abstention.NOT_FOUND) ? nothing + ", nor does anything older."
          : nothing + ". " + answer.text();
      return new Answer(text, true, answer.sources(), answer.provenance(), answer.dates());
    }
    Optional<LocalDate> latest = answer.sources().stream().map(Source::published).flatMap(Optional::stream)
        .max(LocalDate::compareTo);
    if (toldOf(plan)) {
      // a past day or year nothing then answers, told in news of another date: that news is not "the latest"
      String then = plan.scope().orElseThrow().singleDay() ? "that day" : "those dates";
      String told = nothing + latest.map(d -> "; news from " + DAY.format(d) + " tells of " + then + ":").orElse(":");
      return new Answer(told + " " + answer.text(), false, answer.sources(), answer.provenance(), answer.dates());
    }
    String lead = nothing + latest.map(d -> "; the latest, from " + DAY.format(d) + ":").orElse(":");
    return new Answer(lead + " " + answer.text(), false, answer.sources(), answer.provenance(), answer.dates());
  }

  /**
   * Whether a widened answer tells of the past dates the question named (a day or a year older than
   * {@link AnsweringService#RECENT} before the as-of instant, named by this question, not carried from
   * the previous turn), rather than standing in for them as the latest news does for "today".
   */
  private static boolean toldOf(QueryPlan plan) {
    return !plan.headlines() && !plan.scopeCarried() && plan.scope()
        .map(s -> s.to().isBefore(plan.asOf().minus(AnsweringService.RECENT))).orElse(false);
  }

  /** An abstention on dates that were not widened, led by which dates were searched. */
  static Answer nothingThen(Answer answer, QueryPlan plan) {
    if (!answer.abstained() || plan.scope().isEmpty() || answer.dates().map(DatesSearched::widened).orElse(false)) {
      return answer;
    }
    String nothing = nothing(plan);
    // the offline composer's "I couldn't find anything…" would say the same twice
    String text = answer.text().equals(Abstention.NOT_FOUND) ? nothing + (plan.headlines() ? "." : " question.")
        : nothing + ". " + answer.text();
    return new Answer(text, true, answer.sources(), answer.provenance(), answer.dates());
  }

  /**
   * "Nothing in the indexed news from 30 November 2026 answers this"; for a question that asks what
   * is new and names no topic, which asks for no fact that could go unanswered, "Nothing in the
   * indexed news is from 30 November 2026". Needs the plan's scope.
   */
  private static String nothing(QueryPlan plan) {
    return plan.headlines() ? "Nothing in the indexed news is from " + days(plan.scope().orElseThrow())
        : "Nothing in the indexed news from " + days(plan.scope().orElseThrow()) + " answers this";
  }

  /**
   * "30 November 2026", "1 June 2026 to 30 June 2026": the days of the scope (UTC); a rolling window
   * that does not start at midnight ("this week": the 7 days up to now) by its length, "the past 7
   * days" or "the past 24 hours" (under two days, or not whole days), up to {@value
   * #ROLLING_BY_LENGTH_DAYS} days, longer ones by their days ("12 August 2019 to 12 August 2022", not
   * "the past 1096 days"): a start with a clock time ("26 November 2026, 13:31 UTC") reads as more
   * than the reader asked.
   */
  static String days(TimeScope scope) {
    java.time.ZonedDateTime start = scope.from().atZone(ZoneOffset.UTC);
    long hours = Math.round(java.time.Duration.between(scope.from(), scope.to()).toMinutes() / 60.0);
    if (!start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && hours <= ROLLING_BY_LENGTH_DAYS * 24) {
      return hours >= 48 && hours % 24 == 0 ? "the past " + hours / 24 + " days" : "the past " + hours + " hours";
    }
    LocalDate first = scope.from().atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate last = scope.to().minusMillis(1).atZone(ZoneOffset.UTC).toLocalDate();
    return first.equals(last) ? DAY.format(first) : DAY.format(first) + " to " + DAY.format(last);
  }
}
