package dev.sportello.adapters.smshttp;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.notifications.ReportReceipt;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks and reads the delivery receipts an SMS gateway posts to the host's webhook. The host's web layer
 * calls {@link #read} with the request's headers and its raw body (the bytes as received, before any JSON
 * parsing), then passes each receipt to {@code sdk.notifications().reportReceipt(servicePrincipal, receipt)}.
 *
 * <p>In order, {@code read}:
 * <ol>
 *   <li>refuses a body larger than the cap (256 KiB by default) with {@code TRN_JSON_MALFORMED};</li>
 *   <li>needs the signature header (and the timestamp header, when configured): {@code TRN_HEADER_MISSING},
 *       field = the header;</li>
 *   <li>checks the timestamp, unix seconds, against the tolerance: {@code TRN_TIMESTAMP_OUT_OF_TOLERANCE};</li>
 *   <li>checks the HMAC-SHA256 signature (hex or base64, over the body or over timestamp.body) against every
 *       configured secret, in constant time: {@code TRN_SIGNATURE_INVALID};</li>
 *   <li>reads the body — one receipt object or an array of them — with a hardened parser: not well-formed,
 *       nested too deep, a number too long, a duplicate key → {@code TRN_JSON_MALFORMED}; a missing or
 *       unreadable field, an unknown status word, more than 1000 receipts → {@code TRN_RECEIPT_MALFORMED},
 *       field = a JSONPath-style location such as {@code $[2].status}.</li>
 * </ol>
 *
 * <p>Each receipt gives the provider's message id (the id the channel's send returned), a status word mapped
 * to {@code DELIVERED}, {@code FAILED} or {@code EXPIRED} (interim words such as {@code ENROUTE} give no receipt),
 * when the provider observed it (ISO-8601, or epoch seconds / milliseconds; the arrival time when absent), and
 * for a multi-part message optionally the part and the number of parts.
 *
 * <p><b>Multi-part rule</b> (stateless, nothing remembered between calls): a {@code FAILED} or {@code EXPIRED}
 * receipt for any part fails the message; a {@code DELIVERED} receipt counts only for the whole message or for
 * its last part ({@code part == parts}), and is ignored for an earlier part. Within one body a failure of the
 * same message overrides a delivery. Across bodies the SDK keeps the first final outcome: a later contradicting
 * receipt is refused by {@code reportReceipt} with {@code NOT_RECEIPT_CONFLICT}, which the host acknowledges to
 * the provider (2xx) like a success. At most one receipt per message id is returned per body; reporting a
 * receipt twice is harmless (idempotent).
 *
 * <p><b>Limitation of per-part receipts.</b> Being stateless, the reader cannot know whether the other parts
 * of a message were delivered when the last part's {@code DELIVERED} arrives; it takes that receipt to decide
 * the message. So when a provider posts per-part receipts in separate requests and out of order — the last
 * part's {@code DELIVERED} first, an earlier part's {@code FAILED} or {@code EXPIRED} later — the host sees
 * the message {@code DELIVERED}, and the later failure is refused by {@code reportReceipt} with
 * {@code NOT_RECEIPT_CONFLICT}: the message shows delivered though one part was not. (In the other order the
 * message shows failed, and the last part's later delivery is the refused conflict.) Per-part receipts are
 * exact only when the provider posts them in part order or all parts in one body. Configure a provider that
 * can report per message (one receipt for the whole concatenated SMS, without a part number) to do so.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows a secret.
 */
public final class SmsReceipts {
    private final ReceiptSignature signature;
    private final ReceiptParser parser;
    private final int maxBodyBytes;

    SmsReceipts(ReceiptSignature signature, ReceiptParser parser, int maxBodyBytes) {
        this.signature = signature;
        this.parser = parser;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * A builder with the defaults: signature header {@code X-Signature}, no timestamp header, signature over
     * the body, body cap 256 KiB, fields {@code /id}, {@code /status}, {@code /at}, {@code /part},
     * {@code /parts}, and the status words of {@link SmsReceiptsBuilder#statusMapping}.
     *
     * @return a new builder, not thread-safe
     */
    public static SmsReceiptsBuilder builder() {
        return new SmsReceiptsBuilder();
    }

    /**
     * Checks and reads one webhook request.
     *
     * @param headers the request's headers, names compared case-insensitively (a JDK {@code HttpHeaders.map()},
     *                a {@code com.sun.net.httpserver.Headers}, a Spring {@code HttpHeaders}), not null; null
     *                values are ignored
     * @param body    the raw body, not null
     * @return the receipts to report, in order of first appearance, possibly empty; never null
     * @throws SportelloException with the {@code TRN_*} codes above, or {@code VALUE_REQUIRED} for a null argument
     */
    public List<ReportReceipt> read(Map<String, List<String>> headers, byte[] body) {
        Arguments.required(headers, "SmsReceipts", "headers");
        return read(name -> lookup(headers, name), body);
    }

    /**
     * Checks and reads one webhook request, its headers given by a lookup such as a servlet's
     * {@code request::getHeader}.
     *
     * @param header the value of a header by name (case-insensitive), or null when absent; not null
     * @param body   the raw body, not null
     * @return the receipts to report, in order of first appearance, possibly empty; never null
     * @throws SportelloException with the {@code TRN_*} codes above, or {@code VALUE_REQUIRED} for a null argument
     */
    public List<ReportReceipt> read(Function<String, String> header, byte[] body) {
        Arguments.required(header, "SmsReceipts", "header");
        Arguments.required(body, "SmsReceipts", "body");
        if (body.length > maxBodyBytes) {
            throw SportelloException.invalidField(ErrorCode.TRN_JSON_MALFORMED, "$",
                    Map.of("reason", "larger than " + maxBodyBytes + " bytes"));
        }
        signature.verify(header, body);
        return parser.parse(body);
    }

    private static String lookup(Map<String, List<String>> headers, String name) {
        StringBuilder joined = null;
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey() == null || !entry.getKey().equalsIgnoreCase(name) || entry.getValue() == null) {
                continue;
            }
            for (String value : entry.getValue()) {
                if (value != null) {
                    joined = joined == null ? new StringBuilder(value) : joined.append(' ').append(value);
                }
            }
        }
        return joined == null ? null : joined.toString();
    }

    /** The headers, the number of secrets, the tolerance and the fields; never a secret. */
    @Override
    public String toString() {
        return "SmsReceipts[" + signature + ", max " + maxBodyBytes + " bytes, " + parser + "]";
    }
}
