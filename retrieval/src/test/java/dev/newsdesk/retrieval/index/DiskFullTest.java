package dev.newsdesk.retrieval.index;

import static dev.newsdesk.retrieval.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.PassageSplitter;
import dev.newsdesk.retrieval.search.Retrievers;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A full disk")
class DiskFullTest {

  @TempDir Path folder;
  private final PassageSplitter splitter = new PassageSplitter();

  private static Article story(int i) {
    return article("story-" + i, "Harbour story number " + i, "Harbor Gazette", "2026-06-02",
        ("The harbour board met for the " + i + "th time to discuss dredging the eastern channel. ").repeat(40));
  }

  @Test
  void should_fail_with_a_clear_error_keep_what_was_committed_and_keep_answering() throws IOException {
    try (NewsIndex index = NewsIndex.openForWriting(folder)) {
      for (int i = 0; i < 20; i++) {
        index.upsert(story(i), splitter.split(story(i).text()));
      }
    }
    AtomicLong budget = new AtomicLong(20_000);
    LuceneIndex full = LuceneIndex.openForWriting(folder, EmbeddingRecord.NONE, path -> new DiskFull(FSDirectory.open(path), budget));
    NewsIndex reader = NewsIndex.openForReading(folder);

    assertThatThrownBy(() -> {
      for (int i = 20; i < 2000; i++) {
        full.upsert(story(i), splitter.split(story(i).text()));
        if (i % 50 == 0) {
          full.commit();
        }
      }
      full.commit();
    }).isInstanceOf(RetrievalException.class).hasMessageContaining("No space left on device");

    assertThat(Retrievers.bm25(reader).retrieve(SearchRequest.of("harbour board dredging eastern channel", 3))).hasSize(3);
    try {
      full.close();
    } catch (RetrievalException e) {
      // closing a writer whose disk is full fails too; what matters is what the next open finds
    }
    reader.close();
    try (NewsIndex reopened = NewsIndex.openForReading(folder)) {
      IndexIntegrity.Report report = IndexIntegrity.check(reopened);
      assertThat(report.whole()).isTrue();
      assertThat(report.articles()).isGreaterThanOrEqualTo(20);
    }
  }

  @Test
  @DisplayName("once space is back, writing resumes without a restart; meanwhile the failure is reported and searches go on")
  void should_reopen_the_writer_when_space_is_back() throws IOException {
    AtomicLong budget = new AtomicLong(Long.MAX_VALUE / 2);
    try (LuceneIndex index = LuceneIndex.openForWriting(folder, EmbeddingRecord.NONE,
        path -> new DiskFull(FSDirectory.open(path), budget))) {
      for (int i = 0; i < 20; i++) {
        index.upsert(story(i), splitter.split(story(i).text()));
      }
      index.commit();
      budget.set(20_000);
      assertThatThrownBy(() -> {
        for (int i = 20; i < 2000; i++) {
          index.upsert(story(i), splitter.split(story(i).text()));
          if (i % 50 == 0) {
            index.commit();
          }
        }
      }).isInstanceOf(RetrievalException.class);
      assertThat(index.writeFailure()).hasValueSatisfying(r -> assertThat(r).contains("No space left on device"));
      assertThat(Retrievers.bm25(index).retrieve(SearchRequest.of("harbour board dredging eastern channel", 3))).hasSize(3);

      budget.set(Long.MAX_VALUE / 2);
      Article late = article("late", "Ferry timetable changes", "Harbor Gazette", "2026-06-03",
          "The ferry timetable changes next week to add a late crossing to the island. ".repeat(20));
      index.upsert(late, splitter.split(late.text()));
      index.commit();

      assertThat(index.writeFailure()).isEmpty();
      assertThat(Retrievers.bm25(index).retrieve(SearchRequest.of("ferry timetable late crossing", 1)))
          .extracting(p -> p.title()).containsExactly("Ferry timetable changes");
      assertThat(index.articleCount()).isGreaterThanOrEqualTo(21);
    }
  }

  /** A directory that runs out of space after a byte budget, like a disk filling up. */
  private static final class DiskFull extends FilterDirectory {
    private final AtomicLong budget;

    DiskFull(Directory in, AtomicLong budget) {
      super(in);
      this.budget = budget;
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      return new Limited(in.createOutput(name, context), budget);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
      return new Limited(in.createTempOutput(prefix, suffix, context), budget);
    }
  }

  /** An output that throws the operating system's message once the budget is spent. */
  private static final class Limited extends IndexOutput {
    private final IndexOutput out;
    private final AtomicLong budget;

    Limited(IndexOutput out, AtomicLong budget) {
      super(out.toString(), out.getName());
      this.out = out;
      this.budget = budget;
    }

    private void spend(long bytes) throws IOException {
      if (budget.addAndGet(-bytes) < 0) {
        throw new IOException("No space left on device");
      }
    }

    @Override
    public void writeByte(byte b) throws IOException {
      spend(1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      spend(length);
      out.writeBytes(b, offset, length);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    @Override
    public long getFilePointer() {
      return out.getFilePointer();
    }

    @Override
    public long getChecksum() throws IOException {
      return out.getChecksum();
    }
  }
}
