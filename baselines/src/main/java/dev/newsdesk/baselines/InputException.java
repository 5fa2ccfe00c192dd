package dev.newsdesk.baselines;

/**
 * Bad input: a missing or malformed file in the data folder, or an unusable work folder. The message
 * names the file (and the line or row where there is one); the program exits with code 2.
 */
public final class InputException extends Exception {

  public InputException(String message) {
    super(message);
  }
}
