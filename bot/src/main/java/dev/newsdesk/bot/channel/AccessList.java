package dev.newsdesk.bot.channel;

import java.util.Set;

/** An allow-list of ids (chats, users, channels, workspaces); an empty list allows everyone. */
public record AccessList(Set<String> allowed) {

  public AccessList {
    allowed = Set.copyOf(allowed);
  }

  public static AccessList everyone() {
    return new AccessList(Set.of());
  }

  public boolean allows(String id) {
    return allowed.isEmpty() || allowed.contains(id);
  }
}
