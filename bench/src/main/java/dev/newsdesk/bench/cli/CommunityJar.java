package dev.newsdesk.bench.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the community Lucene retriever's probe is: the jar the standalone {@code baselines/} module
 * builds ({@code mvn -B -DskipTests -f baselines/pom.xml package}). Looked for, in order, at {@code
 * --baselines-jar FILE}, at the system property {@value #PROPERTY} (the {@code ./newsdesk} launcher
 * sets it to the checkout's jar), else at {@code baselines/target/newsdesk-baselines.jar} under the
 * folder bench runs in.
 *
 * @param path where the jar is expected
 * @param from which of the three named it, for the message when it is missing
 */
record CommunityJar(Path path, String from) {

  /** The system property that names the jar. */
  static final String PROPERTY = "newsdesk.baselines.jar";

  /** The default, relative to the working folder: where the baselines module builds its jar in a checkout. */
  static final Path DEFAULT = Path.of("baselines", "target", "newsdesk-baselines.jar");

  /** The jar named by the option, else by the property (when not blank), else the default. */
  static CommunityJar find(Optional<Path> option, Optional<String> property) {
    if (option.isPresent()) {
      return new CommunityJar(option.get(), "--baselines-jar");
    }
    return property.filter(p -> !p.isBlank())
        .map(p -> new CommunityJar(Path.of(p), "-D" + PROPERTY))
        .orElse(new CommunityJar(DEFAULT, "the default, relative to the folder bench runs in"));
  }

  /** What to tell the user when there is no jar at {@link #path}. */
  String missing() {
    return "no community-baseline jar at " + path.toAbsolutePath().normalize() + " (from " + from + "); build it"
        + " with `mvn -B -DskipTests -f baselines/pom.xml package` from the top of the checkout, point"
        + " --baselines-jar FILE or -D" + PROPERTY + "=FILE at it, or leave the community retriever out with"
        + " --baselines EXACT or NONE";
  }
}
