package dev.newsdesk.bot.answer;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sum of money is in a sentence or a question: what something costs (a price, a bid, a budget), money raised or given,
 * a fine, a wage, a prize, a loss. "How much will the factory cost to build?" is not answered by
 * "has raised 48 million crowns from investors to build its first factory", nor "How much prize
 * money did she get?" by "The race raised 480,000 crowns for the hospital": each states a sum, of
 * another kind.
 */
enum MoneyRole {
  COST("cost|costs|costing|price|prices|priced|spend|spent|spending|bill|expense|expenses|bid|bids|budget|budgets"),
  RAISED("raised|raise|raising|funding|funded|invested|investment|investors?|grants?|donated|donations?|donate"
      + "|contributions?|contributed"),
  FINE("fine|fined|fines|penalty|penalties"),
  WAGE("salary|salaries|wages?|earns?|earned|earnings"),
  PRIZE("prize|prizes|winnings|purse"),
  LOSS("damage|damages|loss|losses");

  private static final Set<String> PAY = Set.of("pay", "pays", "paid", "paying");

  /**
   * Whether the question's words (lower case) ask what someone pays people: a form of "pay" and a noun
   * of persons, not of a body ("workers", "nurses"), and no "for" (what is paid for a player is a fee).
   */
  private static boolean paysPeople(Set<String> asked) {
    if (asked.stream().noneMatch(PAY::contains) || asked.contains("for")) {
      return false;
    }
    WordSenses senses = WordSenses.shared();
    return asked.stream().anyMatch(noun -> noun.length() > 3 && senses.isThing(noun) && senses.isPersonOrBodyNoun(noun)
        && !senses.isBodyNoun(noun) && !senses.isAnyPerson(noun));
  }

  /** The fit of a sum of another kind than the one asked: below the least a typed answer needs. */
  static final double OTHER_ROLE = 0.3;

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final Pattern words;

  MoneyRole(String words) {
    this.words = Pattern.compile(words);
  }

  /** The kinds of sum the words name, in lower case. */
  static Set<MoneyRole> named(Iterable<String> lowerWords) {
    Set<MoneyRole> out = EnumSet.noneOf(MoneyRole.class);
    for (String word : lowerWords) {
      for (MoneyRole role : values()) {
        if (role.words.matcher(word).matches()) {
          out.add(role);
        }
      }
    }
    return out;
  }

  /**
   * Whether the sentence's sums are of another kind than the one question asks about: the question
   * (its words, lower case) names exactly one kind, the sentence none of that kind and some other one.
   * A question that pays people ("pay its workers") asks for a wage. A question or a sentence that
   * names no kind ("How much did the bid come to?", "a bid of 168.5 million crowns") is left to the
   * other rules.
   */
  static boolean other(Set<String> asked, String sentence) {
    Set<MoneyRole> wanted = named(asked);
    // "How much did Halvard Rail pay its workers?" asks for a wage: a penalty it must pay is another kind
    if (wanted.isEmpty() && paysPeople(asked)) {
      wanted = EnumSet.of(WAGE);
    }
    if (wanted.size() != 1) {
      return false;
    }
    java.util.List<String> written = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
    while (m.find()) {
      written.add(m.group());
    }
    Set<MoneyRole> stated = named(written);
    return !stated.isEmpty() && !stated.containsAll(wanted);
  }
}
