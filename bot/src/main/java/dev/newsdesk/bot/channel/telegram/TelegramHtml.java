package dev.newsdesk.bot.channel.telegram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Telegram's HTML parse mode: escaping text and links, and turning a message back into plain text. */
final class TelegramHtml {

  private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\">(.*?)</a>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

  private TelegramHtml() {}

  /** Text safe inside HTML parse mode: Telegram requires {@code & < >} escaped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A link, or the bare escaped text when the address is not a web address a user can safely open. */
  static String link(String url, String text) {
    String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
    if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
      return escape(text);
    }
    return "<a href=\"" + escape(url.strip()) + "\">" + escape(text) + "</a>";
  }

  /** The text a reader sees, without markup: links become "text (address)", entities are decoded. */
  static String toPlain(String html) {
    Matcher links = LINK.matcher(html);
    StringBuilder withAddresses = new StringBuilder();
    while (links.find()) {
      String replacement = links.group(2) + " (" + links.group(1) + ")";
      links.appendReplacement(withAddresses, Matcher.quoteReplacement(replacement));
    }
    links.appendTail(withAddresses);
    String text = TAG.matcher(withAddresses).replaceAll("");
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }
}
