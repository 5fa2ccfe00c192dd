package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.config.ConfigCheck;
import dev.newsdesk.bot.config.ConfigException;
import dev.newsdesk.bot.config.NewsdeskConfig;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk config check}: loads and checks the configuration, naming each problem's key. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Check the configuration.",
    subcommands = {ConfigCommand.Check.class})
final class ConfigCommand implements Runnable {

  @ParentCommand NewsdeskCommand parent;

  @Override
  public void run() {
    picocli.CommandLine.usage(this, parent.context().out());
  }

  /** The check itself. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Report unknown keys, wrong types, missing secrets and an unusable index folder.")
  static final class Check implements Callable<Integer> {

    @ParentCommand ConfigCommand config;

    @Override
    public Integer call() {
      PrintStream out = config.parent.context().out();
      NewsdeskConfig loaded;
      try {
        loaded = config.parent.config();
      } catch (ConfigException e) {
        out.println("Configuration error: " + e.getMessage());
        return 1;
      }
      List<String> problems = ConfigCheck.problems(loaded);
      if (!problems.isEmpty()) {
        problems.forEach(p -> out.println("Configuration error: " + p));
        return 1;
      }
      out.println("Configuration OK.");
      out.println("  index      " + loaded.indexLocation());
      out.println("  embedding  " + loaded.embedding().provider());
      out.println("  composer   " + (loaded.model().usesModel()
          ? loaded.model().provider() + " (" + loaded.model().name() + ")" : "extractive (offline)"));
      out.println("  telegram   " + (loaded.channels().telegram().enabled() ? "on" : "off"));
      out.println("  slack      " + (loaded.channels().slack().enabled()
          ? (loaded.channels().slack().socketMode() ? "on (Socket Mode)" : "on (HTTP events)") : "off"));
      out.println("  mattermost " + (loaded.channels().hooks().mattermostToken().isPresent() ? "on" : "off"));
      out.println("  rocketchat " + (loaded.channels().hooks().rocketChatToken().isPresent() ? "on" : "off"));
      return 0;
    }
  }
}
