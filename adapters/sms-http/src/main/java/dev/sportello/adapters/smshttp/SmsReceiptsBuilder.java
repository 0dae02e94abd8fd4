package dev.sportello.adapters.smshttp;

import dev.sportello.Arguments;
import dev.sportello.notifications.ReceiptOutcome;
import tools.jackson.core.JsonPointer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@link SmsReceipts} from validated settings. Every setter checks its value and throws a
 * {@link dev.sportello.SportelloException} — {@code VALUE_REQUIRED} for null, {@code CONFIG_INVALID} otherwise —
 * whose field names the setting, e.g. {@code SmsReceipts.secret}.
 *
 * <p>Required: at least one {@linkplain #addSecret(byte[]) secret}. {@link #toString()} never shows a secret.
 *
 * <p>Not thread-safe: build on one thread, then share the receipts reader.
 */
public final class SmsReceiptsBuilder {
    private static final String TYPE = "SmsReceipts";
    private static final int MIN_SECRET = 16;
    private static final int MAX_SECRET = 1024;
    private static final int MAX_SECRETS = 10;
    private static final Duration MAX_TOLERANCE = Duration.ofHours(1);

    private String signatureHeader = "X-Signature";
    private final List<byte[]> secrets = new ArrayList<>();
    private String timestampHeader;
    private Duration tolerance;
    private SignedContent content = SignedContent.BODY;
    private int maxBodyBytes = 256 * 1024;
    private JsonPointer idPointer = JsonPointer.compile("/id");
    private JsonPointer statusPointer = JsonPointer.compile("/status");
    private JsonPointer timePointer = JsonPointer.compile("/at");
    private JsonPointer partPointer = JsonPointer.compile("/part");
    private JsonPointer partsPointer = JsonPointer.compile("/parts");
    private Map<String, ReceiptOutcome> finalStatuses = defaultFinalStatuses();
    private Set<String> interimStatuses = Set.of("ACCEPTED", "ACCEPTD", "QUEUED", "SCHEDULED", "SUBMITTED", "SENT",
            "ENROUTE", "BUFFERED", "PENDING", "UNKNOWN");
    private Clock clock = Clock.systemUTC();

    SmsReceiptsBuilder() {
    }

    private static Map<String, ReceiptOutcome> defaultFinalStatuses() {
        Map<String, ReceiptOutcome> words = new HashMap<>();
        for (String w : List.of("DELIVERED", "DELIVRD")) {
            words.put(w, ReceiptOutcome.DELIVERED);
        }
        for (String w : List.of("FAILED", "UNDELIVERED", "UNDELIV", "UNDELIVERABLE", "REJECTED", "REJECTD", "DELETED")) {
            words.put(w, ReceiptOutcome.FAILED);
        }
        for (String w : List.of("EXPIRED", "EXPIRD")) {
            words.put(w, ReceiptOutcome.EXPIRED);
        }
        return Map.copyOf(words);
    }

    /**
     * The header that carries the signature; default {@code X-Signature}.
     *
     * @param name an HTTP header name, not null
     * @return this builder
     */
    public SmsReceiptsBuilder signatureHeader(String name) {
        Settings.required(name, TYPE, "signatureHeader");
        this.signatureHeader = Settings.readableHeader(name, TYPE + ".signatureHeader");
        return this;
    }

    /**
     * Adds an HMAC-SHA256 secret. Add the new secret beside the old one while rotating; a request signed with
     * either is accepted. The bytes are copied.
     *
     * @param secret 16–1024 bytes, not null; at most 10 secrets
     * @return this builder
     */
    public SmsReceiptsBuilder addSecret(byte[] secret) {
        Settings.required(secret, TYPE, "secret");
        if (secret.length < MIN_SECRET || secret.length > MAX_SECRET) {
            throw Settings.invalid(TYPE + ".secret", MIN_SECRET + "-" + MAX_SECRET + " bytes");
        }
        if (secrets.size() == MAX_SECRETS) {
            throw Settings.invalid(TYPE + ".secret", "at most " + MAX_SECRETS + " secrets");
        }
        secrets.add(secret.clone());
        return this;
    }

    /**
     * Adds an HMAC-SHA256 secret given as text (its UTF-8 bytes are the key, as most providers' consoles show
     * it).
     *
     * @param secret 16–1024 UTF-8 bytes, not null
     * @return this builder
     */
    public SmsReceiptsBuilder addSecret(String secret) {
        Settings.required(secret, TYPE, "secret");
        return addSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Requires a timestamp header, unix seconds, within the tolerance of the clock (either side). The
     * signature must then cover it: also set {@link #signedContent signedContent(TIMESTAMP_DOT_BODY)}, or
     * {@link #build()} refuses. A timestamp that is checked but not signed stops nothing, since a replayer
     * sends the old body and signature with a fresh timestamp; for a provider that signs only the body, set
     * no timestamp header.
     *
     * @param name      an HTTP header name, not null
     * @param tolerance positive, at most one hour, not null
     * @return this builder
     */
    public SmsReceiptsBuilder timestampHeader(String name, Duration tolerance) {
        Settings.required(name, TYPE, "timestampHeader");
        Settings.required(tolerance, TYPE, "timestampTolerance");
        String header = Settings.readableHeader(name, TYPE + ".timestampHeader");
        if (tolerance.isNegative() || tolerance.isZero() || tolerance.compareTo(MAX_TOLERANCE) > 0) {
            throw Settings.invalid(TYPE + ".timestampTolerance", "positive and at most " + MAX_TOLERANCE);
        }
        this.timestampHeader = header;
        this.tolerance = tolerance;
        return this;
    }

    /**
     * What the signature covers; default {@link SignedContent#BODY}. {@link SignedContent#TIMESTAMP_DOT_BODY}
     * needs a {@linkplain #timestampHeader timestamp header}, and a timestamp header needs
     * {@code TIMESTAMP_DOT_BODY}: {@link #build()} refuses either one without the other.
     *
     * @param content the content, not null
     * @return this builder
     */
    public SmsReceiptsBuilder signedContent(SignedContent content) {
        this.content = Settings.required(content, TYPE, "signedContent");
        return this;
    }

    /**
     * The largest body read; default 256 KiB. A larger one is refused before its signature is computed.
     *
     * @param bytes 1 KiB to 16 MiB
     * @return this builder
     */
    public SmsReceiptsBuilder maxBodyBytes(int bytes) {
        if (bytes < 1024 || bytes > 16 * 1024 * 1024) {
            throw Settings.invalid(TYPE + ".maxBodyBytes", "1024 to 16777216");
        }
        this.maxBodyBytes = bytes;
        return this;
    }

    /**
     * Where each receipt names the provider's message id (the id the send returned); default {@code /id}.
     *
     * @param pointer a JSON pointer inside one receipt object, not null
     * @return this builder
     */
    public SmsReceiptsBuilder providerIdPointer(String pointer) {
        this.idPointer = pointer(pointer, "providerIdPointer");
        return this;
    }

    /**
     * Where each receipt holds the status word; default {@code /status}.
     *
     * @param pointer a JSON pointer inside one receipt object, not null
     * @return this builder
     */
    public SmsReceiptsBuilder statusPointer(String pointer) {
        this.statusPointer = pointer(pointer, "statusPointer");
        return this;
    }

    /**
     * Where each receipt says when the provider observed the outcome (ISO-8601 with an offset, or epoch
     * seconds, or epoch milliseconds from 10^11); default {@code /at}. When absent, the arrival time is used.
     *
     * @param pointer a JSON pointer inside one receipt object, not null
     * @return this builder
     */
    public SmsReceiptsBuilder timePointer(String pointer) {
        this.timePointer = pointer(pointer, "timePointer");
        return this;
    }

    /**
     * Where a per-part receipt holds the part number (1-based) and the number of parts; defaults
     * {@code /part} and {@code /parts}. A receipt without the part is for the whole message.
     *
     * @param part  a JSON pointer to the part number, not null
     * @param parts a JSON pointer to the number of parts, not null
     * @return this builder
     */
    public SmsReceiptsBuilder partPointers(String part, String parts) {
        JsonPointer p = pointer(part, "partPointer");
        this.partsPointer = pointer(parts, "partsPointer");
        this.partPointer = p;
        return this;
    }

    /**
     * The provider's final status words and their outcomes, compared case-insensitively; replaces the default:
     * {@code DELIVERED DELIVRD} → DELIVERED; {@code FAILED UNDELIVERED UNDELIV UNDELIVERABLE REJECTED REJECTD
     * DELETED} → FAILED; {@code EXPIRED EXPIRD} → EXPIRED. A word that is neither final nor
     * {@linkplain #interimStatuses interim} makes the receipt malformed, so that an unmapped word is noticed.
     *
     * @param words the words and outcomes, not empty, no null or blank entry, not null
     * @return this builder
     */
    public SmsReceiptsBuilder statusMapping(Map<String, ReceiptOutcome> words) {
        Map<String, ReceiptOutcome> copy = Arguments.map(words, TYPE, TYPE + ".statusMapping");
        if (copy.isEmpty()) {
            throw Settings.invalid(TYPE + ".statusMapping", "at least one status word");
        }
        Map<String, ReceiptOutcome> upper = new HashMap<>();
        for (Map.Entry<String, ReceiptOutcome> entry : copy.entrySet()) {
            upper.put(word(entry.getKey(), "statusMapping"), entry.getValue());
        }
        this.finalStatuses = Map.copyOf(upper);
        return this;
    }

    /**
     * The provider's interim status words (accepted, en route, buffered…), which give no receipt; compared
     * case-insensitively; replaces the default {@code ACCEPTED ACCEPTD QUEUED SCHEDULED SUBMITTED SENT ENROUTE
     * BUFFERED PENDING UNKNOWN}.
     *
     * @param words the words, may be empty, no null or blank entry, not null
     * @return this builder
     */
    public SmsReceiptsBuilder interimStatuses(Set<String> words) {
        Set<String> upper = new HashSet<>();
        for (String w : Arguments.set(words, TYPE, TYPE + ".interimStatuses")) {
            upper.add(word(w, "interimStatuses"));
        }
        this.interimStatuses = Set.copyOf(upper);
        return this;
    }

    /**
     * The clock for the timestamp tolerance and for receipts without a time; default the system UTC clock.
     *
     * @param clock the clock, not null
     * @return this builder
     */
    public SmsReceiptsBuilder clock(Clock clock) {
        this.clock = Settings.required(clock, TYPE, "clock");
        return this;
    }

    /**
     * Builds the receipts reader.
     *
     * @return the reader, immutable and thread-safe
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} without a secret, or
     *                                             {@code CONFIG_INVALID} (field {@code SmsReceipts.signedContent})
     *                                             for {@link SignedContent#TIMESTAMP_DOT_BODY} without a timestamp
     *                                             header or a timestamp header with {@link SignedContent#BODY}, or
     *                                             (field {@code SmsReceipts.interimStatuses}) for a status word
     *                                             both final and interim
     */
    public SmsReceipts build() {
        if (secrets.isEmpty()) {
            Settings.required(null, TYPE, "secret");
        }
        if (content == SignedContent.TIMESTAMP_DOT_BODY && timestampHeader == null) {
            throw Settings.invalid(TYPE + ".signedContent", "TIMESTAMP_DOT_BODY needs a timestamp header");
        }
        if (content == SignedContent.BODY && timestampHeader != null) {
            throw Settings.invalid(TYPE + ".signedContent", "a timestamp header needs TIMESTAMP_DOT_BODY: with BODY "
                    + "the timestamp is not signed and a replay just sends a fresh one");
        }
        for (String word : interimStatuses) {
            if (finalStatuses.containsKey(word)) {
                throw Settings.invalid(TYPE + ".interimStatuses", "a word is both final and interim: " + word);
            }
        }
        ReceiptSignature signature = new ReceiptSignature(signatureHeader, secrets, timestampHeader, tolerance,
                content, clock);
        ReceiptParser parser = new ReceiptParser(idPointer, statusPointer, timePointer, partPointer, partsPointer,
                finalStatuses, interimStatuses, clock);
        return new SmsReceipts(signature, parser, maxBodyBytes);
    }

    private static JsonPointer pointer(String pointer, String field) {
        Settings.required(pointer, TYPE, field);
        JsonPointer compiled = Json.pointer(pointer);
        if (compiled == null) {
            throw Settings.invalid(TYPE + "." + field, "a JSON pointer (RFC 6901) such as /status");
        }
        return compiled;
    }

    private static String word(String word, String field) {
        String upper = Arguments.upperAscii(word.trim());
        if (upper.isEmpty() || upper.length() > 64 || !Arguments.isWellFormed(upper)) {
            throw Settings.invalid(TYPE + "." + field, "status words of 1-64 characters");
        }
        return upper;
    }

    /** The headers and the number of secrets; never a secret. */
    @Override
    public String toString() {
        return "SmsReceiptsBuilder[header " + signatureHeader + ", " + secrets.size() + " secret(s)]";
    }
}
