package dev.newsdesk.bot.channel.telegram;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.feedback.Feedback;
import dev.newsdesk.bot.feedback.FeedbackStore;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The 👍 / 👎 buttons under every answer (an inline keyboard on its last message): a press stores
 * the vote with the question, the answer and its sources, and replaces the buttons with "👍 counted"
 * so the user sees it was taken. Answers are remembered for the last {@value #REMEMBERED} answers;
 * a press on an older one is answered as too old.
 */
final class TelegramFeedback {

  static final int REMEMBERED = 10_000;
  static final String UP = "fb:up";
  static final String DOWN = "fb:down";
  static final String DONE = "fb:done";

  private static final Logger log = LoggerFactory.getLogger(TelegramFeedback.class);

  private record Rated(String conversation, String question, Answer answer) {}

  private final TelegramSender sender;
  private final Optional<FeedbackStore> store;
  private final Clock clock;
  private final RecentMap<String, Rated> answers = new RecentMap<>(REMEMBERED);

  TelegramFeedback(TelegramSender sender, Optional<FeedbackStore> store, Clock clock) {
    this.sender = sender;
    this.store = store;
    this.clock = clock;
  }

  /** Puts the buttons under the answer's last message; best effort (the answer stands without them). */
  void offer(long chatId, int lastMessageId, String conversation, String question, Answer answer) {
    if (store.isEmpty()) {
      return;
    }
    answers.put(chatId + ":" + lastMessageId, new Rated(conversation, question, answer));
    try {
      sender.call(EditMessageReplyMarkup.builder().chatId(chatId).messageId(lastMessageId)
          .replyMarkup(keyboard(button("👍", UP), button("👎", DOWN))).build());
    } catch (TelegramApiException | RuntimeException e) {
      log.debug("could not add the feedback buttons in chat {}: {}", chatId, e.getMessage());
    }
  }

  /** Whether the callback is a feedback button's. */
  static boolean isFeedback(CallbackQuery query) {
    return query.getData() != null && query.getData().startsWith("fb:");
  }

  /** Stores a press and shows that it counted. */
  void pressed(CallbackQuery query) throws TelegramApiException {
    MaybeInaccessibleMessage message = query.getMessage();
    String data = query.getData();
    if (message == null || store.isEmpty() || DONE.equals(data)) {
      sender.call(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
      return;
    }
    long chatId = message.getChatId();
    Optional<Rated> rated = answers.get(chatId + ":" + message.getMessageId());
    if (rated.isEmpty()) {
      sender.call(AnswerCallbackQuery.builder().callbackQueryId(query.getId())
          .text("This answer is too old to rate; ask again to rate the new answer.").build());
      return;
    }
    Feedback.Vote vote = UP.equals(data) ? Feedback.Vote.UP : Feedback.Vote.DOWN;
    store.get().record(Feedback.on(vote, "telegram:" + chatId, rated.get().conversation(), rated.get().question(),
        rated.get().answer(), clock.instant()));
    answers.remove(chatId + ":" + message.getMessageId());
    String shown = vote == Feedback.Vote.UP ? "👍" : "👎";
    sender.call(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).text("Thanks, your " + shown + " is counted.")
        .build());
    sender.call(EditMessageReplyMarkup.builder().chatId(chatId).messageId(message.getMessageId())
        .replyMarkup(keyboard(button(shown + " counted", DONE))).build());
  }

  private static InlineKeyboardButton button(String text, String data) {
    return InlineKeyboardButton.builder().text(text).callbackData(data).build();
  }

  private static InlineKeyboardMarkup keyboard(InlineKeyboardButton... buttons) {
    return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(buttons)).build();
  }
}
