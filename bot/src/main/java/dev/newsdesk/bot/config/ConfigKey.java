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
      "share of the question's weight a sentence must cover, else the bot abstains");

  /** The kinds of value a key takes. */
  public enum Type { INTEGER, DECIMAL, PATH, STRING, SECRET }

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
