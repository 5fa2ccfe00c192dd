package dev.newsdesk.retrieval.article;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One spelling of each outlet name, and a stand-in when no source names one.
 *
 * <p>A name is stripped and a leading lower-case "the" capitalised, so "the Guardian" and "The
 * Guardian" are one outlet. An article with no outlet at all is from {@value #UNKNOWN}. A web
 * address stands for its registrable domain ("edition.cnn.example" is "cnn.example"), found by
 * taking the last two labels, or three under second-level suffixes such as {@code co.uk}: a small
 * list, not the whole Public Suffix List.
 */
public final class OutletNames {

  public static final String UNKNOWN = "unknown";

  private static final Set<String> SECOND_LEVEL =
      Set.of("co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gv");

  private OutletNames() {}

  /** The name as Newsdesk stores it; {@value #UNKNOWN} for a blank one. */
  public static String display(String outlet) {
    String name = outlet.strip().replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      return UNKNOWN;
    }
    return name.startsWith("the ") ? "The " + name.substring(4) : name;
  }

  /** The registrable domain of a web address, lower-case, as a stand-in outlet name. */
  public static Optional<String> domainOf(String url) {
    try {
      Optional<String> host = Optional.ofNullable(URI.create(url.strip()).getHost())
          .map(h -> h.toLowerCase(Locale.ROOT));
      return host.map(OutletNames::registrable);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String registrable(String host) {
    String[] labels = host.split("\\.");
    if (labels.length <= 2 || host.matches("[0-9.]+")) {
      return host.startsWith("www.") ? host.substring(4) : host;
    }
    int n = labels.length;
    boolean secondLevel = labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]);
    int keep = secondLevel ? 3 : 2;
    return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
  }
}
