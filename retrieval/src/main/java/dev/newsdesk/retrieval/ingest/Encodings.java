package dev.newsdesk.retrieval.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the character encoding a document declares, in the standard order.
 *
 * <p>The order is the WHATWG encoding-sniffing algorithm's (HTML Standard §13.2.3.2) and XML's
 * (XML 1.0 Appendix F, RFC 7303 §3): a byte order mark; then the HTTP {@code Content-Type}
 * {@code charset}; then an XML declaration's {@code encoding} at the very start; then a {@code
 * <meta charset>} or {@code <meta http-equiv="Content-Type" content="…charset=…">} in the first
 * 1024 bytes. Labels are mapped as WHATWG's Encoding Standard maps them for HTML: {@code
 * iso-8859-1}, {@code latin1} and {@code us-ascii} mean {@code windows-1252}, and a UTF-16 label
 * inside an ASCII-compatible document means UTF-8. With no declaration, the caller's default holds.
 */
final class Encodings {

  /** The encoding to decode with, and where it was declared ("undeclared" for the default). */
  record Sniffed(Charset charset, String source, int bomLength) {}

  private static final int PRESCAN_BYTES = 1024;
  private static final Pattern XML_DECLARATION =
      Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?is)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");

  private Encodings() {}

  static Sniffed sniff(byte[] bytes, Optional<String> contentType, Charset fallback) {
    Optional<Sniffed> bom = bom(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    Optional<Charset> header = contentType.flatMap(type -> label(HEADER_CHARSET, type))
        .flatMap(l -> charset(l, false));
    if (header.isPresent()) {
      return new Sniffed(header.get(), "the HTTP Content-Type header", 0);
    }
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Optional<Charset> xml = label(XML_DECLARATION, head.stripLeading()).flatMap(l -> charset(l, false));
    if (xml.isPresent()) {
      return new Sniffed(xml.get(), "the XML declaration", 0);
    }
    Optional<Charset> meta = label(META_CHARSET, head).flatMap(l -> charset(l, true));
    if (meta.isPresent()) {
      return new Sniffed(meta.get(), "<meta charset>", 0);
    }
    return new Sniffed(fallback, "undeclared", 0);
  }

  private static Optional<Sniffed> bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(new Sniffed(StandardCharsets.UTF_8, "the byte order mark", 3));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(new Sniffed(StandardCharsets.UTF_16BE, "the byte order mark", 2));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(new Sniffed(StandardCharsets.UTF_16LE, "the byte order mark", 2));
    }
    return Optional.empty();
  }

  private static Optional<String> label(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /** The charset a label names; {@code inDocument} applies WHATWG's rule for UTF-16 in a meta tag. */
  private static Optional<Charset> charset(String label, boolean inDocument) {
    String l = switch (label) {
      case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252" -> "windows-1252";
      case "utf-16", "utf-16le", "utf-16be" -> inDocument ? "utf-8" : label;
      default -> label;
    };
    try {
      return Optional.of(Charset.forName(l));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
