package dev.newsdesk.bot.channel.telegram;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.answer.AnswerObserver;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.Composer;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.bot.conversation.ConversationMemory;
import dev.newsdesk.bot.conversation.HeuristicRewriter;
import dev.newsdesk.bot.story.StoryTimelines;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import dev.newsdesk.retrieval.search.LatestHeadlines;
import dev.newsdesk.retrieval.search.SearchMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A real Newsdesk over a small invented archive, and a Telegram channel started against a fake Bot API. */
final class TelegramTestbed {

  static final Clock CLOCK = Clock.systemUTC();

  static final List<Article> ARTICLES = List.of(
      article("bridge", "Harbor bridge reopens after repairs", "Harbor Gazette", "2026-11-20",
          "The Harbor bridge reopened on Monday after six months of repairs. Engineers replaced all forty steel "
              + "cables and resurfaced the deck. The repairs cost 40 million euros, the city said."),
      article("fares", "<b>Bold</b> claims & counterclaims over tram fares", "Valley Wire", "2026-11-22",
          "The council raised tram fares by ten cents on Friday. Critics said the fare rise hurts commuters "
              + "who ride the tram every day, while the council said the money pays for new trams."),
      article("whales", "Museum opens whale hall", "Harbor Gazette", "2026-11-25",
          "The maritime museum opened a hall devoted to whales on Saturday. Its centrepiece is the skeleton "
              + "of a blue whale that washed ashore in 1998."));

  private TelegramTestbed() {}

  static Article article(String slug, String title, String outlet, String date, String text) {
    return Article.of(Optional.of("https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + slug),
        title, outlet, List.of("Ada Reporter"), Optional.of(Instant.parse(date + "T09:00:00Z")), text);
  }

  static NewsdeskConfig config(Path home, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put("NEWSDESK_EMBEDDING_PROVIDER", "none");
    return new ConfigLoader(env, new DataFolders(env, "Linux", home)).load(Optional.empty())
        .withIndexPath(home.resolve("index"));
  }

  static NewsIndex index(Path home) {
    return index(home, ARTICLES);
  }

  /** The given articles, indexed (BM25 only) into {@code home}. */
  static NewsIndex index(Path home, List<Article> articles) {
    Newsdesk newsdesk = new Newsdesk(config(home, Map.of()), CLOCK);
    try (NewsIndex writable = newsdesk.openForWriting()) {
      newsdesk.ingester(writable).ingestArticles(articles, IngestListener.QUIET);
    }
    return newsdesk.openForReading();
  }

  /** Quick polls and short retry pauses, so tests finish fast. */
  static TelegramChannel.Options fastOptions() {
    return new TelegramChannel.Options(4, 50, Duration.ofSeconds(1), 3, Duration.ofMillis(50));
  }

  /** Starts the channel with the real answering service and the configuration the environment gives. */
  static TelegramChannel start(FakeBotApi api, Path home, NewsIndex index, Map<String, String> env) {
    NewsdeskConfig config = config(home, withTelegram(api, env));
    Newsdesk newsdesk = new Newsdesk(config, CLOCK);
    return start(config, newsdesk.answering(index), newsdesk.timelines(index), index);
  }

  /** Starts the channel with a composer standing in for the model. */
  static TelegramChannel start(FakeBotApi api, Path home, NewsIndex index, Composer composer) {
    NewsdeskConfig config = config(home, withTelegram(api, Map.of()));
    Newsdesk newsdesk = new Newsdesk(config, CLOCK);
    AnsweringService answering = new AnsweringService(newsdesk.planner(new HeuristicRewriter()),
        newsdesk.retriever(index, SearchMode.BM25), composer,
        new ConversationMemory(8, 2000, Duration.ofMinutes(30), CLOCK), 500, AnswerObserver.NONE);
    return start(config, answering, newsdesk.timelines(index), index);
  }

  private static TelegramChannel start(NewsdeskConfig config, AnsweringService answering, StoryTimelines timelines,
      NewsIndex index) {
    RateLimiter limiter = new RateLimiter(
        config.channels().rateLimit().perMinute(), config.channels().rateLimit().burst(), CLOCK);
    return TelegramChannel.start(config.channels().telegram(), limiter, answering, new LatestHeadlines(index),
        timelines, fastOptions(), CLOCK);
  }

  private static Map<String, String> withTelegram(FakeBotApi api, Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    all.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
    all.put("NEWSDESK_TELEGRAM_API_URL", api.url());
    all.putIfAbsent("NEWSDESK_CHAT_RATE_LIMIT_BURST", "100");
    all.putIfAbsent("NEWSDESK_CHAT_RATE_LIMIT_PER_MINUTE", "100");
    return all;
  }
}
