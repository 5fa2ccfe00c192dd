package dev.newsdesk.bot.channel.webhook;

import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.http.Route;
import java.util.ArrayList;
import java.util.List;

/** The Mattermost and Rocket.Chat routes, each present when its token is configured. */
public final class TeamChatHooks {

  private TeamChatHooks() {}

  /** The routes of the hooks whose tokens are set, sharing the chat channels' rate limiter. */
  public static List<Route> routes(ChannelSettings.Hooks hooks, RateLimiter limiter, AnsweringService answering) {
    List<Route> routes = new ArrayList<>();
    hooks.mattermostToken().filter(t -> !t.isBlank()).ifPresent(token -> routes.add(Route.post(MattermostHook.PATH,
        new MattermostHook(new HookResponder("mattermost", token, answering, limiter, MattermostHook.MAX_LENGTH)))));
    hooks.rocketChatToken().filter(t -> !t.isBlank()).ifPresent(token -> routes.add(Route.post(RocketChatHook.PATH,
        new RocketChatHook(new HookResponder("rocketchat", token, answering, limiter, RocketChatHook.MAX_LENGTH)))));
    return List.copyOf(routes);
  }
}
