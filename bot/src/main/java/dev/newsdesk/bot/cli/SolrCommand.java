package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.config.ConfigKey;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.retrieval.index.EmbeddingRecord;
import dev.newsdesk.retrieval.solr.SolrIndex;
import dev.newsdesk.retrieval.solr.SolrInit;
import dev.newsdesk.retrieval.solr.SolrSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk solr ...}: the SolrCloud backend's own commands. */
@Command(name = "solr", mixinStandardHelpOptions = true,
    description = "SolrCloud backend (index.backend: solrcloud): create the collection.",
    subcommands = {SolrCommand.Init.class})
final class SolrCommand implements Runnable {

  @ParentCommand NewsdeskCommand parent;

  @Override
  public void run() {
    CommandLine.usage(this, parent.context().out());
  }

  /** {@code newsdesk solr init}: uploads the bundled configset and creates the collection, or checks it. */
  @Command(name = "init", mixinStandardHelpOptions = true,
      description = {"Upload Newsdesk's configset (schema, English analysis, the embedding model's vector dimension)",
          "and create the collection with solr.shards x solr.replicas; an existing collection is checked and",
          "refused with the reason when its schema or vector dimension does not match."})
  static final class Init implements Callable<Integer> {

    @ParentCommand private SolrCommand solr;

    @Override
    public Integer call() {
      NewsdeskConfig config = solr.parent.config();
      if (config.backend().embedded()) {
        solr.parent.context().err().println("newsdesk: " + ConfigKey.INDEX_BACKEND.key() + " is lucene: set it to solrcloud ("
            + ConfigKey.INDEX_BACKEND.environmentName() + "=solrcloud) and " + ConfigKey.SOLR_ZK_HOSTS.key() + " ("
            + ConfigKey.SOLR_ZK_HOSTS.environmentName() + ") first");
        return 1;
      }
      SolrSettings settings = config.backend().solr().orElseThrow();
      EmbeddingRecord embedding = new Newsdesk(config).embeddingRecord();
      try (SolrIndex index = SolrIndex.open(settings)) {
        SolrInit.Outcome outcome = index.init(embedding);
        String model = embedding.hasVectors()
            ? "embedding " + embedding.model() + ", " + embedding.dimension() + " dimensions" : "no vectors";
        solr.parent.context().out().println(outcome == SolrInit.Outcome.CREATED
            ? "Created collection '" + settings.collection() + "' (" + settings.shards() + " shard"
                + (settings.shards() == 1 ? "" : "s") + " x " + settings.replicas() + " replica"
                + (settings.replicas() == 1 ? "" : "s") + ", configset " + SolrInit.configName(settings) + ", " + model
                + ") at " + settings.where() + "."
            : "Collection '" + settings.collection() + "' at " + settings.where() + " is already there and matches ("
                + model + ").");
        return 0;
      }
    }
  }
}
