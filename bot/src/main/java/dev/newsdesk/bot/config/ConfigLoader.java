package dev.newsdesk.bot.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves the configuration: built-in defaults, then the YAML file, then the environment, and
 * rejects unknown keys and ill-typed values with the key's name and where the value came from.
 */
public final class ConfigLoader {

  private final Map<String, String> env;
  private final DataFolders folders;

  public ConfigLoader(Map<String, String> env, DataFolders folders) {
    this.env = env;
    this.folders = folders;
  }

  /** Loads the named file, else {@code NEWSDESK_CONFIG}, else the default file if it exists. */
  public NewsdeskConfig load(Optional<Path> explicitFile) {
    Optional<Path> file =
        explicitFile
            .or(() -> Optional.ofNullable(env.get("NEWSDESK_CONFIG")).filter(s -> !s.isBlank()).map(Path::of))
            .or(() -> Optional.of(folders.configFile()).filter(Files::isRegularFile));
    Map<ConfigKey, Value> values = new LinkedHashMap<>();
    for (ConfigKey key : ConfigKey.values()) {
      values.put(key, new Value(key.defaultValue(), "the default"));
    }
    file.ifPresent(f -> readFile(f).forEach((k, v) -> values.put(k, new Value(v, f.toString()))));
    for (ConfigKey key : ConfigKey.values()) {
      String fromEnv = env.get(key.environmentName());
      if (fromEnv != null && !fromEnv.isBlank()) {
        values.put(key, new Value(fromEnv.strip(), key.environmentName()));
      }
    }
    return build(values);
  }

  private NewsdeskConfig build(Map<ConfigKey, Value> v) {
    String index = v.get(ConfigKey.INDEX_PATH).text();
    Path indexPath = index.isBlank() ? folders.data().resolve("index") : folders.expand(index);
    return new NewsdeskConfig(
        indexPath,
        integer(ConfigKey.INGEST_MAX_FILE_MB, v) * 1_048_576L,
        integer(ConfigKey.INGEST_FETCH_TIMEOUT, v),
        integer(ConfigKey.RETRIEVAL_PASSAGES, v),
        integer(ConfigKey.RETRIEVAL_MAX_PER_ARTICLE, v),
        integer(ConfigKey.ANSWER_MAX_QUESTION_LENGTH, v),
        integer(ConfigKey.ANSWER_MAX_SENTENCES, v),
        decimal(ConfigKey.ANSWER_MIN_COVERAGE, v));
  }

  private Map<ConfigKey, String> readFile(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    } catch (JacksonException e) {
      throw new ConfigException("cannot parse " + file + ": " + e.getOriginalMessage()
          + Optional.ofNullable(e.getLocation()).map(l -> " (line " + l.getLineNr() + ")").orElse(""), e);
    } catch (IOException e) {
      throw new ConfigException("cannot read the configuration file " + file + ": " + e.getMessage(), e);
    }
    Map<ConfigKey, String> found = new LinkedHashMap<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return found;
    }
    if (!root.isObject()) {
      throw new ConfigException(file + " must hold keys and values, like 'retrieval:\\n  passages: 8'");
    }
    flatten("", root, file, found);
    return found;
  }

  private static void flatten(String prefix, JsonNode node, Path file, Map<ConfigKey, String> found) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = prefix + field.getKey();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        flatten(key + ".", value, file, found);
      } else {
        ConfigKey known = ConfigKey.byKey(key).orElseThrow(() -> unknown(key, file));
        if (!value.isNull()) {
          if (value.isContainerNode()) {
            throw new ConfigException(key + " in " + file + " must be a single value, not a list");
          }
          found.put(known, value.asText());
        }
      }
    }
  }

  private static ConfigException unknown(String key, Path file) {
    String known = Arrays.stream(ConfigKey.values()).map(ConfigKey::key).collect(Collectors.joining(", "));
    return new ConfigException("unknown key '" + key + "' in " + file + "; known keys: " + known);
  }

  private static int integer(ConfigKey key, Map<ConfigKey, Value> values) {
    Value value = values.get(key);
    try {
      return Integer.parseInt(value.text().strip());
    } catch (NumberFormatException e) {
      throw new ConfigException(
          key.key() + " must be a whole number, was '" + value.text() + "' (from " + value.origin() + ")");
    }
  }

  private static double decimal(ConfigKey key, Map<ConfigKey, Value> values) {
    Value value = values.get(key);
    try {
      return Double.parseDouble(value.text().strip());
    } catch (NumberFormatException e) {
      throw new ConfigException(
          key.key() + " must be a number, was '" + value.text() + "' (from " + value.origin() + ")");
    }
  }

  private record Value(String text, String origin) {}
}
