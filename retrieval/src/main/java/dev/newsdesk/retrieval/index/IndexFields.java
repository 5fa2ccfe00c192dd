package dev.newsdesk.retrieval.index;

/**
 * The one place that names every field of the index, and says why each is indexed as it is.
 *
 * <p>Each Lucene document is one passage; the article's metadata travels on every passage so a hit
 * can be cited without a second lookup, and an article's passages are replaced together.
 */
public final class IndexFields {

  /** Exact article id: the term every passage of an article is deleted and replaced by. */
  public static final String ARTICLE_ID = "article_id";

  /** Marks the first passage of each article, so articles can be counted and listed cheaply. */
  public static final String ARTICLE_HEAD = "article_head";

  /** Headline, analysed like the text and boosted at query time: headlines name the story. */
  public static final String TITLE = "title";

  /** Passage text, analysed with English stemming for BM25; stored so answers can quote it. */
  public static final String TEXT = "text";

  /** Outlet name as shown to the user (stored only). */
  public static final String OUTLET = "outlet";

  /** Outlet lower-cased as one token, for exact outlet filters. */
  public static final String OUTLET_KEY = "outlet_key";

  /** Publication instant in epoch milliseconds: a point for range filters, doc values for recency. */
  public static final String PUBLISHED = "published";

  public static final String URL = "url";
  public static final String AUTHORS = "authors";

  /** Position of the passage within its article, and its character offsets into the article text. */
  public static final String ORDINAL = "ordinal";

  public static final String START = "start";

  /** How many passages the article has, so a check can tell a whole article from a torn one. */
  public static final String PASSAGE_COUNT = "passage_count";
  public static final String END = "end";

  /**
   * Unit-length embedding of headline and passage, in an HNSW graph compared by dot product; absent
   * when the index is built without an embedding model.
   */
  public static final String VECTOR = "vector";

  /** Commit data: the embedding model the vectors came from ({@code none} without vectors). */
  public static final String COMMIT_EMBEDDING_MODEL = "newsdesk.embedding.model";

  /** Commit data: the dimension of the vectors. */
  public static final String COMMIT_EMBEDDING_DIMENSION = "newsdesk.embedding.dimension";

  /** Hash of everything an article shows, so re-ingesting an unchanged article writes nothing. */
  public static final String CONTENT_HASH = "content_hash";

  private IndexFields() {}
}
