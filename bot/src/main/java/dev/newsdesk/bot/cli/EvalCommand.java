package dev.newsdesk.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.answer.NewsSearch;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.retrieval.eval.EvalQuestion;
import dev.newsdesk.retrieval.eval.EvalQuestions;
import dev.newsdesk.retrieval.eval.EvalSummary;
import dev.newsdesk.retrieval.eval.Evaluation;
import dev.newsdesk.retrieval.eval.LexicalChoicePicker;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestReport;
import dev.newsdesk.retrieval.search.HybridRetriever;
import dev.newsdesk.retrieval.search.SearchMode;
import dev.newsdesk.retrieval.search.TermWeights;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import dev.newsdesk.bot.eval.AnswerAccuracy;
import dev.newsdesk.bot.eval.QaItem;
import dev.newsdesk.bot.eval.QaItems;
import dev.newsdesk.bot.eval.QaRun;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsdesk eval}: indexes a corpus (cached by its content and the settings that shape the
 * index), runs a dated question set and prints retrieval and multiple-choice scores and the answer
 * accuracy of the composed answers (see {@link AnswerAccuracy}); with {@code
 * --qa [FILE]}, scores composed answers on the bundled sample news instead (see {@link QaEval}).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score retrieval and multiple-choice answering on a dated question set, or (--qa) answers on the sample news.")
final class EvalCommand implements Callable<Integer> {

  @ParentCommand private NewsdeskCommand parent;

  @Spec private CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "FILE", description = "Articles to index (any format ingest reads).")
  private Path corpus;

  @Option(names = "--questions", paramLabel = "FILE", description = "Questions, one JSON object per line.")
  private Path questions;

  @Option(names = "--qa", arity = "0..1", fallbackValue = "", paramLabel = "FILE",
      description = "Score answers on the sample news with an answer-quality set (default: the bundled one).")
  private String qa;

  @Option(names = "--mode", defaultValue = "hybrid", description = "hybrid, bm25 or vector (default: ${DEFAULT-VALUE}).")
  private String mode;

  @Option(names = "--json", description = "Print the summary as one JSON object.")
  private boolean json;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Write one JSON line per question (with --qa: each item's turns, answers and verdict as text).")
  private Path report;

  @Override
  public Integer call() throws IOException {
    if (qa != null) {
      List<QaItem> items = qa.isEmpty() ? QaItems.bundled() : QaItems.read(Path.of(qa));
      QaRun.Summary summary = QaEval.run(parent.config(), items, Optional.ofNullable(report));
      parent.context().out().println(json ? new ObjectMapper().writeValueAsString(QaEval.json(summary)) : QaEval.table(summary));
      return 0;
    }
    if (corpus == null || questions == null) {
      throw new ParameterException(spec.commandLine(), "eval needs --corpus and --questions, or --qa");
    }
    SearchMode searchMode = SearchMode.valueOf(mode.toUpperCase(Locale.ROOT));
    NewsdeskConfig config = parent.config();
    Path cache = EvalIndexCache.folder(parent.folders().data(), corpus, config);
    NewsdeskConfig.Retrieval r = config.retrieval();
    Newsdesk newsdesk = new Newsdesk(config.withIndexPath(cache).withIngest(config.ingest().unlimitedFileSize())
        .withRetrieval(new NewsdeskConfig.Retrieval(r.passages(), r.maxPassagesPerArticle(), searchMode, r.ranking())));
    PrintStream err = parent.context().err();
    if (!EvalIndexCache.isComplete(cache)) {
      err.println("Indexing " + corpus + " into " + cache + " (cached for later runs)");
      IngestReport ingest;
      try (NewsIndex index = newsdesk.openForWriting();
          ProgressListener progress = ProgressListener.create(err, true)) {
        ingest = newsdesk.ingester(index).ingest(List.of(corpus.toString()), progress);
      }
      IngestCommand.print(ingest, err);
      EvalIndexCache.markComplete(cache);
    }
    List<EvalQuestion> set = EvalQuestions.read(questions);
    try (NewsIndex index = newsdesk.openForReading();
        BufferedWriter lines = report == null ? null : Files.newBufferedWriter(report)) {
      HybridRetriever retriever = newsdesk.retriever(index, searchMode);
      NewsSearch asAsked = newsdesk.search(index, searchMode);
      Evaluation evaluation = new Evaluation(request -> asAsked.search(request).passages(),
          new LexicalChoicePicker(new TermWeights(index)), config.retrieval().maxPassagesPerArticle(), retriever.mode());
      AnswerAccuracy answers = new AnswerAccuracy(newsdesk.answering(index));
      Map<String, EvalQuestion> byId = set.stream().collect(Collectors.toMap(EvalQuestion::id, q -> q, (a, b) -> a));
      EvalSummary summary = evaluation.run(set,
          result -> EvalReportLines.write(lines, result, answers.score(byId.get(result.id()))));
      AnswerAccuracy.Summary answered = answers.summary();
      parent.context().out().println(
          json ? new ObjectMapper().writeValueAsString(toJson(summary, answered)) : text(summary, answered));
    }
    return 0;
  }

  static ObjectNode toJson(EvalSummary s, AnswerAccuracy.Summary a) {
    ObjectNode r = new ObjectMapper().createObjectNode();
    r.put("mode", s.mode());
    r.put("questions", s.questions());
    r.put("questions_with_gold", s.questionsWithGold());
    r.put("hits_at_1", round(s.hitsAt1()));
    r.put("hits_at_5", round(s.hitsAt5()));
    r.put("hits_at_10", round(s.hitsAt10()));
    r.put("mrr_at_10", round(s.mrrAt10()));
    r.put("mc_accuracy", round(s.mcAccuracy()));
    r.put("mc_accuracy_gold", round(s.mcAccuracyGold()));
    r.put("latency_p50_ms", round(s.latencyP50Ms()));
    r.put("latency_p99_ms", round(s.latencyP99Ms()));
    r.put("answer_accuracy", round(a.accuracy()));
    r.put("answer_abstentions", round(a.abstentions()));
    r.put("answer_latency_p50_ms", round(a.latencyP50Ms()));
    r.put("answer_latency_p99_ms", round(a.latencyP99Ms()));
    return r;
  }

  private static String text(EvalSummary s, AnswerAccuracy.Summary a) {
    return String.format(Locale.ROOT,
        "Mode             %s%n"
            + "Questions        %d (%d with gold articles)%n"
            + "Hits@1/5/10      %.3f / %.3f / %.3f%n"
            + "MRR@10           %.3f%n"
            + "MC accuracy      %.1f%% of all, %.1f%% of those with gold%n"
            + "Latency          p50 %.1f ms, p99 %.1f ms%n"
            + "Answer accuracy  %.1f%% (composed answer states the correct choice; %.1f%% abstained)%n"
            + "Answer latency   p50 %.1f ms, p99 %.1f ms",
        s.mode(), s.questions(), s.questionsWithGold(), s.hitsAt1(), s.hitsAt5(), s.hitsAt10(), s.mrrAt10(),
        100 * s.mcAccuracy(), 100 * s.mcAccuracyGold(), s.latencyP50Ms(), s.latencyP99Ms(),
        100 * a.accuracy(), 100 * a.abstentions(), a.latencyP50Ms(), a.latencyP99Ms());
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
