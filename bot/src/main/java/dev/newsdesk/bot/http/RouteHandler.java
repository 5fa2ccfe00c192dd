package dev.newsdesk.bot.http;

/** Answers the requests of one route; runs on one of the server's worker threads. */
@FunctionalInterface
public interface RouteHandler {

  InboundResponse handle(InboundRequest request) throws Exception;
}
