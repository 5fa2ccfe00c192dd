package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.channel.discord.DiscordChannel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk discord register}: tells Discord about the slash commands; the endpoint itself runs in {@code serve}. */
@Command(
    name = "discord",
    mixinStandardHelpOptions = true,
    description = {
      "Discord: Newsdesk answers /news, /latest, /timeline and the follow commands at POST /discord/interactions, which `newsdesk serve` (or"
          + " `newsdesk slack`) runs when DISCORD_PUBLIC_KEY is set. See docs/discord.md."
    },
    subcommands = {DiscordCommand.Register.class})
final class DiscordCommand implements Runnable {

  @ParentCommand private NewsdeskCommand parent;

  @Override
  public void run() {
    CommandLine.usage(this, parent.context().out());
  }

  /** {@code newsdesk discord register [--guild ID]}. */
  @Command(
      name = "register",
      mixinStandardHelpOptions = true,
      description = {
        "Register the slash commands (/news, /latest, /timeline, /follow, /following, /unfollow, /briefing) with Discord (replacing the application's commands),"
            + " with DISCORD_APPLICATION_ID and DISCORD_BOT_TOKEN.",
        "Global commands can take up to an hour to appear; a guild's appear at once."
      })
  static final class Register implements Callable<Integer> {

    @ParentCommand private DiscordCommand discord;

    @Option(names = "--guild", paramLabel = "ID", description = "Register in this server (guild) only.")
    private Optional<String> guild = Optional.empty();

    @Override
    public Integer call() {
      CliContext context = discord.parent.context();
      List<String> names = DiscordChannel.register(discord.parent.config().channels().discord(), guild);
      context.out().println("Registered " + names.stream().map(n -> "/" + n).collect(Collectors.joining(", "))
          + guild.map(g -> " in guild " + g + ".").orElse(" globally (they can take up to an hour to appear)."));
      return 0;
    }
  }
}
