package dev.newsdesk.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.api.IngestReportJson;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.config.ConfigException;
import dev.newsdesk.retrieval.ingest.IngestReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Hands an ingest to the running {@code serve} through {@code POST /api/ingest} on its configured
 * host and port, with {@code api.token}; local paths are sent as absolute paths.
 */
final class ServiceIngest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ServiceIngest() {}

  static IngestReport send(ChannelSettings.Http http, String token, List<String> inputs)
      throws IOException, InterruptedException {
    String host = http.host().equals("0.0.0.0") || http.host().equals("::") ? "127.0.0.1" : http.host();
    URI uri = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + http.port() + "/api/ingest");
    ObjectNode body = JSON.createObjectNode();
    inputs.forEach(input -> body.withArray("inputs").add(absolute(input)));
    HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
        HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new ConfigException("the running service at " + uri + " refused the ingest (HTTP " + response.statusCode()
          + "): " + response.body());
    }
    return IngestReportJson.read(JSON.readTree(response.body()));
  }

  private static String absolute(String input) {
    if (input.startsWith("http://") || input.startsWith("https://")) {
      return input;
    }
    Path path = Path.of(input);
    return Files.exists(path) ? path.toAbsolutePath().normalize().toString() : input;
  }
}
