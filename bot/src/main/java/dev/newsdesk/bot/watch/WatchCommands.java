package dev.newsdesk.bot.watch;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The follow, following, unfollow and briefing commands, the same in every channel: each takes the
 * subscriber (the chat or channel that asked) and the command's argument, and answers in plain text
 * or with a briefing. Wrong input is answered with how to use the command, never thrown.
 */
public final class WatchCommands {

  /** The longest topic accepted, in characters. */
  public static final int MAX_TOPIC = 100;

  private static final Pattern FROM = Pattern.compile("^(.+?)\\s+from\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern AT = Pattern.compile("^at\\s+(\\d{1,2}):(\\d{2})(?:\\s+(\\S+))?$", Pattern.CASE_INSENSITIVE);

  private final Subscriptions subscriptions;
  private final Briefings briefings;
  private final ZoneId defaultZone;
  private final Clock clock;

  public WatchCommands(Subscriptions subscriptions, Briefings briefings, ZoneId defaultZone, Clock clock) {
    this.subscriptions = subscriptions;
    this.briefings = briefings;
    this.defaultZone = defaultZone;
    this.clock = clock;
  }

  /** {@code follow <topic> [from <outlet>]}. */
  public CommandReply follow(Subscriber who, String argument) {
    String text = argument.strip();
    if (text.isEmpty() || text.length() > MAX_TOPIC) {
      return new CommandReply.Text("Say what to follow, e.g. follow harbor bridge, or follow tram fares from Valley Wire"
          + " (at most " + MAX_TOPIC + " characters).");
    }
    Matcher from = FROM.matcher(text);
    String topic = from.matches() ? from.group(1) : text;
    Optional<String> outlet = from.matches() ? Optional.of(from.group(2)) : Optional.empty();
    try {
      Subscriptions.Followed followed = subscriptions.follow(who, topic, outlet);
      String label = "\"" + followed.subscription().label() + "\"";
      return new CommandReply.Text(followed.created()
          ? "Following " + label + ". When a new article about it arrives, I'll send you its headline and a quote."
          : "You already follow " + label + ".");
    } catch (IllegalArgumentException e) {
      return new CommandReply.Text("Not followed: " + e.getMessage() + ".");
    }
  }

  /** {@code following}: the numbered topics and the briefing time. */
  public CommandReply following(Subscriber who) {
    List<Subscription> mine = subscriptions.of(who);
    if (mine.isEmpty()) {
      return new CommandReply.Text("You follow no topics yet. Follow one with: follow <topic> [from <outlet>]");
    }
    StringBuilder text = new StringBuilder("You follow:\n");
    for (int i = 0; i < mine.size(); i++) {
      text.append(i + 1).append(". ").append(mine.get(i).label()).append('\n');
    }
    if (subscriptions.paused(who)) {
      text.append("Alerts are paused because messages could not be delivered; follow a topic to resume.\n");
    }
    subscriptions.briefingTimes().stream().filter(t -> t.subscriber().equals(who)).findFirst()
        .ifPresent(t -> text.append("Daily briefing at ").append(t.time()).append(' ').append(t.zone().getId()).append('\n'));
    return new CommandReply.Text(text.append("Stop one with: unfollow <number or topic>").toString());
  }

  /** {@code unfollow <n|topic>}. */
  public CommandReply unfollow(Subscriber who, String argument) {
    if (argument.isBlank()) {
      return new CommandReply.Text("Say which topic to stop following: unfollow <number or topic> (see following).");
    }
    return new CommandReply.Text(subscriptions.unfollow(who, argument)
        .map(s -> "No longer following \"" + s.label() + "\".")
        .orElse("You don't follow \"" + argument.strip() + "\"; following lists your topics."));
  }

  /** {@code briefing} (now), {@code briefing at HH:MM [zone]}, {@code briefing off}. */
  public CommandReply briefing(Subscriber who, String argument) {
    String text = argument.strip();
    if (text.isEmpty() || text.equalsIgnoreCase("now")) {
      return new CommandReply.Briefing(briefings.compose(subscriptions.of(who), zoneOf(who)));
    }
    if (text.equalsIgnoreCase("off")) {
      subscriptions.briefingAt(who, Optional.empty(), defaultZone);
      return new CommandReply.Text("Daily briefing off.");
    }
    Matcher at = AT.matcher(text);
    if (!at.matches()) {
      return new CommandReply.Text("Use: briefing (now), briefing at 07:30 [time zone, e.g. Europe/Berlin], briefing off.");
    }
    try {
      LocalTime time = LocalTime.of(Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)));
      ZoneId zone = at.group(3) == null ? zoneOf(who) : ZoneId.of(at.group(3));
      subscriptions.briefingAt(who, Optional.of(time), zone);
      java.time.ZonedDateTime now = clock.instant().atZone(zone);
      if (!now.toLocalTime().isBefore(time)) {
        subscriptions.briefingSent(who, now.toLocalDate().toString()); // today's time has passed: from tomorrow
      }
      return new CommandReply.Text("Daily briefing at " + time + " " + zone.getId() + ". Turn it off with: briefing off");
    } catch (DateTimeException e) {
      return new CommandReply.Text("Not a time and time zone: " + text + " (e.g. briefing at 07:30 Europe/Berlin).");
    }
  }

  private ZoneId zoneOf(Subscriber who) {
    return subscriptions.briefingTimes().stream().filter(t -> t.subscriber().equals(who)).map(t -> t.zone())
        .findFirst().orElse(defaultZone);
  }
}
