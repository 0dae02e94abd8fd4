package dev.sportello.requests.spi;

import dev.sportello.requests.ProtocolNumber;
import dev.sportello.requests.RequestId;

/**
 * An external protocol registry: the institution's system that gives a request its registration
 * (protocol) number (R-REQ-3). Without one, the SDK numbers requests itself with a gapless sequence per
 * office and year ({@code OFFICE-2026-000123}) kept in the submission's own transaction.
 *
 * <p>The SDK calls {@link #register} <em>before</em> the submission's transaction, never inside it and
 * never while a connection is held, with the request's id already fixed; so the call must be idempotent
 * per request id (a retried submission asks again for the same request). If the transaction then fails,
 * the SDK calls {@link #withdraw} so that the number does not stay assigned to a request that does not
 * exist.
 *
 * <p>Implementations are thread-safe.
 */
public interface ProtocolRegistry {
    /**
     * Numbers a request.
     *
     * @param registration what to number, not null
     * @return the number, unique; the same for the same request id
     */
    ProtocolNumber register(ProtocolRegistration registration);

    /**
     * Withdraws a number whose request was not stored (the compensation of {@link #register}). The
     * default does nothing: a registry that never reuses numbers may leave the gap.
     *
     * @param number  the number, not null
     * @param request the request that was not stored, not null
     */
    default void withdraw(ProtocolNumber number, RequestId request) {
        // a registry without withdrawals keeps the gap
    }
}
