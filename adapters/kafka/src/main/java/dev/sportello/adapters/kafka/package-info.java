/**
 * The SDK's domain events to a Kafka topic as CloudEvents 1.0:
 * {@link dev.sportello.adapters.kafka.KafkaEventSink}, an {@link dev.sportello.spi.EventSink} over an
 * idempotent producer that counts an event as delivered only once the broker acknowledged it, keyed by the
 * event's subject, in structured or binary mode of the CloudEvents Kafka protocol binding.
 */
package dev.sportello.adapters.kafka;
