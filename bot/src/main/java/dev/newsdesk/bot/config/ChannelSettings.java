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

  /** Mattermost, Rocket.Chat and Microsoft Teams hooks: each on when its token or key is set. */
  public record Hooks(Optional<String> mattermostToken, Optional<String> rocketChatToken, Optional<String> teamsHmacKey) {
    public Hooks {
      Objects.requireNonNull(mattermostToken, "mattermostToken");
      Objects.requireNonNull(rocketChatToken, "rocketChatToken");
      Objects.requireNonNull(teamsHmacKey, "teamsHmacKey");
      teamsHmacKey.ifPresent(key -> {
        try {
          java.util.Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
          throw new ConfigException("teams.hmac-key (NEWSDESK_TEAMS_HMAC_KEY) must be the base64 security token Teams "
              + "showed when the outgoing webhook was created");
        }
      });
    }

    @Override
    public String toString() {
      return "Hooks[mattermostToken=" + mask(mattermostToken) + ", rocketChatToken=" + mask(rocketChatToken)
          + ", teamsHmacKey=" + mask(teamsHmacKey) + "]";
    }
  }

  /**
   * Discord: the interactions endpoint is on when the application's public key is set; the
   * application id and bot token are needed only to register the slash commands.
   */
  public record Discord(Optional<String> publicKey, Optional<String> applicationId, Optional<String> token,
      Optional<String> apiUrl, Set<String> allowedGuilds, Set<String> allowedChannels) {
    public Discord {
      Objects.requireNonNull(publicKey, "publicKey");
      Objects.requireNonNull(applicationId, "applicationId");
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(apiUrl, "apiUrl");
      allowedGuilds = Set.copyOf(allowedGuilds);
      allowedChannels = Set.copyOf(allowedChannels);
      if (publicKey.isPresent() && !publicKey.get().matches("[0-9a-fA-F]{64}")) {
        throw new ConfigException("discord.public-key (DISCORD_PUBLIC_KEY) must be the 64 hexadecimal digits of the "
            + "application's public key (Developer Portal, General Information)");
      }
    }

    public boolean enabled() {
      return publicKey.isPresent();
    }

    @Override
    public String toString() {
      return "Discord[publicKey=" + publicKey.orElse("none") + ", applicationId=" + applicationId.orElse("none")
          + ", token=" + mask(token) + ", apiUrl=" + apiUrl + ", allowedGuilds=" + allowedGuilds
          + ", allowedChannels=" + allowedChannels + "]";
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
