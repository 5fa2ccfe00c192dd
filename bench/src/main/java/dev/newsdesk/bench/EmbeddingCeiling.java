package dev.newsdesk.bench;

import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.index.IndexFields;
import dev.newsdesk.retrieval.index.LuceneIndex;
import java.util.ArrayList;
import java.util.List;

/** The embedding model's raw speed on an index's passages: the ceiling of ingest with vectors. */
public final class EmbeddingCeiling {

  private static final int SAMPLE = 512;

  private EmbeddingCeiling() {}

  /** Passages per second for up to 512 of the indexed passages, embedded in batches of 64 like the ingest does. */
  public static double measure(Embeddings embeddings, LuceneIndex index) {
    List<String> texts = index.search(searcher -> {
      List<String> out = new ArrayList<>();
      int step = Math.max(1, searcher.getIndexReader().maxDoc() / SAMPLE);
      for (int doc = 0; doc < searcher.getIndexReader().maxDoc() && out.size() < SAMPLE; doc += step) {
        var d = searcher.storedFields().document(doc);
        out.add(d.get(IndexFields.TITLE) + "\n" + d.get(IndexFields.TEXT));
      }
      return out;
    }).orElse(List.of());
    long start = System.nanoTime();
    for (int i = 0; i < texts.size(); i += 64) {
      embeddings.embedPassages(texts.subList(i, Math.min(texts.size(), i + 64)));
    }
    return texts.size() / ((System.nanoTime() - start) / 1e9);
  }
}
