package dev.newsdesk.bot.channel.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.feedback.Feedback;
import dev.newsdesk.bot.feedback.FeedbackStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 👍 / 👎 Block Kit buttons under answers to mentions and direct messages; a press (a {@code
 * block_actions} request to the events URL, signature-checked by Bolt like every request) stores
 * the vote with the question, the answer and its sources, and answers the user ephemerally that it
 * counted. The last {@value #REMEMBERED} answers are remembered.
 */
final class SlackFeedback {

  static final Pattern ACTIONS = Pattern.compile("newsdesk_vote_(up|down)");
  static final int REMEMBERED = 10_000;
  /** Slack's limit on a section block's text; longer answers go without buttons. */
  static final int SECTION_LIMIT = 3000;

  private record Rated(String conversation, String question, Answer answer) {}

  private final FeedbackStore store;
  private final Clock clock;
  private final Map<String, Rated> answers = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Rated> eldest) {
      return size() > REMEMBERED;
    }
  };

  SlackFeedback(FeedbackStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Remembers an answer under the question's message key, so its buttons can be pressed. */
  synchronized void answered(String messageKey, String conversation, String question, Answer answer) {
    answers.put(messageKey, new Rated(conversation, question, answer));
  }

  /** The answer as blocks with the buttons, when the answer to that message is remembered and fits. */
  synchronized Optional<List<LayoutBlock>> blocks(String messageKey, String mrkdwn) {
    if (!answers.containsKey(messageKey) || mrkdwn.length() > SECTION_LIMIT) {
      return Optional.empty();
    }
    return Optional.of(asBlocks(section(s -> s.text(markdownText(mrkdwn))), actions(a -> a.elements(asElements(
        button(b -> b.actionId("newsdesk_vote_up").text(plainText("👍")).value(messageKey)),
        button(b -> b.actionId("newsdesk_vote_down").text(plainText("👎")).value(messageKey)))))));
  }

  /** Stores a press and tells the user, only them, that it counted. */
  Response pressed(BlockActionRequest request, ActionContext ctx) throws java.io.IOException {
    BlockActionPayload payload = request.getPayload();
    BlockActionPayload.Action action = payload.getActions().get(0);
    Optional<Rated> rated;
    synchronized (this) {
      rated = Optional.ofNullable(answers.remove(action.getValue()));
    }
    if (rated.isEmpty()) {
      ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false)
          .text("This answer is too old to rate; ask again to rate the new answer."));
      return ctx.ack();
    }
    Feedback.Vote vote = action.getActionId().endsWith("up") ? Feedback.Vote.UP : Feedback.Vote.DOWN;
    String team = payload.getTeam() == null ? "" : payload.getTeam().getId();
    String channel = payload.getChannel() == null ? "" : payload.getChannel().getId();
    store.record(Feedback.on(vote, "slack:" + team + ":" + channel, rated.get().conversation(), rated.get().question(),
        rated.get().answer(), clock.instant()));
    String shown = vote == Feedback.Vote.UP ? "👍" : "👎";
    ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text("Thanks, your " + shown + " is counted."));
    return ctx.ack();
  }
}
