package dev.newsdesk.bot.config;

import java.nio.file.Path;
import java.util.Objects;

/** The whole configuration, resolved and validated: defaults, then the file, then the environment. */
public record NewsdeskConfig(
    Path indexPath,
    long maxFileBytes,
    int fetchTimeoutSeconds,
    int passages,
    int maxPassagesPerArticle,
    int maxQuestionLength,
    int maxSentences,
    double minCoverage) {

  public NewsdeskConfig {
    Objects.requireNonNull(indexPath, "indexPath");
    positive(ConfigKey.INGEST_MAX_FILE_MB, maxFileBytes);
    positive(ConfigKey.INGEST_FETCH_TIMEOUT, fetchTimeoutSeconds);
    positive(ConfigKey.RETRIEVAL_PASSAGES, passages);
    positive(ConfigKey.RETRIEVAL_MAX_PER_ARTICLE, maxPassagesPerArticle);
    positive(ConfigKey.ANSWER_MAX_QUESTION_LENGTH, maxQuestionLength);
    positive(ConfigKey.ANSWER_MAX_SENTENCES, maxSentences);
    if (!(minCoverage > 0 && minCoverage <= 1)) {
      throw new ConfigException(
          ConfigKey.ANSWER_MIN_COVERAGE.key() + " must be between 0 and 1, was " + minCoverage);
    }
  }

  public NewsdeskConfig withIndexPath(Path path) {
    return new NewsdeskConfig(path, maxFileBytes, fetchTimeoutSeconds, passages,
        maxPassagesPerArticle, maxQuestionLength, maxSentences, minCoverage);
  }

  public NewsdeskConfig withMaxFileBytes(long bytes) {
    return new NewsdeskConfig(indexPath, bytes, fetchTimeoutSeconds, passages,
        maxPassagesPerArticle, maxQuestionLength, maxSentences, minCoverage);
  }

  private static void positive(ConfigKey key, long value) {
    if (value < 1) {
      throw new ConfigException(key.key() + " must be at least 1, was " + value);
    }
  }
}
