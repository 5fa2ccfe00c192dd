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
import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has the configured language model write the answer from numbered sources, then enforces the
 * citation contract; when the model cannot answer, the offline extractive answer is given instead,
 * marked as such.
 *
 * <p>An answer with no citation while sources were given is asked for once more, then returned
 * marked as uncited; the model saying the sources do not answer is passed on as an abstention.
 */
public final class LlmComposer implements Composer {

  static final String RETRY_UNCITED =
      "Your answer has no [n] citations. Answer again, citing the sources for every fact as [n], "
          + "or say \"The sources do not say.\"";
  static final String UNCITED_NOTICE = "The model's answer cites no sources; check it against the news.";
  /** The notice on an answer the extractive composer gave because the model failed. */
  public static final String FALLBACK_NOTICE =
      "The language model could not be reached, so this is the offline extractive answer.";

  private static final Logger log = LoggerFactory.getLogger(LlmComposer.class);

  private final ChatModel model;
  private final StreamingChatModel streaming;
  private final ModelCall call;
  private final Prompts prompts;
  private final Composer fallback;
  private final Clock clock;
  private final CitationChecker checker = new CitationChecker();

  public LlmComposer(ChatModel model, StreamingChatModel streaming, ModelCall call, Prompts prompts,
      Composer fallback, Clock clock) {
    this.model = model;
    this.streaming = streaming;
    this.call = call;
    this.prompts = prompts;
    this.fallback = fallback;
    this.clock = clock;
  }

  @Override
  public Answer compose(String question, List<RetrievedPassage> passages) {
    return write(question, passages, Optional.empty());
  }

  /** Composes with the streaming model, telling the listener each token as it arrives. */
  @Override
  public Answer compose(String question, List<RetrievedPassage> passages, AnswerListener listener) {
    return write(question, passages, Optional.of(listener));
  }

  private Answer write(String question, List<RetrievedPassage> passages, Optional<AnswerListener> listener) {
    if (passages.isEmpty()) {
      return Answer.abstain(ExtractiveComposer.NOT_FOUND);
    }
    List<RetrievedPassage> sources = SourceList.of(passages);
    List<ChatMessage> messages = new ArrayList<>(List.of(
        SystemMessage.from(prompts.render(Prompts.SYSTEM, Map.of())),
        UserMessage.from(userPrompt(question, sources))));
    try {
      String text = listener.isPresent()
          ? call.stream(streaming, messages, listener.get()::token)
          : call.chat(model, messages);
      CitationChecker.Checked checked = checker.check(text, sources);
      if (checked.sources().isEmpty() && !checked.abstained()) {
        messages.add(AiMessage.from(text));
        messages.add(UserMessage.from(RETRY_UNCITED));
        checked = checker.check(call.chat(model, messages), sources);
        if (checked.sources().isEmpty() && !checked.abstained()) {
          return new Answer(checked.text(), false, List.of()).withNotice(UNCITED_NOTICE);
        }
      }
      return checked.abstained()
          ? Answer.abstain(checked.text())
          : new Answer(checked.text(), false, checked.sources());
    } catch (ModelException e) {
      log.warn("language model failed, answering with the extractive composer: {}", e.getMessage());
      return fallback.compose(question, passages).withNotice(FALLBACK_NOTICE);
    }
  }

  private String userPrompt(String question, List<RetrievedPassage> sources) {
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < sources.size(); i++) {
      RetrievedPassage s = sources.get(i);
      block.append(prompts.render(Prompts.SOURCE, Map.of(
          "n", Integer.toString(i + 1),
          "title", s.title(),
          "outlet", s.outlet().isBlank() ? "unknown" : s.outlet(),
          "published", s.publishedDate().map(LocalDate::toString).orElse("unknown"),
          "text", s.text().replace("</source>", "</ source>")))).append("\n\n");
    }
    return prompts.render(Prompts.ANSWER, Map.of(
        "today", LocalDate.now(clock).toString(),
        "sources", block.toString().strip(),
        "question", question));
  }
}
