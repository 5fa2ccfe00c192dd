package dev.newsdesk.bot.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The routes by method and exact path; answers 404 and 405 for what it does not hold. */
record RouteTable(List<Route> routes) {

  RouteTable {
    routes = List.copyOf(routes);
    List<String> seen = new ArrayList<>();
    for (Route route : routes) {
      String key = route.method() + " " + route.path();
      if (seen.contains(key)) {
        throw new IllegalArgumentException("two routes for " + key);
      }
      seen.add(key);
    }
  }

  Optional<Route> find(String method, String path) {
    return routes.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).findFirst();
  }

  InboundResponse missing(String method, String path) {
    List<String> allowed = routes.stream().filter(r -> r.path().equals(path)).map(Route::method).toList();
    if (allowed.isEmpty()) {
      return InboundResponse.text(404, "Not found.");
    }
    return InboundResponse.text(405, method + " is not allowed here.").withHeader("Allow", String.join(", ", allowed));
  }

  String describe() {
    return routes.stream().map(r -> r.method() + " " + r.path()).toList().toString();
  }
}
