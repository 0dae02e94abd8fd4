/**
 * JSON for the Sportello api with Jackson 3: {@link dev.sportello.adapters.jackson.SportelloJacksonModule}
 * (value objects as text, sealed types with stable type ids, builder-made records through their builders),
 * {@link dev.sportello.adapters.jackson.SportelloJson} (a mapper preconfigured for untrusted input, and
 * reads and writes whose failures are coded errors) and
 * {@link dev.sportello.adapters.jackson.ProblemDetails} (errors as RFC 9457 Problem Details).
 */
package dev.sportello.adapters.jackson;
