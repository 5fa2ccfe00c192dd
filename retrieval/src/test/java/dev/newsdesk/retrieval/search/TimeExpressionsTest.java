package dev.newsdesk.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * As-of instants used below: 2026-03-04T15:30 is a Wednesday, 2026-03-02 a Monday, 2026-03-01 a
 * Sunday, 2026-01-01 a Thursday, 2025-12-31 a Wednesday, 2024-02-29 (leap day) a Thursday and
 * 2026-06-15 a Monday.
 */
@DisplayName("TimeExpressions")
class TimeExpressionsTest {

  private static final String ROW = "as of {0}, \"{1}\" is [{2}, {3}) from \"{4}\"";

  private final TimeExpressions utc = new TimeExpressions(ZoneOffset.UTC);

  /** Given a question asked at {@code asOf}, the scope found is exactly [from, to) and names it. */
  private void assertScope(
      String asOf, String question, String from, String to, String expression) {
    // when
    Optional<TimeScope> scope = utc.find(question, Instant.parse(asOf));

    // then
    assertThat(scope)
        .contains(new TimeScope(Instant.parse(from), Instant.parse(to), expression));
  }

  @Nested
  @DisplayName("reads a single day")
  class Days {

    @ParameterizedTest(name = ROW)
    @CsvSource(
        delimiter = '|',
        value = {
          "2026-03-04T15:30:00Z | What happened today?                | 2026-03-04T00:00:00Z | 2026-03-04T15:30:00Z | today",
          "2026-01-01T09:00:00Z | Any news yesterday?                 | 2025-12-31T00:00:00Z | 2026-01-01T00:00:00Z | yesterday",
          "2026-03-01T12:00:00Z | What did the minister say yesterday? | 2026-02-28T00:00:00Z | 2026-03-01T00:00:00Z | yesterday",
          "2024-03-01T06:00:00Z | Who resigned yesterday?             | 2024-02-29T00:00:00Z | 2024-03-01T00:00:00Z | yesterday",
          "2024-02-29T18:00:00Z | Who won tonight?                    | 2024-02-29T00:00:00Z | 2024-02-29T18:00:00Z | tonight",
          "2025-12-31T23:00:00Z | What did markets do this morning?   | 2025-12-31T00:00:00Z | 2025-12-31T23:00:00Z | this morning",
          "2026-01-01T09:00:00Z | Where was the fire last night?      | 2025-12-31T00:00:00Z | 2026-01-01T00:00:00Z | last night",
          "2026-03-04T15:30:00Z | YESTERDAY's vote: who won?          | 2026-03-03T00:00:00Z | 2026-03-04T00:00:00Z | YESTERDAY",
          "2026-03-01T12:00:00Z | What happened 3 days ago?           | 2026-02-26T00:00:00Z | 2026-02-27T00:00:00Z | 3 days ago",
          "2024-03-01T06:00:00Z | What happened two days ago?         | 2024-02-28T00:00:00Z | 2024-02-29T00:00:00Z | two days ago",
        })
    void relative_days(String asOf, String question, String from, String to, String expression) {
      assertScope(asOf, question, from, to, expression);
    }

    @Test
    @DisplayName("counts days in the zone it was given, not in UTC")
    void in_its_zone() {
      // given it is already 5 March, 00:30, in Berlin
      TimeExpressions berlin = new TimeExpressions(ZoneId.of("Europe/Berlin"));
      Instant asOf = Instant.parse("2026-03-04T23:30:00Z");

      // when
      Optional<TimeScope> scope = berlin.find("What happened today?", asOf);

      // then Berlin's today began at 23:00 UTC
      assertThat(scope)
          .contains(new TimeScope(Instant.parse("2026-03-04T23:00:00Z"), asOf, "today"));
    }
  }

  @Nested
  @DisplayName("reads weeks as ISO weeks starting on Monday")
  class Weeks {

    @ParameterizedTest(name = ROW)
    @CsvSource(
        delimiter = '|',
        value = {
          "2026-03-04T15:30:00Z | What happened this week?           | 2026-02-25T15:30:00Z | 2026-03-04T15:30:00Z | this week",
          "2026-03-02T10:00:00Z | What happened this week?           | 2026-02-23T10:00:00Z | 2026-03-02T10:00:00Z | this week",
          "2026-01-02T12:00:00Z | What happened this week?           | 2025-12-26T12:00:00Z | 2026-01-02T12:00:00Z | this week",
          "2026-01-01T09:00:00Z | Who resigned last week?            | 2025-12-22T00:00:00Z | 2025-12-29T00:00:00Z | last week",
          "2026-03-01T12:00:00Z | Who resigned last week?            | 2026-02-16T00:00:00Z | 2026-02-23T00:00:00Z | last week",
          "2026-03-02T10:00:00Z | What changed over the past week?   | 2026-02-23T10:00:00Z | 2026-03-02T10:00:00Z | over the past week",
          "2024-02-29T18:00:00Z | What happened 2 weeks ago?         | 2024-02-12T00:00:00Z | 2024-02-19T00:00:00Z | 2 weeks ago",
          "2026-01-01T09:00:00Z | Who spoke a week ago?              | 2025-12-22T00:00:00Z | 2025-12-29T00:00:00Z | a week ago",
        })
    void weeks(String asOf, String question, String from, String to, String expression) {
      assertScope(asOf, question, from, to, expression);
    }
  }

  @Nested
  @DisplayName("reads rolling windows that end now")
  class RollingWindows {

    @ParameterizedTest(name = ROW)
    @CsvSource(
        delimiter = '|',
        value = {
          "2026-03-04T15:30:00Z | Any strikes in the past 3 days?      | 2026-03-01T15:30:00Z | 2026-03-04T15:30:00Z | in the past 3 days",
          "2026-01-01T09:00:00Z | Any strikes in the last 5 days?      | 2025-12-27T09:00:00Z | 2026-01-01T09:00:00Z | in the last 5 days",
          "2026-03-01T12:00:00Z | What rose over the last 2 days?      | 2026-02-27T12:00:00Z | 2026-03-01T12:00:00Z | over the last 2 days",
          "2025-12-31T23:00:00Z | Any floods in the past two weeks?    | 2025-12-17T23:00:00Z | 2025-12-31T23:00:00Z | in the past two weeks",
          "2026-03-04T15:30:00Z | Any outages in the last 24 hours?    | 2026-03-03T15:30:00Z | 2026-03-04T15:30:00Z | in the last 24 hours",
          "2026-01-01T09:00:00Z | What moved in the last 3 months?     | 2025-10-01T09:00:00Z | 2026-01-01T09:00:00Z | in the last 3 months",
          "2024-02-29T18:00:00Z | What did he say the past few days?   | 2024-02-22T18:00:00Z | 2024-02-29T18:00:00Z | past few days",
          "2026-01-01T09:00:00Z | What happened recently in Gaza?      | 2025-12-25T09:00:00Z | 2026-01-01T09:00:00Z | recently",
          "2026-03-01T12:00:00Z | Is the euro falling lately?          | 2026-02-22T12:00:00Z | 2026-03-01T12:00:00Z | lately",
          "2024-02-29T18:00:00Z | How did oil do in the past month?    | 2024-01-30T18:00:00Z | 2024-02-29T18:00:00Z | in the past month",
          "2024-02-29T18:00:00Z | Who led the polls over the past year? | 2023-03-01T18:00:00Z | 2024-02-29T18:00:00Z | over the past year",
        })
    void rolling(String asOf, String question, String from, String to, String expression) {
      assertScope(asOf, question, from, to, expression);
    }
  }

  @Nested
  @DisplayName("reads calendar months and years")
  class CalendarUnits {

    @ParameterizedTest(name = ROW)
    @CsvSource(
        delimiter = '|',
        value = {
          "2026-03-04T15:30:00Z | Who won this month?             | 2026-03-01T00:00:00Z | 2026-03-04T15:30:00Z | this month",
          "2024-02-29T18:00:00Z | Who won this month?             | 2024-02-01T00:00:00Z | 2024-02-29T18:00:00Z | this month",
          "2026-01-01T09:00:00Z | Who won last month?             | 2025-12-01T00:00:00Z | 2026-01-01T00:00:00Z | last month",
          "2026-03-01T12:00:00Z | Who won last month?             | 2026-02-01T00:00:00Z | 2026-03-01T00:00:00Z | last month",
          "2025-12-31T23:00:00Z | Who won this year?              | 2025-01-01T00:00:00Z | 2025-12-31T23:00:00Z | this year",
          "2026-01-01T09:00:00Z | Who won last year?              | 2025-01-01T00:00:00Z | 2026-01-01T00:00:00Z | last year",
          "2026-01-01T09:00:00Z | What happened 2 months ago?     | 2025-11-01T00:00:00Z | 2025-12-01T00:00:00Z | 2 months ago",
          "2024-02-29T18:00:00Z | What happened one year ago?     | 2023-01-01T00:00:00Z | 2024-01-01T00:00:00Z | one year ago",
        })
    void calendar_units(String asOf, String question, String from, String to, String expression) {
      assertScope(asOf, question, from, to, expression);
    }
  }

  @Nested
  @DisplayName("reads a weekday as the most recent such day")
  class Weekdays {

    @ParameterizedTest(name = ROW)
    @CsvSource(
        delimiter = '|',
        value = {
          "2026-03-04T15:30:00Z | What did he say on Monday?          | 2026-03-02T00:00:00Z | 2026-03-03T00:00:00Z | on Monday",
          "2026-03-04T15:30:00Z | What did he say last Monday?        | 2026-03-02T00:00:00Z | 2026-03-03T00:00:00Z | last Monday",
          "2026-03-04T15:30:00Z | What did he say this Monday?        | 2026-03-02T00:00:00Z | 2026-03-03T00:00:00Z | this Monday",
          "2026-01-01T09:00:00Z | What did he say Monday?             | 2025-12-29T00:00:00Z | 2025-12-30T00:00:00Z | Monday",
          "2026-03-01T12:00:00Z | Who joined the march on Saturday?   | 2026-02-28T00:00:00Z | 2026-03-01T00:00:00Z | on Saturday",
          "2026-03-01T12:00:00Z | Who spoke on Sunday?                | 2026-03-01T00:00:00Z | 2026-03-01T12:00:00Z | on Sunday",
          "2024-02-29T18:00:00Z | Who spoke on Friday?                | 2024-02-23T00:00:00Z | 2024-02-24T00:00:00Z | on Friday",
          "2026-03-02T10:00:00Z | Who spoke at the last Monday rally? | 2026-02-23T00:00:00Z | 2026-02-24T00:00:00Z | last Monday",
        })
    void weekdays(String asOf, String question, String from, String to, String expression) {
      assertScope(asOf, question, from, to, expression);
    }

    @Test
    @DisplayName("\"on Monday\" asked on a Monday means today, up to now")
    void on_monday_asked_on_monday_is_today() {
      assertScope(
          "2026-03-02T10:00:00Z", "What did he say on Monday?",
          "2026-03-02T00:00:00Z", "2026-03-02T10:00:00Z", "on Monday");
    }

    @Test
    @DisplayName("\"on Monday\" asked on a Wednesday means two days before")
    void on_monday_asked_on_wednesday_is_two_days_before() {
      assertScope(
          "2026-03-04T15:30:00Z", "What did he say on Monday?",
          "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z", "on Monday");
    }

    @Test
    @DisplayName("\"last Monday\" asked on a Monday means a week before")
    void last_monday_asked_on_monday_is_a_week_before() {
      assertScope(
          "2026-03-02T10:00:00Z", "What did he say last Monday?",
          "2026-02-23T00:00:00Z", "2026-02-24T00:00:00Z", "last Monday");
    }
  }

  @Nested
  @DisplayName("reads \"since\" as from the start of what follows until now")
  class Since {

    @ParameterizedTest(name = ROW)
    @CsvSource(
        delimiter = '|',
        value = {
          "2026-03-04T15:30:00Z | What changed since Monday?     | 2026-03-02T00:00:00Z | 2026-03-04T15:30:00Z | since Monday",
          "2026-03-02T10:00:00Z | What changed since Monday?     | 2026-03-02T00:00:00Z | 2026-03-02T10:00:00Z | since Monday",
          "2026-03-04T15:30:00Z | What changed since June?       | 2025-06-01T00:00:00Z | 2026-03-04T15:30:00Z | since June",
          "2026-03-04T15:30:00Z | What changed since 3 March?    | 2026-03-03T00:00:00Z | 2026-03-04T15:30:00Z | since 3 March",
          "2026-01-01T09:00:00Z | What changed since 3 March?    | 2025-03-03T00:00:00Z | 2026-01-01T09:00:00Z | since 3 March",
          "2026-01-01T09:00:00Z | What changed since last week?  | 2025-12-22T00:00:00Z | 2026-01-01T09:00:00Z | since last week",
          "2024-02-29T18:00:00Z | What changed since yesterday?  | 2024-02-28T00:00:00Z | 2024-02-29T18:00:00Z | since yesterday",
          "2026-03-04T15:30:00Z | How many died since 2024?      | 2024-01-01T00:00:00Z | 2026-03-04T15:30:00Z | since 2024",
          "2026-03-04T15:30:00Z | What changed since May?        | 2025-05-01T00:00:00Z | 2026-03-04T15:30:00Z | since May",
        })
    void since(String asOf, String question, String from, String to, String expression) {
      assertScope(asOf, question, from, to, expression);
    }
  }

  @Nested
  @DisplayName("reads a month as the whole calendar month")
  class Months {

    @ParameterizedTest(name = ROW)
    @CsvSource(
        delimiter = '|',
        value = {
          "2026-03-04T15:30:00Z | Who won in June?                | 2025-06-01T00:00:00Z | 2025-07-01T00:00:00Z | in June",
          "2026-06-15T08:00:00Z | Who won in June?                | 2026-06-01T00:00:00Z | 2026-06-15T08:00:00Z | in June",
          "2026-03-04T15:30:00Z | Who won in June 2025?           | 2025-06-01T00:00:00Z | 2025-07-01T00:00:00Z | in June 2025",
          "2026-03-04T15:30:00Z | Read the June 2025 jobs report  | 2025-06-01T00:00:00Z | 2025-07-01T00:00:00Z | June 2025",
          "2026-03-04T15:30:00Z | Who won during June?            | 2025-06-01T00:00:00Z | 2025-07-01T00:00:00Z | during June",
          "2026-06-15T08:00:00Z | Who won last June?              | 2025-06-01T00:00:00Z | 2025-07-01T00:00:00Z | last June",
          "2026-03-04T15:30:00Z | What happened last May?         | 2025-05-01T00:00:00Z | 2025-06-01T00:00:00Z | last May",
          "2026-03-04T15:30:00Z | What happened in March?         | 2026-03-01T00:00:00Z | 2026-03-04T15:30:00Z | in March",
          "2026-01-01T09:00:00Z | What happened in Dec?           | 2025-12-01T00:00:00Z | 2026-01-01T00:00:00Z | in Dec",
          "2026-01-01T09:00:00Z | What happened in January?       | 2026-01-01T00:00:00Z | 2026-01-01T09:00:00Z | in January",
          "2026-03-04T15:30:00Z | What happened in Sept?          | 2025-09-01T00:00:00Z | 2025-10-01T00:00:00Z | in Sept",
          "2026-03-04T15:30:00Z | What happened Sep. 2024?        | 2024-09-01T00:00:00Z | 2024-10-01T00:00:00Z | Sep. 2024",
          "2026-03-04T15:30:00Z | What happened Jan 2026?         | 2026-01-01T00:00:00Z | 2026-02-01T00:00:00Z | Jan 2026",
          "2024-02-29T18:00:00Z | What happened in February?      | 2024-02-01T00:00:00Z | 2024-02-29T18:00:00Z | in February",
          "2026-03-04T15:30:00Z | What happened in February 2024? | 2024-02-01T00:00:00Z | 2024-03-01T00:00:00Z | in February 2024",
          "2026-03-04T15:30:00Z | Did prices rise in May 2025?    | 2025-05-01T00:00:00Z | 2025-06-01T00:00:00Z | in May 2025",
        })
    void months(String asOf, String question, String from, String to, String expression) {
      assertScope(asOf, question, from, to, expression);
    }
  }

  @Nested
  @DisplayName("reads an explicit date as that day")
  class ExplicitDays {

    @ParameterizedTest(name = ROW)
    @CsvSource(
        delimiter = '|',
        value = {
          "2026-03-04T15:30:00Z | What happened on 12 March 2025?  | 2025-03-12T00:00:00Z | 2025-03-13T00:00:00Z | on 12 March 2025",
          "2026-03-04T15:30:00Z | What happened on 12 March?       | 2025-03-12T00:00:00Z | 2025-03-13T00:00:00Z | on 12 March",
          "2026-03-04T15:30:00Z | What happened 12 March?          | 2025-03-12T00:00:00Z | 2025-03-13T00:00:00Z | 12 March",
          "2026-03-04T15:30:00Z | What happened March 12?          | 2025-03-12T00:00:00Z | 2025-03-13T00:00:00Z | March 12",
          "2026-03-04T15:30:00Z | What happened March 2?           | 2026-03-02T00:00:00Z | 2026-03-03T00:00:00Z | March 2",
          "2026-03-04T15:30:00Z | What happened on March 12, 2025? | 2025-03-12T00:00:00Z | 2025-03-13T00:00:00Z | on March 12, 2025",
          "2026-03-04T15:30:00Z | What happened on 2025-03-12?     | 2025-03-12T00:00:00Z | 2025-03-13T00:00:00Z | on 2025-03-12",
          "2026-03-04T15:30:00Z | What happened on the 12th of March? | 2025-03-12T00:00:00Z | 2025-03-13T00:00:00Z | 12th of March",
          "2026-03-04T15:30:00Z | Who spoke May 3?                 | 2025-05-03T00:00:00Z | 2025-05-04T00:00:00Z | May 3",
          "2026-03-04T15:30:00Z | What changed after Sept. 11?     | 2025-09-11T00:00:00Z | 2025-09-12T00:00:00Z | Sept. 11",
          "2026-03-01T12:00:00Z | What happened on 29 February?    | 2024-02-29T00:00:00Z | 2024-03-01T00:00:00Z | on 29 February",
          "2024-02-29T18:00:00Z | What happened on 29 February?    | 2024-02-29T00:00:00Z | 2024-02-29T18:00:00Z | on 29 February",
          "2026-01-01T09:00:00Z | What happened on 31 December?    | 2025-12-31T00:00:00Z | 2026-01-01T00:00:00Z | on 31 December",
          "2026-01-01T09:00:00Z | What happened on 1 January?      | 2026-01-01T00:00:00Z | 2026-01-01T09:00:00Z | on 1 January",
          "2025-12-31T23:00:00Z | What happened Dec 31?            | 2025-12-31T00:00:00Z | 2025-12-31T23:00:00Z | Dec 31",
        })
    void explicit_days(String asOf, String question, String from, String to, String expression) {
      assertScope(asOf, question, from, to, expression);
    }
  }

  @Nested
  @DisplayName("reads a year only after in, during or since")
  class Years {

    @ParameterizedTest(name = ROW)
    @CsvSource(
        delimiter = '|',
        value = {
          "2026-03-04T15:30:00Z | Who won in 2024?      | 2024-01-01T00:00:00Z | 2025-01-01T00:00:00Z | in 2024",
          "2026-01-01T09:00:00Z | Who won during 2025?  | 2025-01-01T00:00:00Z | 2026-01-01T00:00:00Z | during 2025",
          "2026-03-04T15:30:00Z | Who won in 2026?      | 2026-01-01T00:00:00Z | 2026-03-04T15:30:00Z | in 2026",
          "2024-02-29T18:00:00Z | Who won in 2024?      | 2024-01-01T00:00:00Z | 2024-02-29T18:00:00Z | in 2024",
        })
    void years(String asOf, String question, String from, String to, String expression) {
      assertScope(asOf, question, from, to, expression);
    }
  }

  @Nested
  @DisplayName("finds nothing in")
  class NoExpression {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
        delimiter = '|',
        value = {
          "What is the outlook for the election?",
          "What may happen next?",
          "Will they march again?",
          "Which 2 may win the cup?",
          "Who led the last march on Washington?",
          "How many of the 2,024 people were rescued?",
          "How did the Kestrel 2024 sell?",
          "What was said on 12/03/2025?",
          "What happened on 30 February?",
          "What happened in 1850?",
          "Is Monday's vote still on?",
          "Who won the last election?",
          "What did the past decade teach us?",
          "What happened in the march in Paris?",
          "Why is Monday the busiest day?",
        })
    void questions_without_a_time_expression(String question) {
      // given
      Instant asOf = Instant.parse("2026-03-04T15:30:00Z");

      // when
      Optional<TimeScope> scope = utc.find(question, asOf);

      // then
      assertThat(scope).isEmpty();
    }
  }

  @Nested
  @DisplayName("never reaches past the as-of instant")
  class Future {

    @ParameterizedTest(name = "as of {0}, \"{1}\" names only the future")
    @CsvSource(
        delimiter = '|',
        value = {
          "2026-03-04T15:30:00Z | Who plays this Friday?",
          "2026-03-04T15:30:00Z | What happened in 2027?",
          "2026-03-04T15:30:00Z | What happened on 12 March 2027?",
          "2026-03-04T15:30:00Z | What happens in June 2027?",
          "2026-03-02T00:00:00Z | What happened today?",
        })
    void skips_expressions_naming_only_the_future(String asOf, String question) {
      assertThat(utc.find(question, Instant.parse(asOf))).isEmpty();
    }

    @Test
    @DisplayName("ends \"this year\" now rather than on 31 December")
    void clips_the_natural_end_to_now() {
      assertScope(
          "2026-06-15T08:00:00Z", "Who won this year?",
          "2026-01-01T00:00:00Z", "2026-06-15T08:00:00Z", "this year");
    }

    @Test
    @DisplayName("skips a future date and takes the next expression")
    void skips_a_future_date_for_the_next_expression() {
      assertScope(
          "2026-03-04T15:30:00Z", "What was planned for 12 March 2027 yesterday?",
          "2026-03-03T00:00:00Z", "2026-03-04T00:00:00Z", "yesterday");
    }
  }

  @Test
  @DisplayName("takes the first of several expressions")
  void takes_the_first_expression() {
    assertScope(
        "2026-03-04T15:30:00Z", "Did the talks that began last week end yesterday?",
        "2026-02-23T00:00:00Z", "2026-03-02T00:00:00Z", "last week");
  }

  @Test
  @DisplayName("refuses a scope that does not end after it starts")
  void rejects_an_empty_scope() {
    // given
    Instant now = Instant.parse("2026-03-04T15:30:00Z");

    // when / then
    assertThatThrownBy(() -> new TimeScope(now, now, "today"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "from must be before to, was from 2026-03-04T15:30:00Z to 2026-03-04T15:30:00Z"
                + " for \"today\"");
  }
}
