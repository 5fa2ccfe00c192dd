package dev.newsdesk.baselines;

/** A command line the program does not understand; it prints the usage and exits with code 2. */
public final class UsageException extends Exception {

  public UsageException(String message) {
    super(message);
  }
}
