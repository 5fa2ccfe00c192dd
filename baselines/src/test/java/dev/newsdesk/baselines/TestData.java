package dev.newsdesk.baselines;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes small data folders in the benchmark's format. */
final class TestData {

  /** A question, the passage that answers it, and whether it shares words with that passage. */
  record Question(String id, String text, String expected, boolean lexical) {}

  static final List<String> TEXTS =
      List.of(
          "The Great Barrier Reef, off the coast of Queensland in Australia, is the largest coral reef system in the world, stretching for more than 2,300 kilometres.",
          "NASA's Perseverance rover landed in Jezero Crater on Mars in February 2021, carrying the Ingenuity helicopter that made the first powered flight on another planet.",
          "A volcano erupts when magma, gas and pressure build up beneath the crust until molten rock forces its way to the surface as lava and ash.",
          "Ludwig van Beethoven composed the Moonlight Sonata in 1801 and dedicated it to his pupil, Countess Giulietta Guicciardi.",
          "The Berlin Wall fell on 9 November 1989, when East German authorities opened the border crossings and crowds began tearing down the concrete barrier.",
          "Honeybees returning to the hive perform a waggle dance whose angle and duration tell their sisters the direction and distance of a good patch of flowers.",
          "During photosynthesis, plants use chlorophyll to capture sunlight and turn carbon dioxide and water into glucose, releasing oxygen.",
          "The central bank raised its benchmark interest rate by half a percentage point to curb inflation, which had climbed to its highest level in four decades.",
          "The Kenyan runner Eliud Kipchoge ran a marathon in under two hours in Vienna in 2019, although the time was not ratified as an official record.",
          "Alexander Fleming discovered penicillin in 1928 after noticing that a mould had killed the bacteria growing in one of his culture dishes.",
          "Mount Everest, on the border between Nepal and China, rises 8,849 metres above sea level and was first climbed by Edmund Hillary and Tenzing Norgay in 1953.",
          "The chess grandmaster defended her world championship title after winning the final rapid tiebreak game with the black pieces.",
          "Bitcoin's price fell sharply after regulators announced stricter rules for cryptocurrency exchanges operating without a licence.",
          "Firefighters battled a wildfire that spread across dry hillsides in California, forcing thousands of residents to evacuate their homes.",
          "Sourdough bread rises thanks to a starter of wild yeast and lactic acid bacteria, which also give the loaf its tangy flavour.",
          "Sales of electric cars rose by a third last year as battery prices dropped and more charging stations opened along motorways.",
          "Paris hosted the Summer Olympic Games in 2024, with the opening ceremony held along the river Seine instead of in a stadium.",
          "William Shakespeare wrote Hamlet around 1600; the tragedy follows a Danish prince who seeks revenge for his father's murder.",
          "The double helix structure of DNA was described in 1953 by James Watson and Francis Crick, drawing on X-ray images made by Rosalind Franklin.",
          "Satellite data show that deforestation in the Amazon rainforest slowed this year as Brazil stepped up enforcement against illegal logging.",
          "The blue whale is the largest animal known to have ever existed, reaching about 30 metres in length and weighing up to 190 tonnes.",
          "The Slovenian cyclist won the Tour de France for the third time after gaining minutes on the other riders in the Alpine stages.",
          "A magnitude 7.5 earthquake struck the west coast of Japan on New Year's Day, triggering tsunami warnings and damaging thousands of buildings.",
          "The Great Wall of China was built over many centuries by successive dynasties to protect northern frontiers against raids from the steppe.",
          "Messenger RNA vaccines teach cells to make a harmless piece of the spike protein, which prompts the immune system to produce antibodies.",
          "Coffee beans are the roasted seeds of the Coffea plant; Brazil and Vietnam are the world's biggest producers.",
          "A total solar eclipse crossed North America in April 2024, when the Moon passed between the Sun and Earth and briefly darkened the sky.",
          "The semiconductor company announced a new chip factory in Arizona, promising thousands of jobs and more domestic production of processors.",
          "The Titanic sank in the North Atlantic in April 1912 after striking an iceberg on its maiden voyage from Southampton to New York.",
          "Argentina won the 2022 FIFA World Cup in Qatar, beating France on penalties after a 3-3 draw in the final.");

  static final List<Question> QUESTIONS =
      List.of(
          new Question("q0", "Where is the largest coral reef system?", id(0), true),
          new Question("q1", "Which rover landed on Mars carrying a helicopter?", id(1), true),
          new Question("q2", "Who composed the Moonlight Sonata?", id(3), true),
          new Question("q3", "When did the Berlin Wall fall?", id(4), true),
          new Question("q4", "Who discovered penicillin?", id(9), true),
          new Question("q5", "How high is Mount Everest above sea level?", id(10), true),
          new Question("q6", "Why did the central bank raise its interest rate?", id(7), true),
          new Question("q7", "When did the Titanic sink after hitting an iceberg?", id(28), true),
          new Question("q8", "How do insects let each other know where nectar can be found?", id(5), false),
          new Question("q9", "biggest creature that has lived on our planet", id(20), false));

  private static EmbeddingModel model;
  private static float[][] passageVectors;
  private static float[][] questionVectors;

  private TestData() {}

  static String id(int index) {
    return String.format("p%07d", index);
  }

  static synchronized EmbeddingModel model() {
    if (model == null) {
      model = new BgeSmallEnV15QuantizedEmbeddingModel();
    }
    return model;
  }

  /** The fixture with vectors from the real bge-small model (passages bare, questions with bge's instruction). */
  static Path writeEmbedded(Path dir) throws IOException {
    synchronized (TestData.class) {
      if (passageVectors == null) {
        passageVectors = embed(TEXTS, "");
        questionVectors =
            embed(QUESTIONS.stream().map(Question::text).toList(), QueryEmbeddingModel.BGE_QUERY_INSTRUCTION);
      }
    }
    write(dir, TEXTS, passageVectors, QUESTIONS, questionVectors);
    return dir;
  }

  /** The same passages and questions with random unit vectors: for input checks, no model needed. */
  static Path writeFake(Path dir) throws IOException {
    Random random = new Random(42);
    float[][] p = new float[TEXTS.size()][];
    for (int i = 0; i < p.length; i++) {
      p[i] = randomUnit(random, DataFolder.MODEL_DIMENSION);
    }
    float[][] q = new float[QUESTIONS.size()][];
    for (int i = 0; i < q.length; i++) {
      q[i] = randomUnit(random, DataFolder.MODEL_DIMENSION);
    }
    write(dir, TEXTS, p, QUESTIONS, q);
    return dir;
  }

  static void write(Path dir, List<String> texts, float[][] vectors, List<Question> questions, float[][] questionVectors)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Files.createDirectories(dir);
    ObjectNode meta = mapper.createObjectNode();
    meta.put("count", texts.size());
    meta.put("dimension", DataFolder.MODEL_DIMENSION);
    meta.put("model", DataFolder.MODEL);
    Files.writeString(dir.resolve("meta.json"), mapper.writeValueAsString(meta));

    StringBuilder passages = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      ObjectNode line = mapper.createObjectNode();
      line.put("id", id(i));
      line.put("text", texts.get(i));
      passages.append(mapper.writeValueAsString(line)).append('\n');
    }
    Files.writeString(dir.resolve("passages.jsonl"), passages, StandardCharsets.UTF_8);

    ByteBuffer buffer =
        ByteBuffer.allocate(vectors.length * DataFolder.MODEL_DIMENSION * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (float[] vector : vectors) {
      for (float v : vector) {
        buffer.putFloat(v);
      }
    }
    Files.write(dir.resolve("vectors.f32"), buffer.array());

    StringBuilder queries = new StringBuilder();
    for (int i = 0; i < questions.size(); i++) {
      ObjectNode line = mapper.createObjectNode();
      line.put("id", questions.get(i).id());
      line.put("text", questions.get(i).text());
      ArrayNode vector = line.putArray("vector");
      for (float v : questionVectors[i]) {
        vector.add(v);
      }
      queries.append(mapper.writeValueAsString(line)).append('\n');
    }
    Files.writeString(dir.resolve("queries.jsonl"), queries, StandardCharsets.UTF_8);
  }

  private static float[][] embed(List<String> texts, String prefix) {
    List<TextSegment> segments = new ArrayList<>();
    for (String text : texts) {
      segments.add(TextSegment.from(prefix + text));
    }
    return model().embedAll(segments).content().stream().map(e -> e.vector()).toArray(float[][]::new);
  }

  static float[] randomUnit(Random random, int dimension) {
    float[] v = new float[dimension];
    double squares = 0;
    for (int i = 0; i < dimension; i++) {
      v[i] = (float) random.nextGaussian();
      squares += v[i] * v[i];
    }
    float norm = (float) Math.sqrt(squares);
    for (int i = 0; i < dimension; i++) {
      v[i] /= norm;
    }
    return v;
  }
}
