package dev.newsdesk.retrieval.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every reader on malformed input")
class MalformedInputFuzzTest {

  private static final List<String> SEEDS = List.of(
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>A</title><link>http://x.example/a</link><description>Some text here.</description></item></channel></rss>",
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>A</title><link href=\"http://x.example/a\"/><content>Text of it.</content></entry></feed>",
      "<html><head><title>T</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script></head><body><article><p>Body text.</p></article></body></html>",
      "{\"title\": \"A\", \"text\": \"Body\", \"url\": \"http://x.example/a\", \"published\": \"2026-01-02\"}",
      "{\"title\": \"A\", \"text\": \"B\"}\n{\"title\": \"C\", \"text\": \"D\", \"authors\": [{\"name\": \"E\"}]}\n",
      "---\ntitle: A\ndate: 2026-01-02\n---\n# A\n\nBody [link](http://x.example).",
      "Headline\nBy Someone\nFebruary 24, 2025\nBody line one.\n— Name (@handle) February 24, 2025\nLeave a Comment");

  /** Cuts, repeats, swaps and sprinkles odd characters into a valid input. */
  private static String mutate(String seed, Random random) {
    StringBuilder text = new StringBuilder(seed);
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits && text.length() > 0; e++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(5)) {
        case 0 -> text.setLength(at);
        case 1 -> text.insert(at, (char) random.nextInt(0x3000));
        case 2 -> text.insert(at, List.of("<", ">", "&", "\"", "{", "}", "[", "]", "\n", "\u0000", "<![CDATA[", "-->", "\\u12").get(random.nextInt(13)));
        case 3 -> text.delete(at, Math.min(text.length(), at + random.nextInt(20)));
        default -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(40))));
      }
    }
    return text.toString();
  }

  @Test
  void should_never_throw_and_only_yield_articles_with_ids_for_any_format() {
    Random random = new Random(20261129);
    int articles = 0;
    int problems = 0;
    for (int round = 0; round < 400; round++) {
      String input = mutate(SEEDS.get(round % SEEDS.size()), random);
      for (Format format : Format.values()) {
        ReadResult result = Readers.forFormat(format).read(
            new SourceDocument("fuzz-" + round + "." + format, input, Optional.empty(), Optional.empty()));
        articles += result.articles().size();
        problems += result.problems().size();
        assertThat(result.articles()).allSatisfy(a -> assertThat(a.id()).isNotBlank());
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
      }
    }
    assertThat(articles).as("some mutated inputs still read").isPositive();
    assertThat(problems).as("some are reported").isPositive();
  }

  @Test
  void should_never_throw_on_random_text_of_any_shape() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      char[] chars = new char[random.nextInt(3000)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0xFFFF));
      }
      String input = new String(chars);
      for (Format format : Format.values()) {
        assertThat(Readers.forFormat(format).read(SourceDocument.ofFile("random." + format, input))).isNotNull();
      }
    }
  }
}
