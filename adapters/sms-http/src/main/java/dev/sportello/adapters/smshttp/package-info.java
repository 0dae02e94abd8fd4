/**
 * An SMS gateway over HTTP on the JDK {@link java.net.http.HttpClient}, with signed delivery receipts.
 *
 * <p>The API an integrator uses: {@link dev.sportello.adapters.smshttp.HttpSmsChannel} (an
 * {@link dev.sportello.spi.SmsChannel}, built by its builder), {@link dev.sportello.adapters.smshttp.SmsRequestFormat}
 * and {@link dev.sportello.adapters.smshttp.SmsRequestBody} (to match a provider's request body),
 * {@link dev.sportello.adapters.smshttp.SmsReceipts} (checks and reads the receipts the provider posts to the
 * host's webhook) and {@link dev.sportello.adapters.smshttp.SignedContent}. Every other type is package-private.
 */
package dev.sportello.adapters.smshttp;
