package dev.sportello.adapters.kafka;

import dev.sportello.spi.DeliveryResult;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Classifies what the producer threw or completed a send with. Refused (not retried): the record is too
 * large for the producer or the broker, the broker finds the record invalid, serialisation failed, the
 * topic name is invalid, the principal may not write to the topic. Everything else is failed for now and
 * retried by the outbox: timeouts, every {@link RetriableException} (leader not available, not enough
 * replicas, disconnects), authentication failures (a credential may be rotated back) and any other
 * exception, since giving an event up on an error not known to be permanent would lose it.
 *
 * <p>Reasons name the exception class only: Kafka's messages may carry the topic and broker addresses.
 *
 * <p>Thread-safe (stateless).
 */
final class SendFailures {
    private SendFailures() {
    }

    static DeliveryResult classify(Throwable failure) {
        if (failure == null) {
            return DeliveryResult.failed("the send failed without a cause");
        }
        String name = failure.getClass().getSimpleName();
        if (failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException) {
            return DeliveryResult.refused("the record is larger than the producer or the topic allows (" + name + ")");
        }
        if (failure instanceof AuthorizationException || failure instanceof InvalidTopicException) {
            // a missing ACL or a misnamed topic is the host's configuration, not the event's: retried (and
            // dead-lettered, from where it can be re-driven) rather than dropped for good
            return DeliveryResult.failed("the topic cannot be written with these settings, a configuration problem ("
                    + name + ")");
        }
        if (failure instanceof InvalidRecordException || failure instanceof SerializationException) {
            return DeliveryResult.refused("the broker or the producer refused the record for good (" + name + ")");
        }
        if (failure instanceof TimeoutException) {
            return DeliveryResult.failed("no acknowledgement from the broker in time (" + name + ")");
        }
        if (failure instanceof RetriableException) {
            return DeliveryResult.failed("a retriable broker error (" + name + ")");
        }
        return DeliveryResult.failed("the send failed (" + name + ")");
    }
}
