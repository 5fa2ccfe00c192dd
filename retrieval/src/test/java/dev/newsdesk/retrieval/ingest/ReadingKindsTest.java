package dev.newsdesk.retrieval.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.retrieval.article.Readers;
import dev.newsdesk.retrieval.chunk.PassageSplitter;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.Retrievers;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test (or a few) per failure kind of issue 14, each on a small input written for it. */
@DisplayName("ingest --dry-run --json on each kind of real-world input")
class ReadingKindsTest {

  @TempDir Path folder;
  private DryRunFixture inputs;

  @BeforeEach
  void setUp() {
    inputs = new DryRunFixture(folder);
  }

  @AfterEach
  void tearDown() {
    inputs.close();
  }

  private static JsonNode only(JsonNode report) {
    assertThat(report.path("articles")).as(report.toPrettyString()).hasSize(1);
    return report.path("articles").get(0);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Nested
  @DisplayName("1. a short JSON-LD articleBody")
  class ShortStructuredBody {
    @Test
    @DisplayName("does not replace the page's paragraphs")
    void keepsThePageText() {
      String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
          + "\"headline\":\"Quarry plan rejected\",\"articleBody\":\"Councillors rejected the quarry plan.\","
          + "\"datePublished\":\"2026-10-04T09:00:00Z\",\"publisher\":{\"name\":\"Moorland Echo\"}}</script>"
          + "</head><body><article><h1>Quarry plan rejected</h1>"
          + "<p>Councillors rejected the quarry plan on Tuesday after a four-hour meeting.</p>"
          + "<p>Residents had gathered 3,000 signatures against the blasting near the reservoir.</p>"
          + "<p>The operator said it would consider an appeal within the next six weeks.</p>"
          + "</article></body></html>";
      JsonNode a = only(DryRunFixture.dryRun(inputs.file("quarry.html", page)));
      assertThat(a.path("text").asText())
          .contains("after a four-hour meeting")
          .contains("3,000 signatures")
          .contains("consider an appeal");
      assertThat(a.path("title").asText()).isEqualTo("Quarry plan rejected");
    }
  }

  @Nested
  @DisplayName("2. loose text with <br><br> paragraphs beside the <h1>")
  class LooseText {
    @Test
    @DisplayName("keeps the whole body")
    void keepsTheBody() {
      String page = "<html><body><div class=\"content\"><h1>Ferry returns to the island</h1>"
          + "The island ferry returned to service on Monday after repairs to its hull.<br><br>"
          + "Islanders had relied on a smaller boat for three weeks.<br><br>"
          + "The operator apologised for the disruption.</div></body></html>";
      JsonNode a = only(DryRunFixture.dryRun(inputs.file("ferry.html", page)));
      assertThat(a.path("title").asText()).isEqualTo("Ferry returns to the island");
      assertThat(a.path("text").asText()).isEqualTo(
          "The island ferry returned to service on Monday after repairs to its hull.\n\n"
              + "Islanders had relied on a smaller boat for three weeks.\n\n"
              + "The operator apologised for the disruption.");
    }

    @Test
    @DisplayName("does not glue the byline onto the first sentence")
    void keepsTheBylineApart() {
      String page = "<html><body><div><h1>Library extends hours</h1><span class=\"byline\">By Ada Lindqvist</span>"
          + "The town library will open until nine on weekdays from November.<br><br>"
          + "The change follows a survey of 1,200 readers.</div></body></html>";
      JsonNode a = only(DryRunFixture.dryRun(inputs.file("library.html", page)));
      assertThat(strings(a.path("authors"))).containsExactly("Ada Lindqvist");
      assertThat(a.path("text").asText()).startsWith("The town library will open").doesNotContain("By Ada");
    }
  }

  @Nested
  @DisplayName("3. dates elsewhere on the page")
  class PageDates {
    @Test
    @DisplayName("are passed over for the article's own <time class=published>")
    void takesTheArticleDate() {
      String page = "<html><body><header class=\"site-header\"><time datetime=\"2026-11-30\">Monday 30 November</time></header>"
          + "<aside class=\"trending\"><h3>Trending</h3><time datetime=\"2026-11-29T18:00:00Z\">Yesterday</time> Other story</aside>"
          + "<article><h1>Harbour wall repaired</h1><time class=\"published\" datetime=\"2026-10-02T08:15:00Z\">2 October</time>"
          + "<p>Workers finished repairing the harbour wall that storms had breached in the spring.</p></article></body></html>";
      JsonNode a = only(DryRunFixture.dryRun(inputs.file("wall.html", page)));
      assertThat(a.path("published").asText()).isEqualTo("2026-10-02T08:15:00Z");
      assertThat(a.path("published_from").asText()).isEqualTo("time.published");
    }

    @Test
    @DisplayName("rank below article:published_time")
    void prefersTheMetaTag() {
      String page = "<html><head><meta property=\"article:published_time\" content=\"2026-09-14T06:00:00+02:00\"></head>"
          + "<body><time datetime=\"2026-11-30\">today</time><article><h1>Orchard harvest early</h1>"
          + "<p>The apple harvest started two weeks early this year, growers said.</p></article></body></html>";
      JsonNode a = only(DryRunFixture.dryRun(inputs.file("orchard.html", page)));
      assertThat(a.path("published").asText()).isEqualTo("2026-09-14T04:00:00Z");
      assertThat(a.path("published_from").asText()).isEqualTo("meta article:published_time");
    }
  }

  @Nested
  @DisplayName("4. feed and JSON dates")
  class Dates {
    private String item(int n, String date) {
      return "<item><title>Story " + n + "</title><link>https://dates.example/s/" + n + "</link>"
          + "<pubDate>" + date + "</pubDate><description>Story number " + n + " of the dates feed.</description></item>";
    }

    @Test
    @DisplayName("are read in real-world shapes, and an ambiguous or unreadable one is a warning, never a guess")
    void readsOrWarns() {
      String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Dates Daily</title>"
          + item(1, "8/21/2026 9:00:00 AM") + item(2, "Aug 15, 2026") + item(3, "Mo, 22 Jun 2026 11:41:36")
          + item(4, "2026/6/29 15:07:41") + item(5, "2026-03-17T12:44:00 00:00")
          + item(6, "ma, 05 okt 2026 10:00:00 +0200") + item(7, "05/06/2026") + item(8, "sometime last week")
          + "</channel></rss>";
      JsonNode articles = DryRunFixture.dryRun(inputs.file("dates.rss", feed)).path("articles");
      assertThat(articles).hasSize(8);
      List<String> published = new ArrayList<>();
      articles.forEach(a -> published.add(a.path("published").isNull() ? null : a.path("published").asText()));
      assertThat(published).containsExactly("2026-08-21T09:00:00Z", "2026-08-15T00:00:00Z",
          "2026-06-22T11:41:36Z", "2026-06-29T15:07:41Z", "2026-03-17T12:44:00Z", "2026-10-05T08:00:00Z",
          null, null);
      assertThat(articles.get(0).path("published_from").asText()).isEqualTo("rss pubDate");
      assertThat(strings(articles.get(6).path("warnings")))
          .containsExactly("ambiguous date \"05/06/2026\" (day and month could be either way) in rss pubDate;"
              + " stored without a date");
      assertThat(strings(articles.get(7).path("warnings")).get(0)).contains("\"sometime last week\"");
    }

    @Test
    @DisplayName("in JSON: a day over 12 tells the order")
    void readsJsonDayFirst() {
      JsonNode a = only(DryRunFixture.dryRun(inputs.file("one.json",
          "{\"title\":\"Tram fares frozen\",\"date\":\"20/11/2026\",\"text\":\"Tram fares will not rise next year.\"}")));
      assertThat(a.path("published").asText()).isEqualTo("2026-11-20T00:00:00Z");
      assertThat(a.path("published_from").asText()).isEqualTo("json date");
    }

    @Test
    @DisplayName("an unreadable date is reported in the ingest summary and the article is kept")
    void reportsAndKeeps() throws Exception {
      String path = inputs.file("undated.json",
          "{\"url\":\"https://dates.example/undated\",\"title\":\"Bridge toll scrapped\",\"date\":\"next Tuesday-ish\","
              + "\"text\":\"The bridge toll will be scrapped, the council said.\"}");
      try (NewsIndex index = NewsIndex.openForWriting(folder.resolve("index"))) {
        IngestReport report = new Ingester(index, new InputLoader(1 << 20, new UrlFetcher(Duration.ofSeconds(5))),
            Readers::read, new PassageSplitter(), Optional.empty(), 16).ingest(List.of(path), IngestListener.QUIET);
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.warnings()).singleElement()
            .satisfies(w -> assertThat(w.reason()).contains("\"next Tuesday-ish\"").contains("stored without a date"));
        assertThat(report.hasFailures()).isFalse();
      }
    }
  }

  @Nested
  @DisplayName("5. markup words in feed titles")
  class Titles {
    @Test
    @DisplayName("stay in the title")
    void stay() {
      String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Crumb Gazette</title>"
          + "<item><title>Bakery owner says &lt;script&gt; tags broke her order form</title><link>https://crumb.example/1</link><description>x y z.</description></item>"
          + "<item><title><![CDATA[Why the <style> of the new menu divides diners]]></title><link>https://crumb.example/2</link><description>x y z.</description></item>"
          + "<item><title>&lt;b&gt;Bold&lt;/b&gt; move by the mayor</title><link>https://crumb.example/3</link><description>x y z.</description></item>"
          + "</channel></rss>";
      String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Markup Weekly</title>"
          + "<entry><title type=\"text\">Students learn &lt;head&gt;, &lt;textarea&gt; and &lt;noscript&gt; in week one</title>"
          + "<link href=\"https://markup.example/1\"/><id>urn:1</id><updated>2026-10-01T00:00:00Z</updated><summary>x y z.</summary></entry></feed>";
      JsonNode report = DryRunFixture.dryRun(inputs.file("crumb.rss", rss), inputs.file("markup.atom", atom));
      List<String> titles = new ArrayList<>();
      report.path("articles").forEach(a -> titles.add(a.path("title").asText()));
      assertThat(titles).containsExactly(
          "Bakery owner says <script> tags broke her order form",
          "Why the <style> of the new menu divides diners",
          "Bold move by the mayor",
          "Students learn <head>, <textarea> and <noscript> in week one");
    }
  }

  @Nested
  @DisplayName("6. relative links")
  class RelativeLinks {
    private String feed(String title, String channelLink, String base) {
      return "<?xml version=\"1.0\"?><rss version=\"2.0\"" + base + "><channel><title>" + title + "</title>"
          + channelLink + "<item><title>" + title + " story</title><link>/story/1001</link>"
          + "<description>The " + title + " reports on its own story 1001 about the harbour.</description></item></channel></rss>";
    }

    @Test
    @DisplayName("are resolved against xml:base, the feed's own URL and the channel link")
    void areResolved() {
      String byBase = inputs.file("base.rss", feed("Base Bugle", "", " xml:base=\"https://bugle.example/news/\""));
      String byChannel = inputs.file("channel.rss", feed("Channel Chronicle", "<link>https://chronicle.example/</link>", ""));
      String byUrl = inputs.served("/feeds/main.rss", "application/rss+xml",
          feed("Served Sentinel", "", "").getBytes(StandardCharsets.UTF_8));
      JsonNode report = DryRunFixture.dryRun(byBase, byChannel, byUrl);
      List<String> urls = new ArrayList<>();
      report.path("articles").forEach(a -> urls.add(a.path("url").asText()));
      assertThat(urls).containsExactly("https://bugle.example/story/1001", "https://chronicle.example/story/1001",
          byUrl.replace("/feeds/main.rss", "/story/1001"));
    }

    @Test
    @DisplayName("two records of one input with the same link: the second is reported, not merged")
    void sameLinkTwiceIsReported() {
      JsonNode report = DryRunFixture.dryRun(inputs.file("twice.json",
          "[{\"url\":\"https://same.example/a\",\"title\":\"First\",\"text\":\"The first story text.\"},"
              + "{\"url\":\"https://same.example/a\",\"title\":\"Second\",\"text\":\"The second story text.\"}]"));
      assertThat(report.path("articles")).hasSize(1);
      assertThat(report.path("problems").get(0).path("reason").asText())
          .contains("\"Second\" has the same id").contains("only the first is kept");
    }

    @Test
    @DisplayName("from two outlets never overwrite each other: both articles survive")
    void bothSurvive() {
      String first = inputs.file("first.rss", feed("First Herald", "", ""));
      String second = inputs.file("second.rss", feed("Second Courier", "", ""));
      JsonNode report = DryRunFixture.dryRun(first, second);
      assertThat(report.path("articles").get(0).path("id").asText())
          .isNotEqualTo(report.path("articles").get(1).path("id").asText());
      assertThat(strings(report.path("articles").get(0).path("warnings")).get(0)).contains("\"/story/1001\" is relative");
      try (NewsIndex index = NewsIndex.openForWriting(folder.resolve("index"))) {
        Ingester ingester = new Ingester(index, new InputLoader(1 << 20, new UrlFetcher(Duration.ofSeconds(5))),
            Readers::read, new PassageSplitter(), Optional.empty(), 16);
        ingester.ingest(List.of(first), IngestListener.QUIET);
        IngestReport secondRun = ingester.ingest(List.of(second), IngestListener.QUIET);
        assertThat(secondRun.added()).isEqualTo(1);
        assertThat(secondRun.updated()).isZero();
        assertThat(index.stats().articles()).isEqualTo(2);
        List<String> outlets = Retrievers.bm25(index).retrieve(SearchRequest.of("story 1001 harbour", 5)).stream()
            .map(RetrievedPassage::outlet).toList();
        assertThat(outlets).containsExactlyInAnyOrder("First Herald", "Second Courier");
      }
    }
  }

  @Nested
  @DisplayName("7. declared encodings")
  class Encodings {
    private static final String PAGE = "<html><head>%s<title>Caf\u00e9 na r\u00f8de pr\u00f8ve</title></head><body>"
        + "<article><p>The caf\u00e9 on the square served cr\u00e8me br\u00fbl\u00e9e to 300 guests.</p></article></body></html>";

    private byte[] page(String head, Charset charset) {
      return String.format(PAGE, head).getBytes(charset);
    }

    @Test
    @DisplayName("a byte order mark")
    void bom() {
      byte[] body = page("", StandardCharsets.UTF_16LE);
      byte[] withBom = new byte[body.length + 2];
      withBom[0] = (byte) 0xFF;
      withBom[1] = (byte) 0xFE;
      System.arraycopy(body, 0, withBom, 2, body.length);
      JsonNode a = only(DryRunFixture.dryRun(inputs.bytes("bom.html", withBom)));
      assertThat(a.path("text").asText()).contains("cr\u00e8me br\u00fbl\u00e9e");
    }

    @Test
    @DisplayName("the HTTP Content-Type header")
    void header() {
      String url = inputs.served("/cyrillic", "text/html; charset=windows-1251",
          "<html><body><article><p>\u041f\u0430\u0440\u043e\u043c \u0432\u0435\u0440\u043d\u0443\u043b\u0441\u044f \u043d\u0430 \u043e\u0441\u0442\u0440\u043e\u0432.</p></article></body></html>"
              .getBytes(Charset.forName("windows-1251")));
      JsonNode a = only(DryRunFixture.dryRun(url));
      assertThat(a.path("text").asText()).isEqualTo("\u041f\u0430\u0440\u043e\u043c \u0432\u0435\u0440\u043d\u0443\u043b\u0441\u044f \u043d\u0430 \u043e\u0441\u0442\u0440\u043e\u0432.");
    }

    @Test
    @DisplayName("the XML declaration of a feed")
    void xmlDeclaration() {
      String rss = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Gazette fran\u00e7aise</title>"
          + "<item><title>La f\u00eate du caf\u00e9</title><link>https://gazette.example/fete</link>"
          + "<description>Le caf\u00e9 f\u00eate ses cent ans.</description></item></channel></rss>";
      JsonNode a = only(DryRunFixture.dryRun(inputs.bytes("latin.rss", rss.getBytes(StandardCharsets.ISO_8859_1))));
      assertThat(a.path("title").asText()).isEqualTo("La f\u00eate du caf\u00e9");
      assertThat(a.path("outlet").asText()).isEqualTo("Gazette fran\u00e7aise");
    }

    @Test
    @DisplayName("<meta charset> (iso-8859-1 and windows-1251)")
    void metaCharset() {
      JsonNode latin = only(DryRunFixture.dryRun(
          inputs.bytes("latin.html", page("<meta charset=iso-8859-1>", StandardCharsets.ISO_8859_1))));
      assertThat(latin.path("title").asText()).isEqualTo("Caf\u00e9 na r\u00f8de pr\u00f8ve");
      String cyr = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
          + "<body><article><p>\u041d\u043e\u0432\u044b\u0439 \u043c\u043e\u0441\u0442 \u043e\u0442\u043a\u0440\u044b\u0442.</p></article></body></html>";
      JsonNode ru = only(DryRunFixture.dryRun(inputs.bytes("ru.html", cyr.getBytes(Charset.forName("windows-1251")))));
      assertThat(ru.path("text").asText()).isEqualTo("\u041d\u043e\u0432\u044b\u0439 \u043c\u043e\u0441\u0442 \u043e\u0442\u043a\u0440\u044b\u0442.");
    }

    @Test
    @DisplayName("undeclared non-UTF-8 text is still an error with its reason")
    void undeclared() {
      JsonNode report = DryRunFixture.dryRun(inputs.bytes("plain.html", page("", StandardCharsets.ISO_8859_1)));
      assertThat(report.path("articles")).isEmpty();
      assertThat(report.path("problems").get(0).path("reason").asText()).startsWith("invalid UTF-8 at byte");
    }
  }

  @Nested
  @DisplayName("8. paywall and truncation stubs")
  class Stubs {
    @Test
    @DisplayName("a subscription prompt is cut, the article kept as partial")
    void paywall() {
      String page = "<html><body><article><h1>Toll road opens</h1>"
          + "<p>The new toll road between the two valleys opened on Friday morning.</p>"
          + "<p>Subscribe for unlimited access for 1 crown</p><p>Already a subscriber? Log in</p></article></body></html>";
      JsonNode a = only(DryRunFixture.dryRun(inputs.file("toll.html", page)));
      assertThat(a.path("text").asText()).isEqualTo("The new toll road between the two valleys opened on Friday morning.");
      assertThat(a.path("partial").asBoolean()).isTrue();
      assertThat(strings(a.path("warnings")).get(0)).startsWith("subscription wall \"Subscribe for unlimited access");
    }

    @Test
    @DisplayName("a NewsAPI [+N chars] marker loses the cut sentence")
    void truncated() {
      JsonNode a = only(DryRunFixture.dryRun(inputs.file("api.json",
          "{\"articles\":[{\"title\":\"Dam inspection finds cracks\",\"url\":\"https://wire.example/dam\","
              + "\"source\":{\"name\":\"Wire Example\"},\"content\":\"Inspectors found hairline cracks in the dam. "
              + "Repairs are expected to take until spring, while engineers\u2026 [+3120 chars]\"}]}")));
      assertThat(a.path("text").asText()).isEqualTo("Inspectors found hairline cracks in the dam.");
      assertThat(a.path("partial").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("a page that is only a subscription prompt is a problem, not an article")
    void onlyAPrompt() {
      JsonNode report = DryRunFixture.dryRun(inputs.file("wall.html",
          "<html><body><article><h1>Locked story</h1><p>Subscribe to continue reading.</p></article></body></html>"));
      assertThat(report.path("articles")).isEmpty();
      assertThat(report.path("problems").get(0).path("reason").asText()).contains("only a stub");
    }
  }

  @Nested
  @DisplayName("9. outlets and titles")
  class OutletsAndTitles {
    @Test
    @DisplayName("a text article without an outlet is from \"unknown\"")
    void unknown() {
      JsonNode a = only(DryRunFixture.dryRun(inputs.file("note.txt", "Snow closes pass\n\nThe mountain pass closed after heavy snow.")));
      assertThat(a.path("outlet").asText()).isEqualTo("unknown");
    }

    @Test
    @DisplayName("the publisher's name comes from application-name, else the registrable domain")
    void publisherName() {
      JsonNode named = only(DryRunFixture.dryRun(inputs.file("named.html",
          "<html><head><meta name=\"application-name\" content=\"Upland Times\"><link rel=\"canonical\" href=\"https://www.upland-times.example/a\"></head>"
              + "<body><article><h1>Wind farm approved</h1><p>The wind farm on the ridge was approved by the planning board.</p></article></body></html>")));
      assertThat(named.path("outlet").asText()).isEqualTo("Upland Times");
      JsonNode bare = only(DryRunFixture.dryRun(inputs.file("bare.html",
          "<html><head><link rel=\"canonical\" href=\"https://edition.coastline.example/b\"></head>"
              + "<body><article><h1>Pier reopens</h1><p>The pier reopened after a long winter of repairs.</p></article></body></html>")));
      assertThat(bare.path("outlet").asText()).isEqualTo("coastline.example");
    }

    @Test
    @DisplayName("a title loses its \"| Author | Site\" suffixes; \"the X\" is \"The X\"; non-English titles stay")
    void titlePolish() {
      JsonNode a = only(DryRunFixture.dryRun(inputs.file("guardianish.html",
          "<html><head><title>Ferry fares to rise in spring | Jane Roe | the Harbour Herald</title>"
              + "<meta property=\"og:site_name\" content=\"the Harbour Herald\"><meta name=\"author\" content=\"Jane Roe\"></head>"
              + "<body><article><h1>Ferry fares to rise in spring</h1><p>Ferry fares will rise by four per cent in spring, the operator said.</p></article></body></html>")));
      assertThat(a.path("title").asText()).isEqualTo("Ferry fares to rise in spring");
      assertThat(a.path("outlet").asText()).isEqualTo("The Harbour Herald");
      JsonNode de = only(DryRunFixture.dryRun(inputs.file("de.html",
          "<html><head><title>Fähre fährt wieder nach Langeoog | Nordküsten-Bote</title><meta property=\"og:site_name\" content=\"Nordküsten-Bote\"></head>"
              + "<body><article><p>Die Fähre nach Langeoog fährt nach der Reparatur wieder planmäßig.</p></article></body></html>")));
      assertThat(de.path("title").asText()).isEqualTo("Fähre fährt wieder nach Langeoog");
    }
  }
}
