/**
 * JSON for the Sportello api with Jackson 3: {@link dev.sportello.adapters.jackson.SportelloJacksonModule}
 * (value objects as text, sealed types with stable type ids, builder-made records through their builders),
 * {@link dev.sportello.adapters.jackson.SportelloJson} (a mapper preconfigured for untrusted input, and
 * reads and writes whose failures are coded errors),
 * {@link dev.sportello.adapters.jackson.ProblemDetails} (errors as RFC 9457 Problem Details) and
 * {@link dev.sportello.adapters.jackson.SportelloCloudEvents} (domain events as CloudEvents 1.0, structured
 * or in the parts of a binary mode).
 */
package dev.sportello.adapters.jackson;
