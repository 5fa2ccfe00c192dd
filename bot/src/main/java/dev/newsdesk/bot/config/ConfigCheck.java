package dev.newsdesk.bot.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a loaded configuration for what loading alone cannot see: secrets missing for an enabled
 * channel, and an index folder that cannot be used. Each problem names the key to change.
 */
public final class ConfigCheck {

  private ConfigCheck() {}

  /** The problems found, empty when the configuration can run. */
  public static List<String> problems(NewsdeskConfig config) {
    List<String> problems = new ArrayList<>();
    indexFolder(config.indexPath()).ifPresent(problems::add);
    ChannelSettings.Slack slack = config.channels().slack();
    if (slack.enabledInFile() && slack.botToken().isEmpty()) {
      problems.add("slack.enabled is true but slack.bot-token (SLACK_BOT_TOKEN) is not set");
    }
    if (slack.enabled() && slack.signingSecret().isEmpty() && slack.appToken().isEmpty()) {
      problems.add("Slack needs slack.signing-secret (SLACK_SIGNING_SECRET) for the HTTP Events API or "
          + "slack.app-token (SLACK_APP_TOKEN) for Socket Mode");
    }
    if (config.model().usesModel() && config.model().apiKey().isEmpty() && config.model().baseUrl().isEmpty()) {
      problems.add("model.provider is " + config.model().provider() + " but model.api-key is not set (nor "
          + "the provider's usual variable, e.g. OPENAI_API_KEY); a local server needs model.base-url instead");
    }
    if (config.embedding().provider().equals("openai") && config.embedding().baseUrl().isEmpty()
        && config.embedding().apiKey().isEmpty()) {
      problems.add("embedding.provider is openai but neither embedding.api-key (OPENAI_API_KEY) nor "
          + "embedding.base-url is set");
    }
    return problems;
  }

  /**
   * What may run but should not, written for the operator: the HTTP server listening beyond this
   * machine with no {@code api.token}, so anyone who reaches the port may ask and search.
   */
  public static List<String> warnings(NewsdeskConfig config) {
    List<String> warnings = new ArrayList<>();
    String host = config.channels().http().host();
    if (!isLoopback(host) && config.channels().api().token().isEmpty()) {
      warnings.add("the HTTP server listens on " + host + " (http.host, NEWSDESK_HTTP_HOST) without api.token "
          + "(NEWSDESK_API_TOKEN): anyone who reaches port " + config.channels().http().port() + " may use /api/ask "
          + "and /api/search. Set api.token, or listen on 127.0.0.1 behind a reverse proxy.");
    }
    return warnings;
  }

  private static boolean isLoopback(String host) {
    String h = host.strip().toLowerCase(java.util.Locale.ROOT);
    return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
  }

  private static java.util.Optional<String> indexFolder(Path path) {
    Path existing = path.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return java.util.Optional.of("index.path " + path + ": no part of the path exists");
    }
    if (!Files.isDirectory(existing)) {
      return java.util.Optional.of("index.path " + path + ": " + existing + " is a file, not a folder");
    }
    if (!Files.isWritable(existing)) {
      return java.util.Optional.of("index.path " + path + ": " + existing + " is not writable");
    }
    return java.util.Optional.empty();
  }
}
