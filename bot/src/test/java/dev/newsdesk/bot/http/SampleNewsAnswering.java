package dev.newsdesk.bot.http;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.SampleNews;
import dev.newsdesk.bot.answer.AnswerObserver;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.Composer;
import dev.newsdesk.bot.conversation.ConversationMemory;
import dev.newsdesk.bot.conversation.HeuristicRewriter;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.search.SearchMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.story.StoryTimelines;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The real answering service over the bundled sample news, indexed (BM25 only) into a folder. */
public final class SampleNewsAnswering implements AutoCloseable {

  /** A question the sample news answers: Kestrel-2 flew on a Tern-4 rocket. */
  public static final String QUESTION = "Which rocket did Kestrel-2 launch aboard?";

  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

  private final Newsdesk newsdesk;
  private final NewsIndex index;
  private final AnsweringService answering;
  private final StoryTimelines timelines;

  private SampleNewsAnswering(Newsdesk newsdesk, NewsIndex index, AnsweringService answering,
      StoryTimelines timelines) {
    this.newsdesk = newsdesk;
    this.index = index;
    this.answering = answering;
    this.timelines = timelines;
  }

  public static SampleNewsAnswering indexedIn(Path folder) {
    return indexedIn(folder, List.of());
  }

  /** The sample news and the given articles, indexed into the folder. */
  public static SampleNewsAnswering indexedIn(Path folder, List<Article> more) {
    Map<String, String> env = new HashMap<>();
    env.put("NEWSDESK_EMBEDDING_PROVIDER", "none");
    Newsdesk newsdesk = new Newsdesk(
        new ConfigLoader(env, new DataFolders(env, "Linux", folder)).load(Optional.empty())
            .withIndexPath(folder.resolve("index")),
        TODAY);
    try (NewsIndex writable = newsdesk.openForWriting()) {
      List<Article> articles = new ArrayList<>(SampleNews.read().articles());
      articles.addAll(more);
      newsdesk.ingester(writable).ingestArticles(articles, IngestListener.QUIET);
    }
    NewsIndex index = newsdesk.openForReading();
    return new SampleNewsAnswering(newsdesk, index, newsdesk.answering(index), newsdesk.timelines(index));
  }

  /** An answering service over the same index whose answers the given composer writes (a slow one, say). */
  public AnsweringService answeringWith(Composer composer) {
    return new AnsweringService(newsdesk.planner(new HeuristicRewriter()), newsdesk.retriever(index, SearchMode.BM25),
        composer, new ConversationMemory(8, 2000, Duration.ofMinutes(30), TODAY), 500, AnswerObserver.NONE);
  }

  public AnsweringService answering() {
    return answering;
  }

  /** Story timelines over the same index, as of the same day. */
  public StoryTimelines timelines() {
    return timelines;
  }

  /** The (read-only) index of the sample news. */
  public NewsIndex index() {
    return index;
  }

  @Override
  public void close() {
    index.close();
  }
}
