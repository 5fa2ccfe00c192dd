package dev.newsdesk.retrieval.ingest;

import dev.newsdesk.retrieval.article.Problem;
import dev.newsdesk.retrieval.article.SourceDocument;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

/**
 * Turns raw bytes into text, or says precisely why they are not text: empty, binary, or not valid
 * in their character set (with the byte offset of the first bad byte and where that character set
 * was declared).
 *
 * <p>The character set is the one the document declares ({@link Encodings}: byte order mark, HTTP
 * header, XML declaration, {@code <meta charset>}), else {@code fallback}.
 */
final class TextDecoder {

  private static final int SNIFF_BYTES = 8192;

  private TextDecoder() {}

  static Loaded decode(
      String location, byte[] bytes, Charset fallback, Optional<String> url, Optional<String> contentType) {
    if (bytes.length == 0) {
      return new Loaded.Failure(Problem.failed(location, "empty file"));
    }
    Encodings.Sniffed sniffed = Encodings.sniff(bytes, contentType, fallback);
    Charset charset = sniffed.charset();
    boolean wide = charset.name().startsWith("UTF-16");
    if (!wide && looksBinary(bytes)) {
      return new Loaded.Failure(
          Problem.failed(location, "binary content, not text (a NUL byte in the first 8 KB)"));
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, sniffed.bomLength(), bytes.length - sniffed.bomLength());
    CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return new Loaded.Failure(
          Problem.failed(
              location, "invalid " + charset.name() + " at byte " + in.position()
                  + (sniffed.source().equals("undeclared")
                      ? " (is the file in another encoding? declare it with <meta charset> or an XML declaration)"
                      : " (declared by " + sniffed.source() + ")")));
    }
    try {
      decoder.flush(out);
    } catch (RuntimeException e) {
      return new Loaded.Failure(Problem.failed(location, "invalid " + charset.name()));
    }
    out.flip();
    String text = out.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return new Loaded.Failure(Problem.failed(location, "empty file (only whitespace)"));
    }
    return new Loaded.Document(new SourceDocument(location, text, url, contentType));
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
