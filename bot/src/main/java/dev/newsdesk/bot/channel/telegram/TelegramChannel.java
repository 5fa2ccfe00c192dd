package dev.newsdesk.bot.channel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.channel.AccessList;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.config.ConfigException;
import dev.newsdesk.bot.feedback.FeedbackStore;
import dev.newsdesk.bot.story.StoryTimelines;
import dev.newsdesk.bot.watch.AlertSender;
import dev.newsdesk.bot.watch.WatchCommands;
import dev.newsdesk.retrieval.search.LatestHeadlines;
import java.util.Optional;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.io.IOException;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Newsdesk in Telegram: a long-polling bot that answers questions in private chats and, when
 * addressed, in groups. {@link #start} connects and returns once polling runs; {@link #close} stops
 * polling, lets queued answers finish and releases every thread.
 */
public final class TelegramChannel implements AutoCloseable {

  /** Workers, the most requests waiting, the long-poll timeout, and retries of a failed send. */
  public record Options(int workers, int maxPending, Duration pollTimeout, int sendAttempts, Duration firstRetryPause) {
    public Options {
      if (workers < 1 || maxPending < 1 || sendAttempts < 1 || pollTimeout.isNegative()) {
        throw new IllegalArgumentException("workers, maxPending and sendAttempts must be at least 1");
      }
    }

    public static Options standard() {
      return new Options(4, 200, Duration.ofSeconds(50), 4, Duration.ofMillis(500));
    }
  }

  private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);
  private static final Duration DRAIN = Duration.ofSeconds(10);

  private final TelegramBotsLongPollingApplication polling;
  private final OkHttpClient pollingHttp;
  private final ScheduledExecutorService pollingThread;
  private final OkHttpClient sendingHttp;
  private final ChatQueues queues;
  private final ScheduledExecutorService typingTicker;
  private final String botUsername;
  private final AtomicBoolean closing;
  private final AlertSender alertSender;

  private TelegramChannel(Parts parts, TelegramBotsLongPollingApplication polling, String botUsername,
      AtomicBoolean closing, AlertSender alertSender) {
    this.closing = closing;
    this.alertSender = alertSender;
    this.polling = polling;
    this.pollingHttp = parts.pollingHttp;
    this.pollingThread = parts.pollingThread;
    this.sendingHttp = parts.sendingHttp;
    this.queues = parts.queues;
    this.typingTicker = parts.typingTicker;
    this.botUsername = botUsername;
  }

  /** Connects to the Bot API, registers the command menu and starts polling. */
  public static TelegramChannel start(ChannelSettings.Telegram settings, RateLimiter limiter, AnsweringService answering,
      LatestHeadlines latest, StoryTimelines timelines, Options options, Clock clock) {
    return start(settings, limiter, answering, latest, timelines, options, clock, Optional.empty(), Optional.empty());
  }

  /**
   * As the other {@code start}, with the follow, unfollow and briefing commands when {@code watch} is
   * given, and 👍 / 👎 buttons under answers when {@code feedback} is.
   */
  public static TelegramChannel start(ChannelSettings.Telegram settings, RateLimiter limiter, AnsweringService answering,
      LatestHeadlines latest, StoryTimelines timelines, Options options, Clock clock, Optional<WatchCommands> watch,
      Optional<FeedbackStore> feedback) {
    String token = settings.token().filter(t -> !t.isBlank())
        .orElseThrow(() -> new ConfigException("telegram.token (TELEGRAM_BOT_TOKEN) is not set"));
    TelegramUrl url = TelegramEndpoint.from(settings.apiUrl());
    AtomicBoolean closing = new AtomicBoolean();
    Parts parts = new Parts(options, closing);
    try {
      TelegramSender sender = new TelegramSender(new OkHttpTelegramClient(parts.sendingHttp, token, url),
          new TelegramSender.Retry(options.sendAttempts(), options.firstRetryPause(), Duration.ofSeconds(60)));
      RequestReader.BotIdentity bot = identify(sender);
      registerCommands(sender);
      RequestReader reader = new RequestReader(bot);
      RequestHandler handler = new RequestHandler(answering, latest, timelines, sender, reader, parts.typingTicker,
          clock, watch, new TelegramFeedback(sender, feedback, clock));
      UpdateRouter router = new UpdateRouter(reader, handler, parts.queues,
          new AccessList(settings.allowedChats()), new AccessList(settings.allowedUsers()), limiter);
      TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication(
          ObjectMapper::new, () -> parts.pollingHttp, () -> parts.pollingThread, PollingBackOff::new);
      int timeout = (int) options.pollTimeout().toSeconds();
      polling.registerBot(token, () -> url, lastId -> new TolerantGetUpdates(lastId, timeout), router);
      log.info("Telegram: polling as @{}", bot.username());
      return new TelegramChannel(parts, polling, bot.username(), closing, new TelegramAlertSender(sender));
    } catch (TelegramApiException e) {
      parts.release(Duration.ZERO);
      throw new TelegramException("could not start polling: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      parts.release(Duration.ZERO);
      throw e;
    }
  }

  /** The bot's username, as Telegram reported it. */
  public String botUsername() {
    return botUsername;
  }

  /** Sends alerts and briefings to Telegram chats through this channel's sender. */
  public AlertSender alertSender() {
    return alertSender;
  }

  @Override
  public void close() {
    closing.set(true);
    try {
      polling.close();
    } catch (Exception e) {
      log.warn("stopping the Telegram polling loop: {}", e.getMessage());
    }
    Parts parts = new Parts(pollingHttp, pollingThread, sendingHttp, queues, typingTicker);
    parts.endLongPoll();
    parts.release(DRAIN);
    log.info("Telegram: stopped");
  }

  private static RequestReader.BotIdentity identify(TelegramSender sender) {
    try {
      User me = sender.call(new GetMe());
      return new RequestReader.BotIdentity(me.getId(), me.getUserName() == null ? "" : me.getUserName());
    } catch (TelegramApiException e) {
      throw new TelegramException("Telegram did not accept the bot token, or could not be reached: " + e.getMessage(), e);
    }
  }

  private static void registerCommands(TelegramSender sender) {
    try {
      sender.call(SetMyCommands.builder().commands(Command.menu()).build());
    } catch (TelegramApiException e) {
      log.warn("could not register the command menu: {}", e.getMessage());
    }
  }

  /**
   * Turns the failure of the long poll that closing interrupts into an empty batch of updates, so a
   * clean shutdown does not show up in the log as a polling error.
   */
  private record QuietOnClose(AtomicBoolean closing, OkHttpClient network) implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
      try {
        // The real call runs on its own client, so close() can cancel it without failing this one.
        return network.newCall(chain.request()).execute();
      } catch (IOException e) {
        if (!closing.get()) {
          throw e;
        }
        return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
            .body(ResponseBody.create("{\"ok\":true,\"result\":[]}", MediaType.get("application/json"))).build();
      }
    }
  }

  /** The threads and HTTP clients a channel owns, so a failed start and a close release the same things. */
  private record Parts(OkHttpClient pollingHttp, ScheduledExecutorService pollingThread, OkHttpClient sendingHttp,
      ChatQueues queues, ScheduledExecutorService typingTicker) {

    Parts(Options options, AtomicBoolean closing) {
      this(quietPolling(options, closing),
          Executors.newSingleThreadScheduledExecutor(daemon("telegram-polling")),
          new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(15)).readTimeout(Duration.ofSeconds(60)).build(),
          new ChatQueues(options.workers(), options.maxPending()),
          Executors.newSingleThreadScheduledExecutor(daemon("telegram-typing")));
    }

    private static OkHttpClient quietPolling(Options options, AtomicBoolean closing) {
      OkHttpClient network = new OkHttpClient.Builder().readTimeout(options.pollTimeout().plusSeconds(30)).build();
      return network.newBuilder().dispatcher(new Dispatcher())
          .addInterceptor(new QuietOnClose(closing, network)).build();
    }

    /** Ends the long poll in flight; the polling loop then sees an empty batch and stops. */
    void endLongPoll() {
      for (Interceptor interceptor : pollingHttp.interceptors()) {
        if (interceptor instanceof QuietOnClose quiet) {
          quiet.network().dispatcher().cancelAll();
        }
      }
    }

    void release(Duration drain) {
      endLongPoll();
      pollingThread.shutdownNow();
      await(pollingThread);
      queues.shutdown(drain);
      typingTicker.shutdownNow();
      for (OkHttpClient http : new OkHttpClient[] {pollingHttp, sendingHttp}) {
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
      }
    }

    private static void await(ScheduledExecutorService executor) {
      try {
        executor.awaitTermination(2, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
      return task -> {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
      };
    }
  }
}
