package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.retrieval.RetrievalException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where an evaluation keeps the index of a corpus: a folder named by the corpus's content and the
 * settings that shape the index, so a changed corpus or model gets a fresh index and an unchanged
 * one is built once.
 */
final class EvalIndexCache {

  /** Bump when what is written to the index changes (fields, passages, cleaning). */
  private static final String SCHEMA = "1";

  private static final String COMPLETE = "newsdesk-eval-complete";

  private EvalIndexCache() {}

  static Path folder(Path data, Path corpus, NewsdeskConfig config) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(corpus), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      String settings = SCHEMA + "|" + config.embedding().provider() + "|" + config.embedding().modelName()
          + "|" + config.ingest().maxEmbeddedPassages();
      digest.update(settings.getBytes(StandardCharsets.UTF_8));
      return data.resolve("eval-cache").resolve(HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    } catch (IOException e) {
      throw new RetrievalException("cannot read the corpus " + corpus + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  static boolean isComplete(Path folder) {
    return Files.isRegularFile(folder.resolve(COMPLETE));
  }

  static void markComplete(Path folder) throws IOException {
    Files.writeString(folder.resolve(COMPLETE), "indexed\n");
  }
}
