/**
 * A push channel over HTTP with the JDK {@code HttpClient}: {@link dev.sportello.adapters.pushhttp.HttpPushChannel}
 * sends a push to each of the recipient's installations ({@code PushMessage.targets()}) and reports the tokens
 * the provider declares dead, so that the SDK retires those installations. The wire format is pluggable
 * ({@link dev.sportello.adapters.pushhttp.PushWireFormat}); the shipped one is the Firebase Cloud Messaging HTTP
 * v1 API ({@link dev.sportello.adapters.pushhttp.FcmV1Format}).
 *
 * <p>The public types are {@code HttpPushChannel} with its builder, {@code BearerTokenSupplier},
 * {@code PushWireFormat}, {@code PushRequest}, {@code TargetAnswer} and {@code FcmV1Format}; every other class of
 * this package is package-private and not API.
 */
package dev.sportello.adapters.pushhttp;
