package dev.newsdesk.bot.conversation;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.newsdesk.bot.model.ModelCall;
import dev.newsdesk.bot.model.ModelException;
import dev.newsdesk.bot.model.Prompts;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites follow-ups with the language model and the rewrite prompt; if the model fails or
 * returns nothing usable, the heuristic rewriter answers instead.
 */
public final class ModelRewriter implements FollowUpRewriter {

  private static final Logger log = LoggerFactory.getLogger(ModelRewriter.class);

  private final ChatModel model;
  private final ModelCall call;
  private final Prompts prompts;
  private final FollowUpRewriter fallback;

  public ModelRewriter(ChatModel model, ModelCall call, Prompts prompts) {
    this(model, call, prompts, new HeuristicRewriter());
  }

  /** @param fallback the rewriter used when the model fails or answers nothing usable */
  public ModelRewriter(ChatModel model, ModelCall call, Prompts prompts, FollowUpRewriter fallback) {
    this.model = model;
    this.call = call;
    this.prompts = prompts;
    this.fallback = fallback;
  }

  @Override
  public String standalone(String question, List<Turn> history) {
    if (history.isEmpty()) {
      return question;
    }
    String transcript = history.stream()
        .map(t -> "User: " + t.standalone() + "\nNewsdesk: " + t.answer())
        .collect(Collectors.joining("\n"));
    List<ChatMessage> messages = List.of(UserMessage.from(
        prompts.render(Prompts.REWRITE, Map.of("history", transcript, "question", question))));
    try {
      String rewritten = call.chat(model, messages).strip();
      if (rewritten.isEmpty() || rewritten.length() > 4 * Math.max(question.length(), 80)) {
        return fallback.standalone(question, history);
      }
      return rewritten.lines().findFirst().orElse(question).replaceAll("^\"|\"$", "");
    } catch (ModelException e) {
      log.warn("follow-up rewrite by the model failed, using the heuristic: {}", e.getMessage());
      return fallback.standalone(question, history);
    }
  }
}
