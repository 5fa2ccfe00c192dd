package dev.newsdesk.bot.config;

import dev.newsdesk.bot.config.ModelSettings;
import dev.newsdesk.retrieval.embed.EmbeddingSettings;
import dev.newsdesk.retrieval.search.RankingSettings;
import dev.newsdesk.retrieval.search.SearchMode;
import java.nio.file.Path;
import java.util.Objects;

/** The whole configuration, resolved and validated: defaults, then the file, then the environment. */
public record NewsdeskConfig(
    Path indexPath,
    Ingest ingest,
    Feeds feeds,
    EmbeddingSettings embedding,
    Retrieval retrieval,
    Answering answer,
    ModelSettings model,
    Channels channels,
    IndexBackend backend) {

  public NewsdeskConfig {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(indexPath, "indexPath");
    Objects.requireNonNull(ingest, "ingest");
    Objects.requireNonNull(feeds, "feeds");
    Objects.requireNonNull(embedding, "embedding");
    Objects.requireNonNull(retrieval, "retrieval");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(channels, "channels");
  }

  /** The whole configuration on the embedded Lucene index. */
  public NewsdeskConfig(Path indexPath, Ingest ingest, Feeds feeds, EmbeddingSettings embedding, Retrieval retrieval,
      Answering answer, ModelSettings model, Channels channels) {
    this(indexPath, ingest, feeds, embedding, retrieval, answer, model, channels, IndexBackend.EMBEDDED);
  }

  /** The chat channels and the HTTP server. */
  public record Channels(
      ChannelSettings.RateLimit rateLimit,
      ChannelSettings.Telegram telegram,
      ChannelSettings.Slack slack,
      ChannelSettings.Hooks hooks,
      ChannelSettings.Http http,
      ChannelSettings.Api api) {
    public Channels {
      Objects.requireNonNull(rateLimit, "rateLimit");
      Objects.requireNonNull(telegram, "telegram");
      Objects.requireNonNull(slack, "slack");
      Objects.requireNonNull(hooks, "hooks");
      Objects.requireNonNull(http, "http");
      Objects.requireNonNull(api, "api");
    }
  }

  /** The feeds named in the configuration and how often feeds are polled. */
  /** The feeds to poll, how often, and whether item pages on private addresses may be fetched. */
  public record Feeds(java.util.List<String> urls, java.time.Duration interval, boolean allowPrivateAddresses) {
    public Feeds {
      urls = java.util.List.copyOf(urls);
      Objects.requireNonNull(interval, "interval");
    }
  }

  /** Limits on what is read, and how much of each article is embedded. */
  public record Ingest(long maxFileBytes, int fetchTimeoutSeconds, int maxEmbeddedPassages) {
    public Ingest {
      positive(ConfigKey.INGEST_MAX_FILE_MB, maxFileBytes);
      positive(ConfigKey.INGEST_FETCH_TIMEOUT, fetchTimeoutSeconds);
      positive(ConfigKey.EMBEDDING_MAX_PASSAGES, maxEmbeddedPassages);
    }

    /** The same limits without the per-file size limit, for trusted corpora (benchmarks). */
    public Ingest unlimitedFileSize() {
      return new Ingest(Integer.MAX_VALUE - 8L, fetchTimeoutSeconds, maxEmbeddedPassages);
    }
  }

  /** How passages are found for a question. */
  public record Retrieval(int passages, int maxPassagesPerArticle, SearchMode mode, RankingSettings ranking) {
    public Retrieval {
      positive(ConfigKey.RETRIEVAL_PASSAGES, passages);
      positive(ConfigKey.RETRIEVAL_MAX_PER_ARTICLE, maxPassagesPerArticle);
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(ranking, "ranking");
    }
  }

  /** How questions are taken and answers written. */
  public record Answering(int maxQuestionLength, int maxSentences, double minCoverage) {
    public Answering {
      positive(ConfigKey.ANSWER_MAX_QUESTION_LENGTH, maxQuestionLength);
      positive(ConfigKey.ANSWER_MAX_SENTENCES, maxSentences);
      if (!(minCoverage > 0 && minCoverage <= 1)) {
        throw new ConfigException(
            ConfigKey.ANSWER_MIN_COVERAGE.key() + " must be between 0 and 1, was " + minCoverage);
      }
    }
  }

  /** Where the archive is, for messages: the index folder, or the SolrCloud collection and its cluster. */
  public String indexLocation() {
    return backend.solr().map(dev.newsdesk.retrieval.solr.SolrSettings::describe).orElse(indexPath.toString());
  }

  public NewsdeskConfig withIndexPath(Path path) {
    return new NewsdeskConfig(path, ingest, feeds, embedding, retrieval, answer, model, channels, backend);
  }

  public NewsdeskConfig withIngest(Ingest newIngest) {
    return new NewsdeskConfig(indexPath, newIngest, feeds, embedding, retrieval, answer, model, channels, backend);
  }

  public NewsdeskConfig withEmbedding(EmbeddingSettings newEmbedding) {
    return new NewsdeskConfig(indexPath, ingest, feeds, newEmbedding, retrieval, answer, model, channels, backend);
  }

  public NewsdeskConfig withRetrieval(Retrieval newRetrieval) {
    return new NewsdeskConfig(indexPath, ingest, feeds, embedding, newRetrieval, answer, model, channels, backend);
  }

  public NewsdeskConfig withModel(ModelSettings newModel) {
    return new NewsdeskConfig(indexPath, ingest, feeds, embedding, retrieval, answer, newModel, channels, backend);
  }

  public NewsdeskConfig withChannels(Channels newChannels) {
    return new NewsdeskConfig(indexPath, ingest, feeds, embedding, retrieval, answer, model, newChannels, backend);
  }

  public NewsdeskConfig withBackend(IndexBackend newBackend) {
    return new NewsdeskConfig(indexPath, ingest, feeds, embedding, retrieval, answer, model, channels, newBackend);
  }

  private static void positive(ConfigKey key, long value) {
    if (value < 1) {
      throw new ConfigException(key.key() + " must be at least 1, was " + value);
    }
  }
}
