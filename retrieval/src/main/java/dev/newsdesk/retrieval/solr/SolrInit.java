package dev.newsdesk.retrieval.solr;

import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.index.EmbeddingRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.schema.SchemaResponse;

/**
 * {@code newsdesk solr init}: uploads the bundled configset for the configured embedding model and
 * creates the collection; an existing collection is checked instead, and refused with the reason
 * when its schema or vector dimension does not match.
 */
public final class SolrInit {

  private SolrInit() {}

  /** What init did. */
  public enum Outcome { CREATED, ALREADY_THERE }

  /**
   * Creates the collection of {@code settings} for vectors of {@code embedding}, or checks the one
   * there; throws {@link RetrievalException} with the reason when it cannot or the collection differs.
   */
  public static Outcome run(SolrClient client, SolrSettings settings, EmbeddingRecord embedding) {
    String collection = settings.collection();
    try {
      List<String> existing = CollectionAdminRequest.listCollections(client);
      if (existing.contains(collection)) {
        check(client, settings, embedding);
        return Outcome.ALREADY_THERE;
      }
      Path zip = Files.createTempFile("newsdesk-configset", ".zip");
      try {
        Files.write(zip, SolrConfigset.zip(embedding));
        new ConfigSetAdminRequest.Upload().setConfigSetName(configName(settings)).setOverwrite(true)
            .setUploadFile(zip.toFile(), "application/zip").process(client);
      } finally {
        Files.deleteIfExists(zip);
      }
      CollectionAdminRequest.createCollection(collection, configName(settings), settings.shards(), settings.replicas())
          .process(client);
      return Outcome.CREATED;
    } catch (RetrievalException e) {
      throw e;
    } catch (Exception e) {
      throw SolrFailures.of("create the collection", settings, e);
    }
  }

  /** The configset's name in the cluster: one per collection, since it carries the model. */
  public static String configName(SolrSettings settings) {
    return "newsdesk-" + settings.collection();
  }

  /** The embedding model and dimension the collection's schema records; empty when it is not Newsdesk's. */
  static Optional<EmbeddingRecord> recorded(SolrClient client, SolrSettings settings) {
    try {
      String name = new SchemaRequest.SchemaName().process(client, settings.collection()).getSchemaName();
      Optional<String> model = SolrConfigset.model(name);
      if (model.isEmpty()) {
        return Optional.empty();
      }
      if (model.get().equals(EmbeddingRecord.NONE.model())) {
        return Optional.of(EmbeddingRecord.NONE);
      }
      Map<String, Object> type = new SchemaRequest.FieldType(SolrConfigset.VECTOR_TYPE)
          .process(client, settings.collection()).getFieldType().getAttributes();
      return Optional.of(new EmbeddingRecord(model.get(), Integer.parseInt(String.valueOf(type.get("vectorDimension")))));
    } catch (Exception e) {
      throw SolrFailures.of("read the schema", settings, e);
    }
  }

  private static void check(SolrClient client, SolrSettings settings, EmbeddingRecord wanted) throws Exception {
    String where = "the collection '" + settings.collection() + "' (" + settings.where() + ")";
    Optional<EmbeddingRecord> recorded = recorded(client, settings);
    if (recorded.isEmpty()) {
      throw new RetrievalException(where + " exists but its schema is not Newsdesk's; choose another solr.collection"
          + " or delete it");
    }
    if (!recorded.get().equals(wanted)) {
      throw new RetrievalException(where + " holds vectors of embedding model " + recorded.get().describe()
          + ", but the configuration asks for " + wanted.describe() + "; set embedding.provider back to "
          + recorded.get().model() + ", or choose another solr.collection and ingest again");
    }
    Map<String, String> expected = expectedFields(wanted);
    Map<String, String> actual = new TreeMap<>();
    SchemaResponse.FieldsResponse fields = new SchemaRequest.Fields().process(client, settings.collection());
    fields.getFields().forEach(f -> actual.put(String.valueOf(f.get("name")), String.valueOf(f.get("type"))));
    List<String> differences = new ArrayList<>();
    expected.forEach((field, type) -> {
      if (!type.equals(actual.get(field))) {
        differences.add(field + " should be " + type + (actual.containsKey(field) ? ", is " + actual.get(field) : ", is missing"));
      }
    });
    if (!differences.isEmpty()) {
      throw new RetrievalException(where + " has a schema that does not match this version of Newsdesk: "
          + String.join("; ", differences) + ". Recreate it (delete it and run newsdesk solr init) and ingest again");
    }
  }

  /** Field name to type, as the bundled schema declares them. */
  static Map<String, String> expectedFields(EmbeddingRecord embedding) {
    String schema = new String(SolrConfigset.files(embedding).get("schema.xml"), java.nio.charset.StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<field name=\"([^\"]+)\" type=\"([^\"]+)\"").matcher(schema);
    Map<String, String> fields = new TreeMap<>();
    while (m.find()) {
      fields.put(m.group(1), m.group(2));
    }
    return fields;
  }

}
