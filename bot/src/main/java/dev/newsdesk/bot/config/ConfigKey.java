package dev.newsdesk.bot.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every configuration key Newsdesk knows, with its type, default and environment variable.
 *
 * <p>Each key can be set in the YAML file (nested or dotted) and overridden by the environment as
 * {@code NEWSDESK_} plus the key in capitals with dots and dashes as underscores.
 */
public enum ConfigKey {
  INDEX_PATH("index.path", Type.PATH, "", "NEWSDESK_INDEX",
      "folder of the Lucene index (default: the per-user data folder)"),
  INDEX_BACKEND("index.backend", Type.STRING, "lucene", "",
      "where the archive lives: lucene (embedded, one machine) or solrcloud (a SolrCloud collection; see solr.*)"),
  SOLR_ZK_HOSTS("solr.zk-hosts", Type.STRING, "", "",
      "ZooKeeper ensemble of the SolrCloud cluster, host:port[,host:port...][/chroot], e.g. zk1:2181,zk2:2181/solr"),
  SOLR_URLS("solr.urls", Type.LIST, "", "",
      "Solr base URLs, comma-separated (http://host:8983/solr), when there is no solr.zk-hosts"),
  SOLR_COLLECTION("solr.collection", Type.STRING, "newsdesk", "", "the SolrCloud collection of the archive"),
  SOLR_SHARDS("solr.shards", Type.INTEGER, "1", "", "shards newsdesk solr init creates the collection with"),
  SOLR_REPLICAS("solr.replicas", Type.INTEGER, "1", "",
      "replicas of each shard newsdesk solr init creates (2 or more survive the loss of a node)"),
  INGEST_MAX_FILE_MB("ingest.max-file-mb", Type.INTEGER, "10", "",
      "largest file or download to ingest, in megabytes"),
  INGEST_FETCH_TIMEOUT("ingest.fetch-timeout-seconds", Type.INTEGER, "20", "",
      "how long to wait for a web page or feed"),
  EMBEDDING_PROVIDER("embedding.provider", Type.STRING, "bge-small-en-v1.5-q", "",
      "bge-small-en-v1.5-q, all-minilm-l6-v2-q (both in-process, offline), openai (any "
          + "OpenAI-compatible server) or none (BM25 only)"),
  EMBEDDING_BASE_URL("embedding.base-url", Type.STRING, "", "",
      "base URL of an OpenAI-compatible embeddings server, e.g. http://localhost:11434/v1"),
  EMBEDDING_MODEL("embedding.model", Type.STRING, "text-embedding-3-small", "",
      "model name on that server"),
  EMBEDDING_API_KEY("embedding.api-key", Type.SECRET, "", "",
      "key for that server (also read from OPENAI_API_KEY)"),
  EMBEDDING_DIMENSION("embedding.dimension", Type.INTEGER, "1536", "",
      "dimension of that model's vectors"),
  EMBEDDING_MAX_PASSAGES("embedding.max-passages-per-article", Type.INTEGER, "16", "",
      "passages of an article that get a vector (the rest are found by BM25 only)"),
  RETRIEVAL_MODE("retrieval.mode", Type.STRING, "hybrid", "",
      "hybrid (BM25 and vectors fused), bm25 or vector"),
  RETRIEVAL_DEPTH("retrieval.depth", Type.INTEGER, "100", "",
      "passages read from each ranking before fusion"),
  RETRIEVAL_BM25_WEIGHT("retrieval.bm25-weight", Type.DECIMAL, "1.0", "",
      "weight of the BM25 ranking in the fusion"),
  RETRIEVAL_VECTOR_WEIGHT("retrieval.vector-weight", Type.DECIMAL, "1.0", "",
      "weight of the vector ranking in the fusion"),
  RETRIEVAL_RECENCY_WEIGHT("retrieval.recency-weight", Type.DECIMAL, "0.5", "",
      "how much articles published shortly before the as-of date are favoured (0 = not at all)"),
  RETRIEVAL_RECENCY_HALF_LIFE("retrieval.recency-half-life-days", Type.DECIMAL, "14", "",
      "age in days at which the recency favour halves"),
  RETRIEVAL_PASSAGES("retrieval.passages", Type.INTEGER, "8", "",
      "passages retrieved for each question"),
  RETRIEVAL_MAX_PER_ARTICLE("retrieval.max-passages-per-article", Type.INTEGER, "2", "",
      "most passages of one article among those retrieved"),
  ANSWER_MAX_QUESTION_LENGTH("answer.max-question-length", Type.INTEGER, "500", "",
      "longest question accepted, in characters"),
  ANSWER_MAX_SENTENCES("answer.max-sentences", Type.INTEGER, "3", "",
      "most sentences in an extractive answer"),
  ANSWER_MIN_COVERAGE("answer.min-coverage", Type.DECIMAL, "0.5", "",
      "share of the question's weight a sentence must cover, else the bot abstains"),
  MODEL_PROVIDER("model.provider", Type.STRING, "extractive", "",
      "who writes answers: extractive (offline, default), openai (or any OpenAI-compatible server), "
          + "anthropic or gemini"),
  MODEL_BASE_URL("model.base-url", Type.STRING, "", "",
      "the model server's base URL, e.g. http://localhost:11434/v1 for Ollama"),
  MODEL_NAME("model.name", Type.STRING, "", "", "the model's name, e.g. gpt-4o-mini, claude-sonnet-4-5, llama3.1"),
  MODEL_API_KEY("model.api-key", Type.SECRET, "", "",
      "the key (also read from OPENAI_API_KEY, ANTHROPIC_API_KEY or GEMINI_API_KEY)"),
  MODEL_TIMEOUT("model.timeout", Type.INTEGER, "60", "", "seconds to wait for the model's answer"),
  MODEL_MAX_RETRIES("model.max-retries", Type.INTEGER, "2", "", "retries after a 429, 5xx or timeout"),
  MODEL_PROMPTS_DIR("model.prompts-dir", Type.PATH, "", "", "folder whose prompt files override the bundled ones"),
  FEEDS_URLS("feeds.urls", Type.LIST, "", "",
      "RSS/Atom feeds to poll, comma-separated (more can be added with newsdesk feeds add)"),
  FEEDS_INTERVAL("feeds.interval-minutes", Type.INTEGER, "15", "", "minutes between polls of a feed"),
  FEEDS_ALLOW_PRIVATE("feeds.allow-private-addresses", Type.BOOLEAN, "false", "",
      "fetch feed item pages (and their redirects) on loopback, private and link-local addresses; off: refused"),
  CHAT_RATE_PER_MINUTE("chat.rate-limit-per-minute", Type.DECIMAL, "6", "",
      "questions a chat user may ask per minute, on average (Telegram, Slack, Mattermost, Rocket.Chat)"),
  CHAT_RATE_BURST("chat.rate-limit-burst", Type.INTEGER, "3", "",
      "questions a chat user may ask in a quick burst"),
  TELEGRAM_TOKEN("telegram.token", Type.SECRET, "", "TELEGRAM_BOT_TOKEN",
      "the bot's token from BotFather; Telegram starts when it is set"),
  TELEGRAM_API_URL("telegram.api-url", Type.STRING, "", "",
      "another Bot API server (Telegram's self-hosted server, or a test server)"),
  TELEGRAM_ALLOWED_CHATS("telegram.allowed-chats", Type.LIST, "", "",
      "chat ids the bot answers in, comma-separated (empty: all)"),
  TELEGRAM_ALLOWED_USERS("telegram.allowed-users", Type.LIST, "", "",
      "user ids the bot answers, comma-separated (empty: all)"),
  SLACK_ENABLED("slack.enabled", Type.BOOLEAN, "false", "",
      "start Slack even without the tokens in the environment (they must then be in this file)"),
  SLACK_BOT_TOKEN("slack.bot-token", Type.SECRET, "", "SLACK_BOT_TOKEN", "the bot token (xoxb-...)"),
  SLACK_APP_TOKEN("slack.app-token", Type.SECRET, "", "SLACK_APP_TOKEN",
      "the app-level token (xapp-...) for Socket Mode"),
  SLACK_SIGNING_SECRET("slack.signing-secret", Type.SECRET, "", "SLACK_SIGNING_SECRET",
      "the signing secret, for the HTTP Events API"),
  SLACK_API_URL("slack.api-url", Type.STRING, "", "",
      "Web API URL prefix (default https://slack.com/api/)"),
  SLACK_ALLOWED_CHANNELS("slack.allowed-channels", Type.LIST, "", "",
      "channel ids the bot answers in, comma-separated (empty: all)"),
  SLACK_ALLOWED_TEAMS("slack.allowed-teams", Type.LIST, "", "",
      "workspace (team) ids the bot answers in, comma-separated (empty: all)"),
  MATTERMOST_TOKEN("mattermost.token", Type.SECRET, "", "",
      "token of the Mattermost slash command or outgoing webhook; enables POST /hooks/mattermost"),
  ROCKETCHAT_TOKEN("rocketchat.token", Type.SECRET, "", "",
      "token of the Rocket.Chat outgoing webhook; enables POST /hooks/rocketchat"),
  API_TOKEN("api.token", Type.SECRET, "", "",
      "bearer token the HTTP API (/api/ask, /api/search) requires; empty: no token needed"),
  HTTP_HOST("http.host", Type.STRING, "127.0.0.1", "",
      "address the HTTP server listens on (127.0.0.1: this machine only, behind a reverse proxy; 0.0.0.0: every "
          + "interface, which wants api.token)"),
  HTTP_PORT("http.port", Type.INTEGER, "8080", "",
      "port of the one HTTP server (Slack events, Mattermost and Rocket.Chat hooks)");

  /** The kinds of value a key takes. */
  public enum Type { INTEGER, DECIMAL, PATH, STRING, SECRET, LIST, BOOLEAN }

  private final String key;
  private final Type type;
  private final String defaultValue;
  private final String environmentName;
  private final String description;

  ConfigKey(String key, Type type, String defaultValue, String environmentName, String description) {
    this.key = key;
    this.type = type;
    this.defaultValue = defaultValue;
    this.environmentName = environmentName.isEmpty() ? derivedEnvironmentName(key) : environmentName;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public Type type() {
    return type;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String environmentName() {
    return environmentName;
  }

  public String description() {
    return description;
  }

  public static Optional<ConfigKey> byKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }

  private static String derivedEnvironmentName(String key) {
    return "NEWSDESK_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
