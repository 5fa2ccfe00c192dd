package dev.newsdesk.bot.channel;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Random answers full of markup, entities and odd characters, for the channel renderers' fuzz tests. */
public final class RenderingFuzz {

  private static final List<String> NASTY = List.of("<b>", "</b>", "<a href=\"x\">", "&amp;", "&", "<", ">", "*", "_",
      "`", "```", "[", "]", "(", ")", "|", "\n\n", "\n", "<script>", "&#x1F600;", "\u0000", "😀", "[1]", "[2]", "<@U123>");

  private RenderingFuzz() {}

  public static List<Answer> answers(long seed, int count) {
    Random random = new Random(seed);
    List<Answer> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String text = text(random, random.nextInt(10) == 0 ? 12_000 : 800);
      List<Source> sources = new ArrayList<>();
      for (int n = 1; n <= random.nextInt(4); n++) {
        sources.add(new Source(n, "id" + n, text(random, 120), text(random, 20), Optional.of(LocalDate.of(2026, 1, n)),
            random.nextBoolean() ? Optional.of("https://x.example/" + n + "?a=1&b=<2>") : Optional.empty(),
            text(random, 600)));
      }
      out.add(new Answer(text, false, sources));
    }
    return out;
  }

  private static String text(Random random, int maxLength) {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(maxLength);
    while (text.length() < length) {
      text.append(random.nextInt(3) == 0 ? NASTY.get(random.nextInt(NASTY.size())) : "word" + random.nextInt(100) + " ");
    }
    return text.toString();
  }
}
