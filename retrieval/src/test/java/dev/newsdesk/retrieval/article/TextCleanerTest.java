package dev.newsdesk.retrieval.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("TextCleaner")
class TextCleanerTest {

  @Nested
  @DisplayName("on the shared sample with a copied tweet")
  class SharedSample {

    private final String cleaned =
        TextCleaner.clean(TestInputs.sharedFixture("000_9779330d0ce9bd2a.txt").text());

    @Test
    void removes_every_line_of_the_tweet_embed() {
      assertThat(cleaned)
          .doesNotContain("President Trump just announced")
          .doesNotContain("pic.twitter.com")
          .doesNotContain("@BehizyTweets");
    }

    @Test
    void keeps_the_story_paragraphs_around_the_embed() {
      assertThat(cleaned)
          .contains("On the third anniversary of Russia’s full-scale invasion")
          .contains("Talks are proceeding very well!” Trump wrote on Truth Social on Monday.")
          .contains("Trump confirmed the discussions during a joint press conference");
    }

    @Test
    void removes_the_comment_footer() {
      assertThat(cleaned).doesNotContain("Leave a Comment").endsWith("to finalize agreements.");
    }
  }

  @Nested
  @DisplayName("with embeds")
  class Embeds {

    private final String story =
        "The council met on Monday to discuss the harbour. ".repeat(6).strip();

    @Test
    void should_drop_an_embed_ending_in_an_attribution_with_a_double_hyphen() {
      String text = story + "\nShort tweet text here\n-- Jo Doe (@jodoe) March 1, 2025\nAfter.";

      assertThat(TextCleaner.clean(text)).isEqualTo(story + "\n\nAfter.");
    }

    @Test
    void should_drop_an_embed_whose_attribution_uses_an_html_entity_dash() {
      String text = story + "\nA quoted post\n&mdash; Jo Doe (@jodoe) Mar. 1, 2025\nAfter.";

      assertThat(TextCleaner.clean(text)).isEqualTo(story + "\n\nAfter.");
    }

    @Test
    void should_swallow_short_lines_before_an_attribution_up_to_the_budget() {
      String text = "Short story line.\nA tweet\n— Jo Doe (@jodoe) March 1, 2025\nAfter.";

      assertThat(TextCleaner.clean(text)).isEqualTo("After.");
    }

    @Test
    void should_keep_a_long_story_paragraph_before_a_tweet() {
      String paragraph = "The story goes on. ".repeat(17).strip(); // 322 characters
      String text = paragraph + "\nA tweet\n— Jo Doe (@jodoe) March 1, 2025";

      assertThat(TextCleaner.clean(text)).isEqualTo(paragraph);
    }

    @Test
    void should_drop_only_the_line_of_a_tweet_whose_attribution_ends_that_line() {
      String text =
          "The coach posted a short message after the match.\n"
              + "So proud of the team! https://t.co/AbC123 — Jo Doe (@jodoe) October 3, 2022\n"
              + "After.";

      assertThat(TextCleaner.clean(text))
          .isEqualTo("The coach posted a short message after the match.\n\nAfter.");
    }

    @Test
    void should_keep_a_long_paragraph_that_cites_a_post_link() {
      String paragraph = story + " The post is at https://t.co/AbC123 and was shared widely.";

      assertThat(TextCleaner.clean(paragraph)).isEqualTo(paragraph);
    }

    @Test
    void should_drop_lines_with_embed_links_anywhere() {
      String text =
          "Kept.\nLook at this https://t.co/AbC123\nhttps://www.instagram.com/p/XyZ/\nAlso kept.";

      assertThat(TextCleaner.clean(text)).isEqualTo("Kept.\n\nAlso kept.");
    }
  }

  @Nested
  @DisplayName("with page furniture")
  class Furniture {

    @Test
    void should_drop_short_furniture_lines() {
      String text =
          String.join(
              "\n",
              "Story.",
              "Share this:",
              "Share on WhatsApp",
              "Click to share on X (Opens in new window)",
              "Sign up for our daily newsletter",
              "ADVERTISEMENT",
              "Related: Ten other stories",
              "Read more: Another story",
              "Read More",
              "Follow us on Mastodon",
              "Copyright 2025 Example Media",
              "© 2025 Example Media. All rights reserved.",
              "Leave a Reply",
              "End.");

      assertThat(TextCleaner.clean(text)).isEqualTo("Story.\n\nEnd.");
    }

    @Test
    void should_keep_short_story_sentences_that_start_with_a_furniture_word() {
      String text = "Related charges were dropped.\nCopyright lawsuits piled up.\nRead more slowly.";

      assertThat(TextCleaner.clean(text))
          .isEqualTo(
              "Related charges were dropped.\n\nCopyright lawsuits piled up.\n\nRead more slowly.");
    }

    @Test
    void should_keep_long_sentences_that_start_like_furniture() {
      String sentence =
          "Related: the council also voted to extend the tram line to the harbour by next spring.";

      assertThat(TextCleaner.clean(sentence)).isEqualTo(sentence);
    }
  }

  @Test
  void should_collapse_whitespace_and_separate_paragraphs_by_one_blank_line() {
    String text = "  First   line\twith  spaces \r\n\r\n\r\nSecond\u00a0line\rThird  ";

    assertThat(TextCleaner.clean(text)).isEqualTo("First line with spaces\n\nSecond line\n\nThird");
  }
}
