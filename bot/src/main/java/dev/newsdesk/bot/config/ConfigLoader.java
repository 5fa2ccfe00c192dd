package dev.newsdesk.bot.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newsdesk.bot.config.ModelSettings;
import dev.newsdesk.retrieval.embed.EmbeddingModels;
import dev.newsdesk.retrieval.embed.EmbeddingSettings;
import dev.newsdesk.retrieval.search.RankingSettings;
import dev.newsdesk.retrieval.search.SearchMode;
import dev.newsdesk.retrieval.solr.SolrSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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
        new NewsdeskConfig.Ingest(
            integer(ConfigKey.INGEST_MAX_FILE_MB, v) * 1_048_576L,
            integer(ConfigKey.INGEST_FETCH_TIMEOUT, v),
            integer(ConfigKey.EMBEDDING_MAX_PASSAGES, v)),
        new NewsdeskConfig.Feeds(new java.util.ArrayList<>(list(ConfigKey.FEEDS_URLS, v)),
            java.time.Duration.ofMinutes(integer(ConfigKey.FEEDS_INTERVAL, v)), bool(ConfigKey.FEEDS_ALLOW_PRIVATE, v)),
        embedding(v),
        new NewsdeskConfig.Retrieval(
            integer(ConfigKey.RETRIEVAL_PASSAGES, v),
            integer(ConfigKey.RETRIEVAL_MAX_PER_ARTICLE, v),
            choice(ConfigKey.RETRIEVAL_MODE, v, SearchMode.class),
            ranking(v)),
        new NewsdeskConfig.Answering(
            integer(ConfigKey.ANSWER_MAX_QUESTION_LENGTH, v),
            integer(ConfigKey.ANSWER_MAX_SENTENCES, v),
            decimal(ConfigKey.ANSWER_MIN_COVERAGE, v)),
        model(v),
        channels(v),
        backend(v));
  }

  /** The index backend; for solrcloud, where the cluster is (ZooKeeper hosts or Solr URLs, one of them). */
  private static IndexBackend backend(Map<ConfigKey, Value> v) {
    Value kind = v.get(ConfigKey.INDEX_BACKEND);
    IndexBackend.Kind chosen = choice(ConfigKey.INDEX_BACKEND, v, IndexBackend.Kind.class);
    int shards = integer(ConfigKey.SOLR_SHARDS, v);
    int replicas = integer(ConfigKey.SOLR_REPLICAS, v);
    if (shards < 1 || replicas < 1) {
      ConfigKey key = shards < 1 ? ConfigKey.SOLR_SHARDS : ConfigKey.SOLR_REPLICAS;
      throw new ConfigException(key.key() + " must be at least 1, was " + v.get(key).text()
          + " (from " + v.get(key).origin() + ")");
    }
    if (chosen == IndexBackend.Kind.LUCENE) {
      return IndexBackend.EMBEDDED;
    }
    Optional<String> zk = text(ConfigKey.SOLR_ZK_HOSTS, v);
    List<String> urls = List.copyOf(list(ConfigKey.SOLR_URLS, v));
    if (zk.isEmpty() && urls.isEmpty()) {
      throw new ConfigException(ConfigKey.INDEX_BACKEND.key() + " is solrcloud (from " + kind.origin() + "), so "
          + ConfigKey.SOLR_ZK_HOSTS.key() + " (" + ConfigKey.SOLR_ZK_HOSTS.environmentName() + ") or "
          + ConfigKey.SOLR_URLS.key() + " must say where the cluster is");
    }
    if (zk.isPresent() && !urls.isEmpty()) {
      throw new ConfigException("set " + ConfigKey.SOLR_ZK_HOSTS.key() + " (from " + v.get(ConfigKey.SOLR_ZK_HOSTS).origin()
          + ") or " + ConfigKey.SOLR_URLS.key() + " (from " + v.get(ConfigKey.SOLR_URLS).origin() + "), not both");
    }
    String collection = v.get(ConfigKey.SOLR_COLLECTION).text().strip();
    try {
      return IndexBackend.solrCloud(zk.isPresent()
          ? SolrSettings.ofZkHosts(zk.get(), collection, shards, replicas)
          : new SolrSettings(List.of(), Optional.empty(), urls, collection, shards, replicas));
    } catch (IllegalArgumentException e) {
      ConfigKey key = zk.isPresent() && e.getMessage().contains("ZooKeeper") ? ConfigKey.SOLR_ZK_HOSTS : ConfigKey.SOLR_COLLECTION;
      throw new ConfigException(key.key() + ": " + e.getMessage() + " (from " + v.get(key).origin() + ")", e);
    }
  }

  private ModelSettings model(Map<ConfigKey, Value> v) {
    String provider = v.get(ConfigKey.MODEL_PROVIDER).text().strip().toLowerCase(Locale.ROOT);
    List<String> known = List.of(ModelSettings.EXTRACTIVE, "openai", "anthropic", "gemini");
    if (!known.contains(provider)) {
      throw new ConfigException(ConfigKey.MODEL_PROVIDER.key() + " must be one of " + String.join(", ", known)
          + ", was '" + provider + "' (from " + v.get(ConfigKey.MODEL_PROVIDER).origin() + ")");
    }
    String usualKey = switch (provider) {
      case "anthropic" -> "ANTHROPIC_API_KEY";
      case "gemini" -> "GEMINI_API_KEY";
      default -> "OPENAI_API_KEY";
    };
    Optional<String> key = text(ConfigKey.MODEL_API_KEY, v)
        .or(() -> Optional.ofNullable(env.get(usualKey)).filter(s -> !s.isBlank()))
        .or(() -> provider.equals("gemini") ? Optional.ofNullable(env.get("GOOGLE_API_KEY")).filter(s -> !s.isBlank())
            : Optional.empty());
    String name = text(ConfigKey.MODEL_NAME, v).orElse(switch (provider) {
      case "anthropic" -> "claude-sonnet-4-5";
      case "gemini" -> "gemini-2.5-flash";
      default -> "gpt-4o-mini";
    });
    return new ModelSettings(provider, text(ConfigKey.MODEL_BASE_URL, v), name, key,
        java.time.Duration.ofSeconds(integer(ConfigKey.MODEL_TIMEOUT, v)), integer(ConfigKey.MODEL_MAX_RETRIES, v),
        text(ConfigKey.MODEL_PROMPTS_DIR, v).map(folders::expand));
  }

  private static NewsdeskConfig.Channels channels(Map<ConfigKey, Value> v) {
    return new NewsdeskConfig.Channels(
        new ChannelSettings.RateLimit(decimal(ConfigKey.CHAT_RATE_PER_MINUTE, v), integer(ConfigKey.CHAT_RATE_BURST, v)),
        new ChannelSettings.Telegram(
            text(ConfigKey.TELEGRAM_TOKEN, v), text(ConfigKey.TELEGRAM_API_URL, v),
            list(ConfigKey.TELEGRAM_ALLOWED_CHATS, v), list(ConfigKey.TELEGRAM_ALLOWED_USERS, v)),
        new ChannelSettings.Slack(
            bool(ConfigKey.SLACK_ENABLED, v), text(ConfigKey.SLACK_BOT_TOKEN, v), text(ConfigKey.SLACK_APP_TOKEN, v),
            text(ConfigKey.SLACK_SIGNING_SECRET, v), text(ConfigKey.SLACK_API_URL, v),
            list(ConfigKey.SLACK_ALLOWED_CHANNELS, v), list(ConfigKey.SLACK_ALLOWED_TEAMS, v)),
        new ChannelSettings.Hooks(text(ConfigKey.MATTERMOST_TOKEN, v), text(ConfigKey.ROCKETCHAT_TOKEN, v)),
        new ChannelSettings.Http(v.get(ConfigKey.HTTP_HOST).text().strip(), integer(ConfigKey.HTTP_PORT, v)),
        new ChannelSettings.Api(text(ConfigKey.API_TOKEN, v)));
  }

  private static Optional<String> text(ConfigKey key, Map<ConfigKey, Value> values) {
    return Optional.of(values.get(key).text().strip()).filter(s -> !s.isEmpty());
  }

  private static java.util.Set<String> list(ConfigKey key, Map<ConfigKey, Value> values) {
    return Arrays.stream(values.get(key).text().split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  private static boolean bool(ConfigKey key, Map<ConfigKey, Value> values) {
    Value value = values.get(key);
    return switch (value.text().strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0", "" -> false;
      default -> throw new ConfigException(
          key.key() + " must be true or false, was '" + value.text() + "' (from " + value.origin() + ")");
    };
  }

  private EmbeddingSettings embedding(Map<ConfigKey, Value> v) {
    String provider = v.get(ConfigKey.EMBEDDING_PROVIDER).text().strip();
    List<String> known = List.of(EmbeddingModels.BGE_SMALL, EmbeddingModels.MINILM, "openai", EmbeddingModels.NONE);
    if (!known.contains(provider.toLowerCase(Locale.ROOT))) {
      throw new ConfigException(ConfigKey.EMBEDDING_PROVIDER.key() + " must be one of " + String.join(", ", known)
          + ", was '" + provider + "' (from " + v.get(ConfigKey.EMBEDDING_PROVIDER).origin() + ")");
    }
    Optional<String> key = Optional.of(v.get(ConfigKey.EMBEDDING_API_KEY).text()).filter(s -> !s.isBlank())
        .or(() -> Optional.ofNullable(env.get("OPENAI_API_KEY")).filter(s -> !s.isBlank()));
    return new EmbeddingSettings(
        provider,
        Optional.of(v.get(ConfigKey.EMBEDDING_BASE_URL).text()).filter(s -> !s.isBlank()),
        v.get(ConfigKey.EMBEDDING_MODEL).text(),
        key,
        integer(ConfigKey.EMBEDDING_DIMENSION, v),
        integer(ConfigKey.INGEST_FETCH_TIMEOUT, v) * 3);
  }

  private static RankingSettings ranking(Map<ConfigKey, Value> v) {
    try {
      return RankingSettings.DEFAULT
          .withDepth(integer(ConfigKey.RETRIEVAL_DEPTH, v))
          .withWeights(decimal(ConfigKey.RETRIEVAL_BM25_WEIGHT, v), decimal(ConfigKey.RETRIEVAL_VECTOR_WEIGHT, v))
          .withRecency(decimal(ConfigKey.RETRIEVAL_RECENCY_WEIGHT, v), decimal(ConfigKey.RETRIEVAL_RECENCY_HALF_LIFE, v));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("retrieval weights and recency: " + e.getMessage(), e);
    }
  }

  private static <E extends Enum<E>> E choice(ConfigKey key, Map<ConfigKey, Value> values, Class<E> type) {
    Value value = values.get(key);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.text().strip())) {
        return constant;
      }
    }
    throw new ConfigException(key.key() + " must be one of "
        + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
        + ", was '" + value.text() + "' (from " + value.origin() + ")");
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
        if (value.isArray() && known.type() == ConfigKey.Type.LIST) {
          List<String> items = new java.util.ArrayList<>();
          value.forEach(item -> items.add(item.asText()));
          found.put(known, String.join(",", items));
        } else if (!value.isNull()) {
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
