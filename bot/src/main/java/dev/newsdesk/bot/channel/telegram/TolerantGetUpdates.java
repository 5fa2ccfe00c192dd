package dev.newsdesk.bot.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * {@code getUpdates} that reads each update on its own: one the library cannot read becomes an
 * empty update that is skipped, instead of failing the whole batch and being fetched again forever.
 */
final class TolerantGetUpdates extends GetUpdates {

  private static final Logger log = LoggerFactory.getLogger(TolerantGetUpdates.class);
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** The request after the update {@code lastReceived} (the polling loop passes the last id it saw). */
  TolerantGetUpdates(int lastReceived, int timeoutSeconds) {
    setOffset(lastReceived + 1);
    setLimit(100);
    setTimeout(timeoutSeconds);
    setAllowedUpdates(List.of("message"));
  }

  @Override
  public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
    JsonNode root;
    try {
      root = JSON.readTree(answer);
    } catch (IOException e) {
      throw new TelegramApiRequestException("Unable to read the getUpdates response", e);
    }
    if (root == null || !root.path("ok").asBoolean(false) || !root.path("result").isArray()) {
      return super.deserializeResponse(answer);
    }
    ArrayList<Update> updates = new ArrayList<>();
    for (JsonNode node : root.get("result")) {
      updates.add(read(node));
    }
    return updates;
  }

  private static Update read(JsonNode node) {
    try {
      return JSON.treeToValue(node, Update.class);
    } catch (IOException | IllegalArgumentException e) {
      Update skipped = new Update();
      skipped.setUpdateId(node.path("update_id").asInt());
      log.warn("update {} could not be read and is skipped: {}", skipped.getUpdateId(), e.getMessage());
      return skipped;
    }
  }
}
