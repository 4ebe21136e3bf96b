package fi.virkaprofiili.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Answers of {@code verify} kept for a short while by the account's key, so that an account asked
 * about again, however it is written, is answered without a database round trip: the same few
 * accounts are asked about many times when one is in the news or a site checks its links. An
 * answer is at most {@value #SECONDS} seconds old, less than the minute its Cache-Control already
 * lets any cache on the way keep it.
 */
@ApplicationScoped
class VerifyAnswers {

  static final int SECONDS = 30;
  /** About 10 MB at most; when full, it starts over rather than tracking which answer is oldest. */
  static final int MAX_ANSWERS = 20_000;

  private record Answer(String body, long expiresAt) {}

  private final ConcurrentHashMap<String, Answer> answers = new ConcurrentHashMap<>();

  Optional<String> answer(String key) {
    Answer answer = answers.get(key);
    if (answer == null || answer.expiresAt() - System.nanoTime() < 0) {
      return Optional.empty();
    }
    return Optional.of(answer.body());
  }

  void remember(String key, String body) {
    if (answers.size() >= MAX_ANSWERS) {
      answers.clear();
    }
    answers.put(key, new Answer(body, System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS)));
  }
}
