package dev.newsdesk.retrieval.solr;

import dev.newsdesk.retrieval.index.EmbeddingRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The configset bundled in the product ({@code schema.xml}, {@code solrconfig.xml}), filled in for
 * one embedding model: the schema's name records the model, the vector field type its dimension.
 */
public final class SolrConfigset {

  /** The vector field's type name, which {@code solr init} reads back to check the dimension. */
  static final String VECTOR_TYPE = "news_vector";

  private static final String PREFIX = "newsdesk embedding=";
  private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(.+)");

  private SolrConfigset() {}

  /** The files of the configset for vectors of {@code embedding} (none: BM25 only), by file name. */
  public static Map<String, byte[]> files(EmbeddingRecord embedding) {
    String schema = resource("schema.xml")
        .replace("@MODEL@", xml(embedding.model()))
        .replace("@VECTOR_TYPE@", embedding.hasVectors()
            ? "  <!-- unit-length embeddings of headline and passage, compared by dot product (HNSW) -->\n"
                + "  <fieldType name=\"" + VECTOR_TYPE + "\" class=\"solr.DenseVectorField\" vectorDimension=\""
                + embedding.dimension() + "\" similarityFunction=\"dot_product\" knnAlgorithm=\"hnsw\"/>"
            : "")
        .replace("@VECTOR_FIELD@", embedding.hasVectors()
            ? "  <field name=\"vector\" type=\"" + VECTOR_TYPE + "\" indexed=\"true\" stored=\"false\"/>"
            : "");
    return Map.of("schema.xml", schema.getBytes(StandardCharsets.UTF_8),
        "solrconfig.xml", resource("solrconfig.xml").getBytes(StandardCharsets.UTF_8));
  }

  /** The configset as a zip, the form Solr's configset upload takes. */
  public static byte[] zip(EmbeddingRecord embedding) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files(embedding).entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The schema name that records the model. */
  static String schemaName(EmbeddingRecord embedding) {
    return PREFIX + embedding.model();
  }

  /** The model a schema name records; empty when the schema is not Newsdesk's. */
  static java.util.Optional<String> model(String schemaName) {
    Matcher m = NAME.matcher(schemaName);
    return m.matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
  }

  private static String resource(String name) {
    try (InputStream in = SolrConfigset.class.getResourceAsStream("configset/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the bundled configset lacks " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
