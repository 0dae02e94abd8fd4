package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.core.SportelloSdk;

/**
 * Changes the SDK's builder after the starter applied the {@code sportello.*} properties and the beans
 * it found, for what the properties do not cover (templates, message kinds, topics, outcomes, rate
 * limits, a clock). Define one or more beans; they run in {@code @Order} order.
 *
 * <pre>{@code
 * @Bean
 * SportelloSdkCustomizer topics() {
 *     return builder -> builder.requests(r -> r.topic(myTopic));
 * }
 * }</pre>
 *
 * <p>Implementations are called once, on the thread that creates the SDK bean; they need not be
 * thread-safe.
 */
@FunctionalInterface
public interface SportelloSdkCustomizer {
    /**
     * Changes the builder.
     *
     * @param builder the builder holding the starter's settings, not null
     */
    void customize(SportelloSdk.Builder builder);
}
