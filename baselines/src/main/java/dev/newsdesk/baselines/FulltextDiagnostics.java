package dev.newsdesk.baselines;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * What the retriever's full-text side does to the questions: it hands the raw text to Lucene's
 * classic QueryParser (as LuceneContentRetriever does, same field and analyzer), where a question
 * may fail to parse (the retriever then logs a warning and drops the text clause) or may turn words
 * into wildcard or fuzzy terms ("election?" matches "elections", not "election").
 */
final class FulltextDiagnostics {

  record Result(int parseFailures, List<String> failedQueryIds, int multiTermQueries, List<String> multiTermQueryIds) {}

  private static final int LISTED = 20;

  private FulltextDiagnostics() {}

  static Result of(List<QueryItem> queries) {
    int failures = 0;
    int multiTerm = 0;
    List<String> failed = new ArrayList<>();
    List<String> multi = new ArrayList<>();
    for (QueryItem item : queries) {
      Query query;
      try {
        query = new QueryParser("content", new StandardAnalyzer()).parse(item.text());
      } catch (ParseException | RuntimeException e) {
        failures++;
        if (failed.size() < LISTED) {
          failed.add(item.id());
        }
        continue;
      }
      if (hasMultiTermQuery(query)) {
        multiTerm++;
        if (multi.size() < LISTED) {
          multi.add(item.id());
        }
      }
    }
    return new Result(failures, failed, multiTerm, multi);
  }

  /** Whether the query has a wildcard, prefix, fuzzy, regexp or range part. */
  static boolean hasMultiTermQuery(Query query) {
    boolean[] found = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            found[0] = true;
          }
        });
    return found[0];
  }
}
