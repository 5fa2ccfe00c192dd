package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.AnswerJson;
import dev.newsdesk.bot.channel.console.ConsoleRenderer;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk ask "question"}: answers once and exits. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Answer one question and exit.")
final class AskCommand implements Callable<Integer> {

  @ParentCommand private NewsdeskCommand parent;

  @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question (quotes optional).")
  private List<String> words;

  @Option(names = "--json", description = "Print the answer as one JSON object.")
  private boolean json;

  @Override
  public Integer call() {
    Newsdesk newsdesk = new Newsdesk(parent.config());
    FirstUse.indexSampleNewsIfEmpty(newsdesk, parent.context().err());
    try (NewsIndex index = newsdesk.openForReading()) {
      Answer answer = newsdesk.answering(index).answer(String.join(" ", words));
      parent.context().out().println(json ? AnswerJson.write(answer) : new ConsoleRenderer(100).render(answer));
      return 0;
    }
  }
}
