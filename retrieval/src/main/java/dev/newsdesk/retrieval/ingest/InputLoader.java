package dev.newsdesk.retrieval.ingest;

import dev.newsdesk.retrieval.article.Format;
import dev.newsdesk.retrieval.article.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Expands what the user named (files, folders, web addresses) into inputs, and loads each one as
 * text within the size limit, reporting anything unreadable with its reason.
 */
public final class InputLoader {

  private final long maxBytes;
  private final UrlFetcher fetcher;

  public InputLoader(long maxBytes, UrlFetcher fetcher) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.fetcher = fetcher;
  }

  /** The inputs a name stands for, and problems for what it holds that cannot be read. */
  Expansion expand(String name) {
    List<Input> inputs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (isWebAddress(name)) {
      try {
        inputs.add(new Input.Url(URI.create(name.strip())));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.failed(name, "not a valid web address: " + e.getMessage()));
      }
    } else if (!Files.exists(Path.of(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      problems.add(Problem.failed(name, "no such file or folder"));
    } else if (Files.isDirectory(Path.of(name))) {
      walk(Path.of(name), inputs, problems);
    } else {
      inputs.add(new Input.File(Path.of(name)));
    }
    return new Expansion(inputs, problems);
  }

  /** What one name expanded to. */
  record Expansion(List<Input> inputs, List<Problem> problems) {}

  /** Reads one input as text, or says why it cannot be. */
  Loaded load(Input input) {
    if (input instanceof Input.Url url) {
      return fetcher.fetch(url.uri(), maxBytes);
    }
    Path path = ((Input.File) input).path();
    String location = path.toString();
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        return new Loaded.Failure(Problem.failed(location, tooLarge(size, maxBytes)));
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      }
      return TextDecoder.decode(location, bytes, StandardCharsets.UTF_8, Optional.empty(), Optional.empty());
    } catch (NoSuchFileException e) {
      return new Loaded.Failure(Problem.failed(location, "cannot read: the file is gone or a broken link"));
    } catch (AccessDeniedException e) {
      return new Loaded.Failure(Problem.failed(location, "cannot read: permission denied"));
    } catch (IOException e) {
      return new Loaded.Failure(Problem.failed(location, "cannot read: " + e.getMessage()));
    }
  }

  static String tooLarge(long size, long maxBytes) {
    return String.format(
        Locale.ROOT,
        "%.1f MB is over the %.0f MB limit (ingest.max-file-mb)",
        size / 1_048_576.0,
        maxBytes / 1_048_576.0);
  }

  private static boolean isWebAddress(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private static void walk(Path folder, List<Input> inputs, List<Problem> problems) {
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .filter(p -> !p.equals(folder))
          .filter(p -> !isHidden(folder, p))
          .filter(p -> !Files.isDirectory(p))
          .sorted()
          .forEach(p -> {
            if (readable(p)) {
              inputs.add(new Input.File(p));
            } else {
              problems.add(skipped(p));
            }
          });
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add(Problem.failed(folder.toString(), "cannot list the folder: " + e.getMessage()));
    }
  }

  private static Problem skipped(Path file) {
    return Problem.skipped(file.toString(),
        "not a type Newsdesk reads (" + String.join(", ", Format.readableExtensions()) + ")");
  }

  private static boolean readable(Path file) {
    return Format.readableName(file.getFileName().toString());
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
