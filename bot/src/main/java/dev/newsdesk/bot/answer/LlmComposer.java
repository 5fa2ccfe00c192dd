package dev.newsdesk.bot.answer;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.newsdesk.bot.model.ModelCall;
import dev.newsdesk.bot.model.ModelException;
import dev.newsdesk.bot.model.Prompts;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has the configured language model write the draft from the numbered sources ({@code prompts/}).
 * A draft with no valid citation is asked for once more ({@code retry.txt}), then returned as
 * {@link Provenance#MODEL_UNCITED}; a reply holding {@link Abstention#MODEL_PHRASE} is an
 * abstention; when the model cannot be reached, the offline composer's draft is given instead as
 * {@link Provenance#EXTRACTIVE_FALLBACK}. The model is told the request's as-of date, not the wall
 * clock's.
 */
public final class LlmComposer implements Composer {

  private static final Logger log = LoggerFactory.getLogger(LlmComposer.class);
  /** Tags that could close a source block or open a fake one, in any case and spacing. */
  private static final Pattern SOURCE_TAG = Pattern.compile("(?i)<\\s*(/?)\\s*source");

  private final ChatModel model;
  private final StreamingChatModel streaming;
  private final ModelCall call;
  private final Prompts prompts;
  private final Composer fallback;
  private final CitationChecker checker = new CitationChecker();

  public LlmComposer(ChatModel model, StreamingChatModel streaming, ModelCall call, Prompts prompts,
      Composer fallback) {
    this.model = model;
    this.streaming = streaming;
    this.call = call;
    this.prompts = prompts;
    this.fallback = fallback;
  }

  @Override
  public Draft compose(ComposeRequest request, AnswerListener listener) {
    Map<String, String> abstain = Map.of("abstain", Abstention.MODEL_PHRASE);
    List<ChatMessage> messages = new ArrayList<>(List.of(
        SystemMessage.from(prompts.render(Prompts.SYSTEM, abstain)),
        UserMessage.from(userPrompt(request))));
    try {
      String text = listener == AnswerListener.NONE
          ? call.chat(model, messages)
          : call.stream(streaming, messages, listener::token);
      if (!cites(text, request.sources())) {
        if (Abstention.isModelAbstention(text)) {
          return Draft.abstention(text, Provenance.MODEL);
        }
        messages.add(AiMessage.from(text));
        messages.add(UserMessage.from(prompts.render(Prompts.RETRY, abstain)));
        text = call.chat(model, messages);
        if (!cites(text, request.sources())) {
          return Abstention.isModelAbstention(text)
              ? Draft.abstention(text, Provenance.MODEL)
              : new Draft(text, false, Provenance.MODEL_UNCITED);
        }
      }
      return new Draft(text, false, Provenance.MODEL);
    } catch (ModelException e) {
      log.warn("language model failed, answering with the extractive composer: {}", e.getMessage());
      Draft offline = fallback.compose(request, AnswerListener.NONE);
      return new Draft(offline.text(), offline.abstained(), Provenance.EXTRACTIVE_FALLBACK);
    }
  }

  private boolean cites(String text, NumberedSources sources) {
    return !checker.check(text, sources).sources().isEmpty();
  }

  private String userPrompt(ComposeRequest request) {
    StringBuilder block = new StringBuilder();
    for (NumberedSource s : request.sources().all()) {
      block.append(prompts.render(Prompts.SOURCE, Map.of(
          "n", Integer.toString(s.n()),
          "title", field(s.title()),
          "outlet", s.outlet().isBlank() ? "unknown" : field(s.outlet()),
          "published", s.published().map(LocalDate::toString).orElse("unknown"),
          "text", neutralise(s.text())))).append("\n\n");
    }
    String asOf = request.asOf().atZone(ZoneOffset.UTC).toLocalDate().toString();
    return prompts.render(Prompts.ANSWER, Map.of(
        "as_of", asOf,
        "today", asOf,
        "dates", dates(request),
        "sources", block.toString().strip(),
        "question", request.question()));
  }

  /** One sentence on the dates searched, led by a space; empty when the question named none. */
  private static String dates(ComposeRequest request) {
    return request.scope().map(scope -> request.widened()
        ? " The question asks about " + ScopeNote.days(scope) + ", but nothing in the news from then answers it;"
            + " the sources below are from other dates: say so."
        : " The question asks about " + ScopeNote.days(scope) + ".").orElse("");
  }

  /** A metadata field on one line, neutralised like the text. */
  private static String field(String value) {
    return neutralise(value.replaceAll("\\s+", " ").strip());
  }

  /** Breaks any {@code <source>} or {@code </source>} tag so quoted text cannot fake a source block. */
  static String neutralise(String text) {
    return SOURCE_TAG.matcher(text).replaceAll("<$1 source");
  }
}
