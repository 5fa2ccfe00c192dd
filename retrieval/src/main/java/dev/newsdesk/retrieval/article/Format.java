package dev.newsdesk.retrieval.article;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The input formats Newsdesk reads, and how to tell which one a document is.
 *
 * <p>{@link #detect} trusts, in order: the file extension, the HTTP content type, and the first
 * characters of the text. A file with an extension Newsdesk does not know (a {@code .pdf}, a
 * {@code .csv}) is not guessed at; a name without an extension is sniffed.
 */
public enum Format {
  TEXT,
  MARKDOWN,
  HTML,
  JSON,
  JSON_LINES,
  FEED;

  private static final Map<String, Format> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("txt", TEXT), Map.entry("text", TEXT),
          Map.entry("md", MARKDOWN), Map.entry("markdown", MARKDOWN),
          Map.entry("html", HTML), Map.entry("htm", HTML), Map.entry("xhtml", HTML),
          Map.entry("json", JSON),
          Map.entry("jsonl", JSON_LINES), Map.entry("ndjson", JSON_LINES),
          Map.entry("rss", FEED), Map.entry("atom", FEED));

  /** Endings whose format is read from the content (an .xml file may be a feed). */
  private static final java.util.Set<String> SNIFFED_EXTENSIONS = java.util.Set.of("xml");

  private static final Map<String, Format> BY_CONTENT_TYPE =
      Map.ofEntries(
          Map.entry("text/plain", TEXT),
          Map.entry("text/markdown", MARKDOWN), Map.entry("text/x-markdown", MARKDOWN),
          Map.entry("text/html", HTML), Map.entry("application/xhtml+xml", HTML),
          Map.entry("application/json", JSON), Map.entry("text/json", JSON),
          Map.entry("application/x-ndjson", JSON_LINES), Map.entry("application/jsonl", JSON_LINES),
          Map.entry("application/x-jsonlines", JSON_LINES),
          Map.entry("application/jsonlines", JSON_LINES),
          Map.entry("application/rss+xml", FEED), Map.entry("application/atom+xml", FEED),
          Map.entry("application/rdf+xml", FEED));

  private static final Pattern EXTENSION = Pattern.compile("\\.([A-Za-z0-9]{1,10})$");
  private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]");
  private static final Pattern HTML_START =
      Pattern.compile("(?is)^(<!doctype html|<html|<head|<body|<article|<meta|<title|<div|<p[\\s>]"
          + "|<!--).*");
  private static final int SNIFF_LENGTH = 4096;

  /** The format of a document with this file name or URL path, content type and text, if known. */
  public static Optional<Format> detect(
      String fileNameOrUrlPath, Optional<String> contentType, String text) {
    Optional<String> extension = extension(fileNameOrUrlPath);
    if (extension.isPresent()) {
      String ext = extension.get();
      if (ext.equals("xml")) {
        return sniff(text);
      }
      if (BY_EXTENSION.containsKey(ext)) {
        return Optional.of(BY_EXTENSION.get(ext));
      }
    }
    Optional<Format> byType = contentType.flatMap(type -> byContentType(type, text));
    if (byType.isPresent() || contentType.isPresent() || extension.isPresent()) {
      return byType;
    }
    return sniff(text);
  }

  /** Whether a text holds one JSON object per line rather than one JSON document. */
  public static boolean looksLikeJsonLines(String text) {
    String[] lines = text.strip().lines().filter(l -> !l.isBlank()).limit(2).toArray(String[]::new);
    return lines.length == 2
        && lines[0].strip().startsWith("{")
        && lines[0].strip().endsWith("}")
        && lines[1].strip().startsWith("{");
  }

  private static Optional<Format> byContentType(String contentType, String text) {
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (type.equals("application/xml") || type.equals("text/xml")) {
      return sniff(text);
    }
    Optional<Format> format = Optional.ofNullable(BY_CONTENT_TYPE.get(type));
    return format.map(f -> f == JSON && looksLikeJsonLines(text) ? JSON_LINES : f);
  }

  /** The format the first characters of the text give away; prose is plain text. */
  static Optional<Format> sniff(String text) {
    String start = text.replace("\uFEFF", "").stripLeading();
    String head = start.substring(0, Math.min(start.length(), SNIFF_LENGTH));
    if (head.isEmpty()) {
      return Optional.empty();
    }
    if (head.startsWith("<")) {
      if (FEED_ROOT.matcher(head).find()) {
        return Optional.of(FEED);
      }
      boolean html =
          HTML_START.matcher(head).matches() || head.toLowerCase(Locale.ROOT).contains("<html");
      return html ? Optional.of(HTML) : Optional.empty();
    }
    if (head.startsWith("{") || head.startsWith("[")) {
      return Optional.of(looksLikeJsonLines(start) ? JSON_LINES : JSON);
    }
    if (head.startsWith("---\n") || head.startsWith("---\r\n") || head.startsWith("# ")) {
      return Optional.of(MARKDOWN);
    }
    return Optional.of(TEXT);
  }

  /** Whether a file's name ends in an extension Newsdesk reads, for picking files out of a folder. */
  public static boolean readableName(String fileName) {
    return extension(fileName).filter(e -> BY_EXTENSION.containsKey(e) || SNIFFED_EXTENSIONS.contains(e)).isPresent();
  }

  /** The extensions Newsdesk reads, sorted, with their dots: for telling users what it takes. */
  public static java.util.List<String> readableExtensions() {
    return java.util.stream.Stream.concat(BY_EXTENSION.keySet().stream(), SNIFFED_EXTENSIONS.stream())
        .sorted().map(e -> "." + e).toList();
  }

  private static Optional<String> extension(String fileNameOrUrlPath) {
    String path = fileNameOrUrlPath.split("[?#]", 2)[0];
    int scheme = path.indexOf("://");
    if (scheme >= 0) {
      int slash = path.indexOf('/', scheme + 3);
      path = slash < 0 ? "" : path.substring(slash);
    }
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    var m = EXTENSION.matcher(name);
    return m.find() && m.start() > 0
        ? Optional.of(m.group(1).toLowerCase(Locale.ROOT))
        : Optional.empty();
  }
}
