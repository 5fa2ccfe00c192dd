package dev.newsdesk.bot.channel.telegram;

import dev.newsdesk.bot.config.ConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The Bot API server to talk to: Telegram's, or the one {@code telegram.api-url} names. */
final class TelegramEndpoint {

  private TelegramEndpoint() {}

  static TelegramUrl from(Optional<String> apiUrl) {
    if (apiUrl.isEmpty() || apiUrl.get().isBlank()) {
      return TelegramUrl.DEFAULT_URL;
    }
    try {
      URI uri = new URI(apiUrl.get().strip());
      String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new ConfigException("telegram.api-url must be an http or https address, was " + apiUrl.get());
      }
      int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
      return new TelegramUrl(scheme, uri.getHost(), port, false);
    } catch (URISyntaxException e) {
      throw new ConfigException("telegram.api-url is not a valid address: " + e.getMessage(), e);
    }
  }
}
