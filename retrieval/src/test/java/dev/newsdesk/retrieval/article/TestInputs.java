package dev.newsdesk.retrieval.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The sample inputs the reader tests read: invented ones on the classpath, real ones in shared. */
final class TestInputs {

  private TestInputs() {}

  /** A file under {@code src/test/resources/inputs}, located as {@code inputs/<name>}. */
  static SourceDocument input(String name) {
    try {
      Path path = Path.of(TestInputs.class.getResource("/inputs/" + name).toURI());
      String text = Files.readString(path, StandardCharsets.UTF_8);
      return SourceDocument.ofFile("inputs/" + name, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fixture from the shared folder, which must never be copied into the repository. */
  static SourceDocument sharedFixture(String name) {
    Path path = Path.of(System.getProperty("newsdesk.shared", "../../shared"), "fixtures", name);
    try {
      return SourceDocument.ofFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document as fetched from the web. */
  static SourceDocument fetched(String url, String contentType, String text) {
    return new SourceDocument(url, text, Optional.of(url), Optional.of(contentType));
  }
}
