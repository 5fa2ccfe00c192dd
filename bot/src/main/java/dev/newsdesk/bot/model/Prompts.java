package dev.newsdesk.bot.model;

import dev.newsdesk.bot.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt templates: read from the folder named in the configuration when a file is there,
 * else from the jar's {@code prompts/}; placeholders are {@code {{name}}}, filled in one pass so
 * text put into a prompt (an article) is never itself expanded.
 */
public final class Prompts {

  public static final String SYSTEM = "system.txt";
  public static final String ANSWER = "answer.txt";
  public static final String SOURCE = "source.txt";
  public static final String REWRITE = "rewrite.txt";
  public static final String RETRY = "retry.txt";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
  private static final Map<String, Set<String>> KNOWN = Map.of(
      SYSTEM, Set.of("abstain"),
      ANSWER, Set.of("as_of", "today", "dates", "sources", "question"),
      SOURCE, Set.of("n", "title", "outlet", "published", "text"),
      RETRY, Set.of("abstain"),
      REWRITE, Set.of("history", "question"));

  private final Map<String, String> templates;

  private Prompts(Map<String, String> templates) {
    this.templates = templates;
  }

  /** Loads every template, checking that each uses only the placeholders it is given. */
  public static Prompts load(Optional<Path> overrides) {
    Map<String, String> templates = new LinkedHashMap<>();
    for (String name : KNOWN.keySet()) {
      String text = overrides.map(dir -> dir.resolve(name)).filter(Files::isRegularFile)
          .map(Prompts::readFile).orElseGet(() -> readResource(name));
      Matcher m = PLACEHOLDER.matcher(text);
      while (m.find()) {
        if (!KNOWN.get(name).contains(m.group(1))) {
          throw new ConfigException("prompt " + name + " uses {{" + m.group(1) + "}}, which it is never given; it may use "
              + KNOWN.get(name));
        }
      }
      templates.put(name, text);
    }
    return new Prompts(templates);
  }

  /** The template filled with the values; a placeholder without a value stays empty. */
  public String render(String name, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(templates.get(name));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    }
    m.appendTail(out);
    return out.toString().strip();
  }

  private static String readFile(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException("cannot read the prompt " + file + ": " + e.getMessage(), e);
    }
  }

  private static String readResource(String name) {
    try (InputStream in = Prompts.class.getResourceAsStream("/prompts/" + name)) {
      if (in == null) {
        throw new ConfigException("the prompt prompts/" + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("cannot read the prompt prompts/" + name, e);
    }
  }
}
