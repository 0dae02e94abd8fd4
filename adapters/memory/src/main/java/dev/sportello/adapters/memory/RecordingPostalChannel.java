package dev.sportello.adapters.memory;

import dev.sportello.Arguments;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.PostalChannel;
import dev.sportello.spi.PostalLetter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A postal channel that records the letters it receives instead of printing them, for tests and examples.
 * Like a well-behaved print-and-post provider it deduplicates on the idempotency key: a key already accepted
 * is answered with the same reference and is not recorded again. It can be told to fail the next postings
 * for now (the provider is down) or to refuse them for good (an address it cannot serve), to see what the SDK
 * does then.
 *
 * <p>Thread-safe.
 */
public final class RecordingPostalChannel implements PostalChannel {
    private final List<PostalLetter> letters = new ArrayList<>();
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private int failures;
    private String refusal;
    private int attempts;

    /** Creates an empty recording that accepts every letter. */
    public RecordingPostalChannel() {
        // nothing recorded yet
    }

    @Override
    public synchronized DeliveryResult post(PostalLetter letter) {
        attempts++;
        String known = accepted.get(letter.idempotencyKey());
        if (known != null) {
            return DeliveryResult.accepted(known);
        }
        if (failures > 0) {
            failures--;
            return DeliveryResult.failed("the print-and-post service is unavailable");
        }
        if (refusal != null) {
            return DeliveryResult.refused(refusal);
        }
        String reference = String.format("RACC-%08d", letters.size() + 1);
        accepted.put(letter.idempotencyKey(), reference);
        letters.add(letter);
        return DeliveryResult.accepted(reference);
    }

    /**
     * Fails the next postings for now, as a provider that is down.
     *
     * @param times how many, 0 or more
     * @return this channel
     */
    public synchronized RecordingPostalChannel failNext(int times) {
        if (times < 0) {
            throw Arguments.invalid("RecordingPostalChannel", "times", "0 or more");
        }
        failures = times;
        return this;
    }

    /**
     * Refuses every posting from now on, or accepts again.
     *
     * @param reason why, or null to accept again
     * @return this channel
     */
    public synchronized RecordingPostalChannel refuseWith(String reason) {
        refusal = reason;
        return this;
    }

    /** The letters accepted, in order. */
    public synchronized List<PostalLetter> letters() {
        return List.copyOf(letters);
    }

    /** How many times {@link #post} was called, retries and duplicates included. */
    public synchronized int attempts() {
        return attempts;
    }

    /**
     * The letter accepted with an idempotency key (a letter's id).
     *
     * @param idempotencyKey the key, not null
     * @return the letter, if accepted
     */
    public synchronized Optional<PostalLetter> letter(String idempotencyKey) {
        Arguments.required(idempotencyKey, "RecordingPostalChannel", "idempotencyKey");
        return letters.stream().filter(l -> l.idempotencyKey().equals(idempotencyKey)).findFirst();
    }

    /**
     * The personal code carried by the letter accepted with a key, as the SDK handed it to the channel
     * ({@link PostalLetter#personalCode()}): tests and demos read it here instead of reading the PDF.
     *
     * @param idempotencyKey the key (the letter's id), not null
     * @return the code, if such a letter carried one
     */
    public synchronized Optional<String> personalCode(String idempotencyKey) {
        return letter(idempotencyKey).map(PostalLetter::personalCode);
    }
}
