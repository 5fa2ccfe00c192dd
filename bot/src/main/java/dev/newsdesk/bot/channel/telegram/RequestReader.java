package dev.newsdesk.bot.channel.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides whether an update is for the bot and what it asks: in a private chat every message is a
 * question; in a group only a mention, a reply to the bot or a command addressed to it. It also
 * remembers which reply thread each message belongs to, so a group thread is one conversation.
 */
final class RequestReader {

  /** The bot as {@code getMe} describes it. */
  record BotIdentity(long id, String username) {}

  private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(?:\\s+(.*))?$", Pattern.DOTALL);

  private final BotIdentity bot;
  private final RecentMap<String, Integer> threadRoots = new RecentMap<>(50_000);

  RequestReader(BotIdentity bot) {
    this.bot = bot;
  }

  /** What the update asks of the bot; empty when it is not for the bot or not a text message. */
  Optional<Request> read(Update update) {
    if (update == null || !update.hasMessage()) {
      return Optional.empty();
    }
    Message message = update.getMessage();
    if (message.getText() == null || message.getFrom() == null || message.getChat() == null
        || Boolean.TRUE.equals(message.getFrom().getIsBot())) {
      return Optional.empty();
    }
    boolean privateChat = "private".equals(message.getChat().getType());
    String text = message.getText().strip();
    Matcher command = COMMAND.matcher(text);
    if (command.matches()) {
      return readCommand(message, privateChat, command);
    }
    if (privateChat) {
      return Optional.of(request(message, true, Command.ASK, text));
    }
    if (mentioned(text) || repliesToBot(message)) {
      return Optional.of(request(message, false, Command.ASK, withoutMention(text)));
    }
    return Optional.empty();
  }

  /** Records that the bot's message belongs to a thread, so replies to it continue that thread. */
  void rememberThread(long chatId, int messageId, int threadRoot) {
    threadRoots.put(chatId + ":" + messageId, threadRoot);
  }

  private Optional<Request> readCommand(Message message, boolean privateChat, Matcher command) {
    Optional<String> addressee = Optional.ofNullable(command.group(2));
    if (addressee.isPresent() && !addressee.get().equalsIgnoreCase(bot.username())) {
      return Optional.empty();
    }
    Optional<Command> known = Command.named(command.group(1));
    if (known.isEmpty()) {
      // Unknown commands in a group are probably for another bot.
      return privateChat ? Optional.of(request(message, true, Command.HELP, "")) : Optional.empty();
    }
    String argument = Optional.ofNullable(command.group(3)).orElse("").strip();
    return Optional.of(request(message, privateChat, known.get(), argument));
  }

  private Request request(Message message, boolean privateChat, Command command, String argument) {
    long chatId = message.getChatId();
    int messageId = message.getMessageId();
    if (privateChat) {
      return new Request(chatId, message.getFrom().getId(), messageId, true, command, argument, "tg:" + chatId, messageId);
    }
    int root = Optional.ofNullable(message.getReplyToMessage())
        .map(replied -> threadRoots.get(chatId + ":" + replied.getMessageId()).orElse(replied.getMessageId()))
        .orElse(messageId);
    rememberThread(chatId, messageId, root);
    return new Request(chatId, message.getFrom().getId(), messageId, false, command, argument,
        "tg:" + chatId + ":" + root, root);
  }

  private boolean mentioned(String text) {
    return text.toLowerCase(Locale.ROOT).contains("@" + bot.username().toLowerCase(Locale.ROOT));
  }

  private boolean repliesToBot(Message message) {
    Message replied = message.getReplyToMessage();
    User author = replied == null ? null : replied.getFrom();
    return author != null && author.getId() != null && author.getId() == bot.id();
  }

  private String withoutMention(String text) {
    return Pattern.compile("@" + Pattern.quote(bot.username()), Pattern.CASE_INSENSITIVE)
        .matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
  }
}
