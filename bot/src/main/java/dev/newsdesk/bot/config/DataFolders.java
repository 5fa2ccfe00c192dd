package dev.newsdesk.bot.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where Newsdesk keeps its data and looks for its configuration, per user and platform. */
public final class DataFolders {

  private final Map<String, String> env;
  private final String os;
  private final Path home;

  public DataFolders(Map<String, String> env, String osName, Path home) {
    this.env = env;
    this.os = osName.toLowerCase(Locale.ROOT);
    this.home = home;
  }

  public static DataFolders system(Map<String, String> env) {
    return new DataFolders(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
  }

  /** The per-user data folder: XDG on Linux, Application Support on macOS, LOCALAPPDATA on Windows. */
  public Path data() {
    if (os.contains("mac")) {
      return home.resolve("Library/Application Support/Newsdesk");
    }
    if (os.contains("win")) {
      return nonBlank("LOCALAPPDATA").map(Path::of).orElse(home.resolve("AppData/Local")).resolve("Newsdesk");
    }
    return nonBlank("XDG_DATA_HOME").map(Path::of).orElse(home.resolve(".local/share")).resolve("newsdesk");
  }

  /** The default configuration file, used when it exists and no other is named. */
  public Path configFile() {
    if (os.contains("mac") || os.contains("win")) {
      return data().resolve("newsdesk.yml");
    }
    return nonBlank("XDG_CONFIG_HOME").map(Path::of).orElse(home.resolve(".config"))
        .resolve("newsdesk/newsdesk.yml");
  }

  /** Expands a leading {@code ~} to the user's home folder. */
  public Path expand(String path) {
    if (path.equals("~")) {
      return home;
    }
    if (path.startsWith("~/")) {
      return home.resolve(path.substring(2));
    }
    return Path.of(path);
  }

  private Optional<String> nonBlank(String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
  }
}
