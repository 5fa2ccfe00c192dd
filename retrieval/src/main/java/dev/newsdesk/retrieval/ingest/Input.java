package dev.newsdesk.retrieval.ingest;

import java.net.URI;
import java.nio.file.Path;

/** One thing to read: a local file or a web address. */
sealed interface Input {

  /** How problems with this input are located for the user. */
  String location();

  record File(Path path) implements Input {
    @Override
    public String location() {
      return path.toString();
    }
  }

  record Url(URI uri) implements Input {
    @Override
    public String location() {
      return uri.toString();
    }
  }
}
