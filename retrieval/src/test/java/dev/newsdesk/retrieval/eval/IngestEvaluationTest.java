package dev.newsdesk.retrieval.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.retrieval.article.Readers;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The ingest evaluation set")
class IngestEvaluationTest {

  private static Path set() throws URISyntaxException {
    return Path.of(IngestEvaluationTest.class.getResource("/ingest-eval/expected.json").toURI()).getParent();
  }

  @Test
  @DisplayName("meets the targets of issue 14: titles and dates 95%, body recall 95%, no data loss")
  void meetsTheTargets() throws URISyntaxException {
    Map<String, IngestScores> byKind = new IngestEvaluation(Readers::read).run(set());
    IngestScores all = byKind.values().stream().reduce(new IngestScores(), IngestScores::plus);

    assertThat(byKind).hasSizeGreaterThanOrEqualTo(10);
    assertThat(all.articles()).isGreaterThanOrEqualTo(100);
    assertThat(share(all, "title")).as(all.misses().toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(share(all, "date")).as(all.misses().toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(share(all, "undated")).as("no date invented").isEqualTo(1.0);
    assertThat(share(all, "body")).as(all.misses().toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(all.dataLoss()).as(all.misses().toString()).isZero();
    assertThat(all.halfWithoutWarning()).as(all.misses().toString()).isZero();
  }

  private static double share(IngestScores scores, String measure) {
    int[] t = scores.tally(measure);
    return (double) t[0] / t[1];
  }
}
