package dev.newsdesk.bot.channel.webhook;

import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.http.Route;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The Mattermost and Rocket.Chat routes, each present when its token is configured. */
public final class TeamChatHooks {

  private TeamChatHooks() {}

  public static List<Route> routes(ChannelSettings.Hooks hooks, ChannelSettings.RateLimit rateLimit,
      AnsweringService answering, Clock clock) {
    RateLimiter limiter = new RateLimiter(rateLimit.perMinute(), rateLimit.burst(), clock);
    List<Route> routes = new ArrayList<>();
    hooks.mattermostToken().filter(t -> !t.isBlank()).ifPresent(token -> routes.add(Route.post(MattermostHook.PATH,
        new MattermostHook(new HookResponder("mattermost", token, answering, limiter, MattermostHook.MAX_LENGTH)))));
    hooks.rocketChatToken().filter(t -> !t.isBlank()).ifPresent(token -> routes.add(Route.post(RocketChatHook.PATH,
        new RocketChatHook(new HookResponder("rocketchat", token, answering, limiter, RocketChatHook.MAX_LENGTH)))));
    return List.copyOf(routes);
  }
}
