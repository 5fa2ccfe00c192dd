package dev.newsdesk.bot.config;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Settings of the chat channels; every secret is masked in {@code toString}, so never logged. */
public final class ChannelSettings {

  private ChannelSettings() {}

  private static String mask(Optional<String> secret) {
    return secret.map(s -> "***").orElse("none");
  }

  /** The per-user rate limit shared by the chat channels (a token bucket). */
  public record RateLimit(double perMinute, int burst) {
    public RateLimit {
      if (!(perMinute > 0) || burst < 1) {
        throw new ConfigException("chat.rate-limit-per-minute must be above 0 and chat.rate-limit-burst at least 1");
      }
    }
  }

  /** Telegram: on when the token is set. */
  public record Telegram(Optional<String> token, Optional<String> apiUrl, Set<String> allowedChats, Set<String> allowedUsers) {
    public Telegram {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(apiUrl, "apiUrl");
      allowedChats = Set.copyOf(allowedChats);
      allowedUsers = Set.copyOf(allowedUsers);
    }

    public boolean enabled() {
      return token.isPresent();
    }

    @Override
    public String toString() {
      return "Telegram[token=" + mask(token) + ", apiUrl=" + apiUrl + ", allowedChats=" + allowedChats
          + ", allowedUsers=" + allowedUsers + "]";
    }
  }

  /** Slack: on when the bot token and a signing secret (HTTP) or an app token (Socket Mode) are set. */
  public record Slack(
      boolean enabledInFile,
      Optional<String> botToken,
      Optional<String> appToken,
      Optional<String> signingSecret,
      Optional<String> apiUrl,
      Set<String> allowedChannels,
      Set<String> allowedTeams) {
    public Slack {
      Objects.requireNonNull(botToken, "botToken");
      Objects.requireNonNull(appToken, "appToken");
      Objects.requireNonNull(signingSecret, "signingSecret");
      Objects.requireNonNull(apiUrl, "apiUrl");
      allowedChannels = Set.copyOf(allowedChannels);
      allowedTeams = Set.copyOf(allowedTeams);
    }

    public boolean enabled() {
      return enabledInFile || (botToken.isPresent() && (signingSecret.isPresent() || appToken.isPresent()));
    }

    public boolean socketMode() {
      return appToken.isPresent();
    }

    @Override
    public String toString() {
      return "Slack[enabled=" + enabled() + ", botToken=" + mask(botToken) + ", appToken=" + mask(appToken)
          + ", signingSecret=" + mask(signingSecret) + ", apiUrl=" + apiUrl + ", allowedChannels="
          + allowedChannels + ", allowedTeams=" + allowedTeams + "]";
    }
  }

  /** Mattermost and Rocket.Chat hooks: each on when its token is set. */
  public record Hooks(Optional<String> mattermostToken, Optional<String> rocketChatToken) {
    public Hooks {
      Objects.requireNonNull(mattermostToken, "mattermostToken");
      Objects.requireNonNull(rocketChatToken, "rocketChatToken");
    }

    @Override
    public String toString() {
      return "Hooks[mattermostToken=" + mask(mattermostToken) + ", rocketChatToken=" + mask(rocketChatToken) + "]";
    }
  }

  /** The HTTP API: an optional bearer token for {@code /api/*}. */
  public record Api(Optional<String> token) {
    public Api {
      Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
      return "Api[token=" + mask(token) + "]";
    }
  }

  /** The one HTTP server for inbound hooks and the API. */
  public record Http(String host, int port) {
    public Http {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65535) {
        throw new ConfigException("http.port must be between 0 and 65535, was " + port);
      }
    }
  }
}
