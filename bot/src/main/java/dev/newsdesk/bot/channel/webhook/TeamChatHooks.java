package dev.newsdesk.bot.channel.webhook;

import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.http.Route;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The Mattermost, Rocket.Chat and Microsoft Teams routes, each present when its token or key is configured. */
public final class TeamChatHooks {

  private TeamChatHooks() {}

  /** The routes of the hooks whose tokens are set, sharing the chat channels' rate limiter. */
  public static List<Route> routes(ChannelSettings.Hooks hooks, RateLimiter limiter, AnsweringService answering) {
    return routes(hooks, limiter, answering, TeamsHook.REPLY_WITHIN);
  }

  /** As {@link #routes(ChannelSettings.Hooks, RateLimiter, AnsweringService)}, Teams replying within the given time. */
  static List<Route> routes(ChannelSettings.Hooks hooks, RateLimiter limiter, AnsweringService answering,
      Duration teamsReplyWithin) {
    List<Route> routes = new ArrayList<>();
    hooks.mattermostToken().filter(t -> !t.isBlank()).ifPresent(token -> routes.add(Route.post(MattermostHook.PATH,
        new MattermostHook(new HookToken(token),
            new HookResponder("mattermost", answering, limiter, MattermostHook.MAX_LENGTH)))));
    hooks.rocketChatToken().filter(t -> !t.isBlank()).ifPresent(token -> routes.add(Route.post(RocketChatHook.PATH,
        new RocketChatHook(new HookToken(token),
            new HookResponder("rocketchat", answering, limiter, RocketChatHook.MAX_LENGTH)))));
    hooks.teamsHmacKey().filter(k -> !k.isBlank()).ifPresent(key -> routes.add(Route.post(TeamsHook.PATH,
        new TeamsHook(new TeamsSignature(key),
            new HookResponder("teams", answering, limiter, TeamsHook.MAX_LENGTH, HookMarkdown::teams),
            answerers(), teamsReplyWithin))));
    return List.copyOf(routes);
  }

  /**
   * The Teams answers' own small pool: an answer goes on after Teams has stopped waiting, so it
   * cannot run on the HTTP server's worker; idle threads end, so the pool needs no stopping.
   */
  private static ThreadPoolExecutor answerers() {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64),
        runnable -> {
          Thread thread = new Thread(runnable, "newsdesk-teams-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
