package dev.newsdesk.bot.channel.telegram;

import java.util.Objects;

/**
 * A message the bot should act on: who sent it where, what it asks for, and the conversation it
 * belongs to ({@code tg:<chat>} in a private chat, {@code tg:<chat>:<thread root>} in a group).
 */
record Request(
    long chatId, long userId, int messageId, boolean privateChat, Command command, String argument,
    String conversationKey, int threadRoot) {

  Request {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(argument, "argument");
    Objects.requireNonNull(conversationKey, "conversationKey");
  }
}
